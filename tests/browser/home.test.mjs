// The home program in a real browser: a member watching a topic gets a
// reply from a colleague; the badge in the header counts it on the next
// page; the dashboard and the notifications page list it; following it
// leads to the post and the badge goes back. The header's search finds the
// reply with the match marked. The dashboard is checked with an item in
// "my next dates" (an event of the member's own group). The signed-out start page, the settings'
// notification section and the unsubscribe page too. axe-core checks every
// page on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, inviteUser, waitForMail } from '../e2e/lib.mjs';
import { createCategory, createGroup, sql, tag, userId } from '../e2e/forum-lib.mjs';
import { startTopic, watchTopic } from '../e2e/home-lib.mjs';
import { createEvent } from '../e2e/events-lib.mjs';
import { accessible, follow, launchBrowser, newPage, signedInPage } from './lib.mjs';

let browser;
const pageErrors = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const path = (page) => new URL(page.url()).pathname;
const badge = async (page) => {
  const b = await page.$('header a[href="/notifications"] .badge-count');
  return b ? (await b.textContent()).replace(/\D/g, '') : '0';
};

test('a reply arrives, the badge counts it, the notification leads to the post', { timeout: 240000 }, async (t) => {
  const word = tag('bj');
  const reader = await inviteUser({ name: `Lea Brandt ${word}` });
  const writer = await inviteUser({ name: `Omar Said ${word}` });
  const cat = createCategory({ name: `Kategorie ${word}` });
  const { topicId } = await startTopic(reader.client, '/forum', cat, { title: `Frage zu Sprachkursen ${word}` });
  watchTopic(userId(reader.email), topicId);

  const anon = await newPage(browser, 'de-DE', pageErrors);
  await t.test('signed out: the start page', async (st) => {
    await anon.goto(`${BASE}/`);
    assert.match(await anon.textContent('main'), /In Leichter Sprache/);
    await accessible(st, anon, 'start page signed out (de)');
  });

  // A date of their own, so the dashboard's "my next dates" has an item.
  const circle = createGroup({ name: `Runde ${word}`, members: [{ id: userId(reader.email), role: 'owner' }] });
  const ev = await createEvent(reader.client, `/g/${circle.slug}/events`, { title: `Sprachcafé ${word}` });
  assert.ok(ev.id, 'the event');

  const page = await signedInPage(browser, 'de-DE', reader.email, reader.password, pageErrors);
  await page.goto(`${BASE}/`);
  assert.match(await page.textContent('#events-title + ul'), new RegExp(`Sprachcafé ${word}`));
  await accessible(t, page, 'dashboard (de)');
  const before1 = Number(await badge(page));

  // The colleague replies, in their own browser.
  const other = await signedInPage(browser, 'de-DE', writer.email, writer.password, pageErrors);
  await other.goto(`${BASE}/forum/t/${topicId}/reply`);
  await other.fill('[name="body"]', `Die KVHS hat neue Kurse ${word}kurs ab Montag.`);
  await follow(other, 'form[action$="/reply"] button[type="submit"]:not([name="preview"])');
  // Where the reply is shown (its topic page, at the post).
  const postUrl = other.url();
  assert.match(postUrl, new RegExp(`/forum/t/${topicId}`));

  await t.test('the badge counts it, the dashboard and the list show it', async (st) => {
    await page.goto(`${BASE}/forum`);
    assert.equal(Number(await badge(page)), before1 + 1);
    await follow(page, 'header a[href="/notifications"]');
    assert.equal(path(page), '/notifications');
    const first = page.locator('.note-list li').first();
    assert.match(await first.textContent(), new RegExp(`Frage zu Sprachkursen ${word}`));
    assert.match(await first.textContent(), /neu/);
    await accessible(st, page, 'notifications (de)');
    await page.goto(`${BASE}/`);
    assert.match(await page.textContent('#notes-title + ul'), new RegExp(`Frage zu Sprachkursen ${word}`));
  });

  await t.test('following it leads to the post; the badge goes back', async () => {
    await page.goto(`${BASE}/notifications`);
    await follow(page, '.note-list li:first-child a');
    assert.equal(page.url(), postUrl);
    assert.equal(Number(await badge(page)), before1);
  });

  await t.test('the header search finds the reply with the match marked', async (st) => {
    await page.fill('#header-q', `${word}kurs`);
    await follow(page, '.header-search button');
    assert.equal(path(page), '/search');
    assert.equal((await page.textContent('#kind-posts mark')).trim().toLowerCase(), `${word}kurs`);
    await accessible(st, page, 'search results (de)');
    await follow(page, '#kind-posts .result-list a');
    assert.equal(page.url(), postUrl);
  });

  await t.test('the notification settings and the unsubscribe page', async (st) => {
    await page.goto(`${BASE}/account#sec-notifications`);
    await page.check('#f-type_reply-weekly');
    await follow(page, 'form[action="/account/notifications"] button[type="submit"]');
    assert.equal(await page.isChecked('#f-type_reply-weekly'), true);
    await accessible(st, page, 'account with notification settings (de)');
    // A decision about a group membership comes at once, by mail.
    const g = createGroup({ visibility: 'open' });
    sql(`INSERT INTO notifications (user_id, kind, group_id, created_at) VALUES (${userId(reader.email)}, 'group_approved', ${g.id}, NOW())`);
    const mail = await waitForMail(reader.email, { filter: (m) => m.subject.startsWith('Ihre Anfrage wurde angenommen') });
    const url = /^<([^>]+)>$/.exec(mail.headers['list-unsubscribe'])[1];
    await anon.goto(url);
    await accessible(st, anon, 'unsubscribe, asked (de)');
    await follow(anon, 'main form button[type="submit"]');
    assert.match(await anon.textContent('main'), /Erledigt/);
    await accessible(st, anon, 'unsubscribe, done (de)');
  });
  assert.deepEqual(pageErrors, []);
});
