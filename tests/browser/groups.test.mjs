// A private working group, in a real browser: a member starts the group
// (German), invites a colleague by name from the members page, the
// colleague (English) finds the invitation on the group's page, accepts it
// and starts a topic in the group's forum, which the owner then sees on the
// group's home page. Someone outside the group finds no trace of it: not
// in the list of groups, not by searching groups or the forum, not by its
// addresses — a site admin neither. axe-core checks every page on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, DEMO, DEMO_PASSWORD, inviteUser } from '../e2e/lib.mjs';
import { tag } from '../e2e/forum-lib.mjs';
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
const submitOf = (suffix) => `form[action$="${suffix}"] button[type="submit"]:not([name="preview"])`;

test('a private group: founded, a colleague invited and accepted, a topic in its forum, no trace outside', { timeout: 240000 }, async (t) => {
  const word = tag('gj');
  const slug = `ak-${word}`.toLowerCase().replace(/[^a-z0-9-]/g, '').slice(0, 40);
  const name = `Arbeitskreis Wohnen ${word}`;
  const topicTitle = `Wohnungsbesichtigungen mit Sprachmittlung ${word}`;
  const founder = await inviteUser({ name: `Jana Okafor ${word}` });
  const colleague = await inviteUser({ name: `Mirko Hansen ${word}` });
  const outsider = await inviteUser({ name: `Ute Brandt ${word}` });
  const owner = await signedInPage(browser, 'de-DE', founder.email, founder.password, pageErrors);

  await t.test('the founder starts a private group', async (st) => {
    await owner.goto(`${BASE}/groups`);
    await accessible(st, owner, 'list of groups (de)');
    await follow(owner, 'main a[href="/groups/new"]');
    await accessible(st, owner, 'new group form (de)');
    await owner.fill('[name="name"]', name);
    await owner.fill('[name="slug"]', slug);
    await owner.fill('[name="description"]', 'Wir sammeln **Wohnungsangebote** und begleiten Besichtigungen.');
    await owner.check('#f-visibility-private');
    await follow(owner, submitOf('/groups/new'));
    assert.equal(path(owner), `/g/${slug}`);
    assert.equal((await owner.textContent('h1')).trim(), name);
    assert.match(await owner.content(), /<strong>Wohnungsangebote<\/strong>/, 'the description is rendered Markdown');
    await accessible(st, owner, 'the new group (de)');
  });

  await t.test('the founder invites a colleague by name', async (st) => {
    await follow(owner, `main a[href="/g/${slug}/members"]`);
    await accessible(st, owner, 'members page of the owner (de)');
    await owner.fill('form[action$="/members/invite"] [name="who"]', colleague.name);
    await follow(owner, submitOf('/members/invite'));
    assert.equal(path(owner), `/g/${slug}/members`);
    const text = await owner.textContent('main');
    assert.ok(text.includes(colleague.name), 'the invitation is listed with the colleague');
    await accessible(st, owner, 'members page with an open invitation (de)');
  });

  const other = await signedInPage(browser, 'en-GB', colleague.email, colleague.password, pageErrors);

  await t.test('the colleague finds the invitation and accepts it', async (st) => {
    await other.goto(`${BASE}/groups?mine=1`);
    await accessible(st, other, 'my groups with an invitation (en)');
    await follow(other, `main a[href="/g/${slug}"]`);
    assert.ok((await other.textContent('main')).includes('Wohnungsangebote'), 'the invited person reads what they accept');
    await accessible(st, other, 'the group, invited (en)');
    await follow(other, submitOf('/members/accept'));
    assert.equal(path(other).startsWith(`/g/${slug}`), true, path(other));
    await other.goto(`${BASE}/g/${slug}`);
    assert.equal(await other.locator(`form[action$="/members/leave"]`).count(), 1, 'now a member, who may leave');
    await accessible(st, other, 'the group, as a member (en)');
  });

  await t.test('the colleague starts a topic in the group forum; the owner sees it', async (st) => {
    await follow(other, `main a[href="/g/${slug}/forum"]`);
    await accessible(st, other, 'the group forum (en)');
    await follow(other, `main a[href^="/g/${slug}/forum/c/"]`);
    await follow(other, `main a[href$="/new"]`);
    await other.fill('[name="title"]', topicTitle);
    await other.fill('[name="body"]', 'Wer kann am Donnerstag zur Besichtigung in Northeim mitkommen und übersetzen?');
    await follow(other, submitOf('/new'));
    assert.match(path(other), new RegExp(`^/g/${slug}/forum/t/\\d+$`));
    await accessible(st, other, 'the new topic in the group forum (en)');
    await owner.goto(`${BASE}/g/${slug}`);
    assert.ok((await owner.textContent('main')).includes(topicTitle), "the topic is on the group's home page");
    await accessible(st, owner, 'the group with a topic (de)');
  });

  const topicPath = path(other);

  await t.test('outside the group there is no trace of it', async (st) => {
    for (const [who, email, password] of [
      ['outsider', outsider.email, outsider.password],
      ['site admin', DEMO.admin, DEMO_PASSWORD],
    ]) {
      const page = await signedInPage(browser, 'de-DE', email, password, pageErrors);
      await page.goto(`${BASE}/groups`);
      assert.equal(await page.locator(`a[href="/g/${slug}"]`).count(), 0, `${who}: not in the list`);
      await page.goto(`${BASE}/groups?q=${encodeURIComponent(word)}`);
      assert.equal(await page.locator(`a[href="/g/${slug}"]`).count(), 0, `${who}: not found by the group search`);
      assert.ok(!(await page.textContent('main')).includes(name), `${who}: the search names nothing`);
      await accessible(st, page, `group search without hits (${who}, de)`);
      await page.goto(`${BASE}/forum/search?q=${encodeURIComponent('Besichtigung Northeim')}`);
      assert.ok(!(await page.content()).includes(topicTitle), `${who}: not found by the forum search`);
      for (const p of [`/g/${slug}`, `/g/${slug}/members`, `/g/${slug}/forum`, topicPath]) {
        const r = await page.goto(`${BASE}${p}`);
        assert.equal(r.status(), 404, `${who}: ${p}`);
        assert.ok(!(await page.content()).includes(name), `${who}: the 404 of ${p} does not name the group`);
      }
      await accessible(st, page, `not found (${who}, de)`);
      await page.context().close();
    }
  });

  assert.deepEqual(pageErrors, []);
});
