// A discussion in the network's forum, in a real browser: a member starts
// a topic (with a preview first), a colleague replies quoting it, the
// author edits the post and anybody can see its history, the colleague
// reports the edited post, and a moderator hides it with a reason from the
// reports page. Every page on the way is checked with axe-core (German,
// the colleague's pages in English).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, BASE, inviteUser } from '../e2e/lib.mjs';
import { createCategory, tag } from '../e2e/forum-lib.mjs';
import { accessible, follow, launchBrowser, signedInPage } from './lib.mjs';

let browser;
const pageErrors = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const path = (page) => new URL(page.url()).pathname;
/** The submit button of the form whose action ends with suffix, not the preview. */
const submitOf = (suffix) => `form[action$="${suffix}"] button[type="submit"]:not([name="preview"])`;
const previewOf = (suffix) => `form[action$="${suffix}"] button[name="preview"]`;

test('a topic, a quoting reply, an edit with history, a report, and a moderator hides the post', { timeout: 240000 }, async (t) => {
  const word = tag('fj');
  const category = `Austausch ${word}`;
  const categoryId = createCategory({ name: category, description: 'Fragen und Hinweise aus der Praxis.' });
  const title = `Traumaberatung auf Arabisch gesucht ${word}`;
  const me = await inviteUser({ name: `Lena Vogt ${word}` });
  const author = await signedInPage(browser, 'de-DE', me.email, me.password, pageErrors);
  let topicPath;
  let firstPostId;

  await t.test('a new topic, previewed first', async (st) => {
    await author.goto(`${BASE}/forum`);
    await accessible(st, author, 'forum categories (de)');
    await follow(author, `main a[href="/forum/c/${categoryId}"]`);
    await accessible(st, author, 'a category without topics (de)');
    await follow(author, `a[href="/forum/c/${categoryId}/new"]`);
    await accessible(st, author, 'new topic form (de)');
    await author.fill('[name="title"]', title);
    await author.fill('[name="body"]', 'Wer kennt eine Stelle für **Traumaberatung** auf Arabisch im Landkreis?');
    await follow(author, previewOf('/new'));
    assert.match(await author.content(), /<strong>Traumaberatung<\/strong>/, 'the preview renders the Markdown');
    assert.equal(await author.inputValue('[name="title"]'), title, 'the title is kept');
    await accessible(st, author, 'new topic with preview (de)');
    await follow(author, submitOf('/new'));
    assert.match(path(author), /^\/forum\/t\/\d+$/);
    topicPath = path(author);
    assert.equal((await author.textContent('h1')).trim(), title);
    firstPostId = Number((await author.getAttribute('main [id^="p-"]', 'id')).slice(2));
    await accessible(st, author, 'the new topic (de)');
  });

  const colleague = await signedInPage(browser, 'en-GB', DEMO.member2, DEMO_PASSWORD, pageErrors);

  await t.test('a colleague replies, quoting the question', async (st) => {
    await colleague.goto(`${BASE}${topicPath}`);
    await accessible(st, colleague, 'the topic (en)');
    await follow(colleague, `a[href$="reply?quote=${firstPostId}"]`);
    const body = await colleague.inputValue('[name="body"]');
    assert.match(body, /^> /m, 'the quote is prefilled as a blockquote');
    assert.match(body, /Traumaberatung/);
    await accessible(st, colleague, 'reply form with a quote (en)');
    await colleague.fill('[name="body"]', `${body}\n\nDas Psychosoziale Zentrum in Göttingen berät auf Arabisch.`);
    await follow(colleague, submitOf('/reply'));
    assert.equal(path(colleague), topicPath);
    const html = await colleague.content();
    assert.match(html, /<blockquote>/, 'the quote is shown as a quote');
    assert.match(html, /Psychosoziale Zentrum/);
  });

  await t.test('the author edits the question; the history keeps the first text', async (st) => {
    await author.goto(`${BASE}${topicPath}`);
    await follow(author, `a[href$="/p/${firstPostId}/edit"]`);
    await accessible(st, author, 'edit form (de)');
    await author.fill('[name="body"]', 'Wer kennt eine Stelle für **Traumaberatung** auf Arabisch oder Farsi im Landkreis?');
    await follow(author, submitOf(`/p/${firstPostId}/edit`));
    assert.match(await author.content(), /oder Farsi/);
    await follow(author, `a[href$="/p/${firstPostId}/history"]`);
    const history = await author.content();
    assert.match(history, /oder Farsi/, 'the current text');
    assert.match(history, /auf Arabisch im Landkreis/, 'the earlier text');
    await accessible(st, author, 'post history (de)');
  });

  await t.test('the colleague reports the post', async (st) => {
    await colleague.goto(`${BASE}${topicPath}`);
    await follow(colleague, `a[href$="/p/${firstPostId}/report"]`);
    await accessible(st, colleague, 'report form (en)');
    await colleague.fill('[name="reason"]', 'Enthält eine private Telefonnummer.');
    await follow(colleague, submitOf(`/p/${firstPostId}/report`));
    assert.notEqual(path(colleague), `/forum/p/${firstPostId}/report`, 'the report was taken');
  });

  await t.test('a moderator hides the post from the reports page', async (st) => {
    const mod = await signedInPage(browser, 'de-DE', DEMO.moderator, DEMO_PASSWORD, pageErrors);
    await mod.goto(`${BASE}/forum/reports`);
    assert.match(await mod.content(), /private Telefonnummer/);
    await accessible(st, mod, 'reports (de)');
    await mod.goto(`${BASE}${topicPath}`);
    await follow(mod, `a[href$="/p/${firstPostId}/hide"]`);
    await accessible(st, mod, 'hide form (de)');
    await mod.fill('[name="reason"]', 'Persönliche Daten entfernt.');
    await follow(mod, submitOf(`/p/${firstPostId}/hide`));
    await mod.context().close();

    await author.goto(`${BASE}${topicPath}`);
    const html = await author.content();
    assert.match(html, /Persönliche Daten entfernt\./, 'the reason is shown');
    assert.doesNotMatch(html, /oder Farsi/, 'the hidden text is not on the page');
    await accessible(st, author, 'topic with a hidden post (de)');
  });

  await t.test('no script errors on the way', () => assert.deepEqual(pageErrors, []));
  await colleague.context().close();
  await author.context().close();
});
