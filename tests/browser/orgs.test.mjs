// From a member's profile to the public directory, in a real browser: a
// new member completes their profile with a photo, registers their
// organisation with a logo and two offers, finds it with the filters of
// /orgs and /orgs/offers; a coordinator confirms it; then anybody, signed
// out, finds it and its offers with the filters of /directory. Every page
// on the way is checked with axe-core (German, and the public pages also
// in English).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, DEMO, DEMO_PASSWORD, inviteUser } from '../e2e/lib.mjs';
import { accessible, follow, launchBrowser, newPage, png, signedInPage } from './lib.mjs';

let browser;
let dir;
const pageErrors = [];

before(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'kp-browser-'));
});

after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Unique per run, so the filters below find exactly this organisation
// whatever earlier runs left in the stack.
const tag = `R${Date.now().toString(36)}`;
const ORG = `Interkulturelle Beratung Leinetal ${tag}`;
const OFFERS = [`Sozialberatung auf Arabisch ${tag}`, `Begleitung zu Behörden ${tag}`];
const path = (page) => new URL(page.url()).pathname;

/** The submit button of the form whose action is action. */
const submitOf = (action) => `form[action="${action}"] button[type="submit"]`;

/** Chooses the option labelled label in the select named name. */
async function choose(page, name, label) {
  await page.selectOption(`select[name="${name}"]`, { label });
}

/** Ticks the checkbox (or radio button) labelled label in the form. */
async function tick(page, label) {
  await page.locator('form.form').getByLabel(label, { exact: true }).check();
}

test('a member registers an organisation with two offers; once confirmed, the public finds them', { timeout: 240000 }, async (t) => {
  const me = await inviteUser({ name: `Samira Haddad ${tag}` });
  const page = await signedInPage(browser, 'de-DE', me.email, me.password, pageErrors);
  let orgPath;
  const offerPaths = [];

  await t.test('the own profile, completed with a photo', async (st) => {
    await page.goto(`${BASE}/profile/edit`);
    await page.fill('[name="position"]', 'Sozialberaterin');
    await tick(page, 'Soziales und Beratung');
    await page.check('input[name="language"][value="ar"]');
    const photo = join(dir, 'samira.png');
    writeFileSync(photo, png(96, 96));
    await page.setInputFiles('[name="photo"]', photo);
    await follow(page, 'form[enctype="multipart/form-data"] button[type="submit"]');
    assert.match(path(page), /^\/people\/\d+$/);
    assert.equal(await page.locator('img[src$="/photo"]').count(), 1, 'the photo is shown');
    await accessible(st, page, 'own profile with photo (de)');
  });

  await t.test('a new organisation: a mistake first, then created with a logo', async (st) => {
    await page.goto(`${BASE}/orgs`);
    await follow(page, 'a[href="/orgs/new"]');
    await accessible(st, page, 'new organisation form (de)');
    await page.fill('[name="name"]', ORG);
    await choose(page, 'type', 'Beratungsstelle');
    await page.fill('[name="website"]', 'javascript:alert(1)');
    await follow(page, submitOf('/orgs/new'));
    assert.equal(path(page), '/orgs/new', 'the form comes back');
    assert.equal(await page.inputValue('[name="name"]'), ORG, 'what was typed is kept');
    assert.equal(await page.locator('#e-website').count(), 1, 'the message is next to the website');
    await accessible(st, page, 'organisation form with an error (de)');

    await page.fill('[name="website"]', 'https://beratung-leinetal.example');
    await page.fill('[name="street"]', 'Lange Straße 12');
    await page.fill('[name="postcode"]', '37073');
    await page.fill('[name="city"]', 'Göttingen');
    await choose(page, 'municipality', 'Göttingen');
    await page.fill('[name="phone"]', '0551 123 45-0');
    await page.fill('[name="email"]', `kontakt-${tag.toLowerCase()}@beratung-leinetal.example`);
    await page.fill('[name="description"]', 'Wir beraten **Zugewanderte** in allen Lebenslagen.');
    await tick(page, 'Soziales und Beratung');
    await tick(page, 'Sprache');
    const logo = join(dir, 'logo.png');
    writeFileSync(logo, png(200, 80));
    await page.setInputFiles('[name="logo"]', logo);
    await page.check('[name="public"]');
    await page.fill('[name="my_role"]', 'Leitung');
    await follow(page, submitOf('/orgs/new'));
    assert.match(path(page), /^\/orgs\/\d+$/);
    orgPath = path(page);
    assert.equal(await page.textContent('h1'), ORG);
    assert.match(await page.content(), /<strong>Zugewanderte<\/strong>/);
    assert.equal(await page.locator('form[action$="/verify"]').count(), 0, 'a member cannot confirm it');
    const size = await page.evaluate(async () => {
      const i = document.querySelector('img[src$="/logo"]');
      await i.decode();
      return i.naturalWidth > 0;
    });
    assert.ok(size, 'the logo is served');
    await accessible(st, page, 'the new organisation, unverified (de)');
  });

  await t.test('two offers, the first with a mistake on the way', async (st) => {
    const specs = [
      { title: OFFERS[0], field: 'Soziales und Beratung', target: 'Geflüchtete', lang: 'ar', stepFree: 'yes' },
      { title: OFFERS[1], field: 'Soziales und Beratung', target: 'Frauen', lang: 'de', stepFree: 'no' },
    ];
    for (const [i, o] of specs.entries()) {
      await page.goto(`${BASE}${orgPath}`);
      await follow(page, `a[href="${orgPath}/offers/new"]`);
      if (i === 0) {
        await accessible(st, page, 'new offer form (de)');
        await follow(page, submitOf(`${orgPath}/offers/new`));
        assert.equal(await page.locator('#e-title').count(), 1, 'a title is required');
        await accessible(st, page, 'offer form with errors (de)');
      }
      await page.fill('[name="title"]', o.title);
      await page.fill('[name="description"]', 'Termine nach Vereinbarung, vertraulich und kostenlos.');
      await choose(page, 'field', o.field);
      await tick(page, o.target);
      await page.check(`input[name="language"][value="${o.lang}"]`);
      await page.fill('[name="costs"]', 'kostenlos');
      await page.fill('[name="place"]', 'Lange Straße 12, Göttingen');
      await choose(page, 'municipality', 'Göttingen');
      await page.check(`input[name="step_free"][value="${o.stepFree}"]`);
      await page.fill('[name="contact_role"]', 'Beratungsteam');
      await page.check('[name="public"]');
      await follow(page, submitOf(`${orgPath}/offers/new`));
      assert.match(path(page), new RegExp(`^${orgPath}/offers/\\d+$`));
      assert.equal(await page.textContent('h1'), o.title);
      offerPaths.push(path(page));
    }
    await accessible(st, page, 'an offer (de)');
    await page.goto(`${BASE}${orgPath}`);
    for (const title of OFFERS) assert.equal(await page.locator('.org-offers a', { hasText: title }).count(), 1, title);
  });

  await t.test('found with the filters of /orgs and /orgs/offers', async (st) => {
    await page.goto(`${BASE}/orgs`);
    await page.fill('main [name="q"]', tag);
    await choose(page, 'field', 'Sprache');
    await choose(page, 'type', 'Beratungsstelle');
    await choose(page, 'municipality', 'Göttingen');
    await follow(page, submitOf('/orgs'));
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('q'), tag, 'the filter is in the URL');
    assert.match(url.searchParams.get('field') ?? '', /^\d+$/);
    assert.equal(await page.locator(`main a[href="${orgPath}"]`).count(), 1, 'the organisation is found');
    await accessible(st, page, 'organisations, filtered (de)');

    await choose(page, 'type', 'Verein');
    await follow(page, submitOf('/orgs'));
    assert.equal(await page.locator(`main a[href="${orgPath}"]`).count(), 0, 'another type: not found');
    await accessible(st, page, 'organisations, nothing found (de)');

    await page.goto(`${BASE}/orgs/offers`);
    await page.fill('main [name="q"]', tag);
    await choose(page, 'lang', 'Arabisch');
    await follow(page, submitOf('/orgs/offers'));
    assert.equal(await page.locator(`main a[href="${offerPaths[0]}"]`).count(), 1, 'the Arabic offer');
    assert.equal(await page.locator(`main a[href="${offerPaths[1]}"]`).count(), 0, 'not the German one');
    await accessible(st, page, 'offers, filtered (de)');
  });

  const visitor = await newPage(browser, 'de-DE', pageErrors);

  await t.test('not in the public directory before a coordinator confirms it', async () => {
    const res = await visitor.goto(`${BASE}/directory?q=${tag}`);
    assert.equal(res.status(), 200);
    assert.equal(await visitor.locator('main a', { hasText: ORG }).count(), 0);
    const id = orgPath.split('/').pop();
    assert.equal((await visitor.goto(`${BASE}/directory/orgs/${id}`)).status(), 404);
  });

  await t.test('a coordinator confirms the organisation', async (st) => {
    const admin = await signedInPage(browser, 'de-DE', DEMO.admin, DEMO_PASSWORD, pageErrors);
    await admin.goto(`${BASE}${orgPath}`);
    await accessible(st, admin, 'organisation as a coordinator sees it (de)');
    await follow(admin, `form[action="${orgPath}/verify"] button[type="submit"]`);
    assert.equal(path(admin), orgPath);
    assert.equal(await admin.locator('form[action$="/verify"]').count(), 0, 'confirmed once');
    await admin.context().close();
  });

  await t.test('signed out, found with the filters of /directory', async (st) => {
    await visitor.goto(`${BASE}/directory`);
    await visitor.fill('main [name="q"]', tag);
    await choose(visitor, 'field', 'Sprache');
    await choose(visitor, 'municipality', 'Göttingen');
    await follow(visitor, submitOf('/directory'));
    assert.equal(new URL(visitor.url()).searchParams.get('q'), tag);
    await accessible(st, visitor, 'public directory, filtered (de)');
    await follow(visitor, `main a:has-text("${ORG}")`);
    assert.match(path(visitor), /^\/directory\/orgs\/\d+$/);
    const html = await visitor.content();
    assert.match(html, /0551 123 45-0/, "the organisation's phone is public");
    assert.doesNotMatch(html, new RegExp(`Samira Haddad ${tag}`), 'no member by name');
    for (const title of OFFERS) assert.equal(await visitor.locator('main a', { hasText: title }).count(), 1, title);
    await accessible(st, visitor, 'public organisation page (de)');
    await follow(visitor, `main a:has-text("${OFFERS[0]}")`);
    assert.match(path(visitor), /^\/directory\/offers\/\d+$/);
    assert.match(await visitor.content(), /Beratungsteam/, 'the contact role published for the offer');
    await accessible(st, visitor, 'public offer page (de)');

    const en = await newPage(browser, 'en-GB', pageErrors);
    await en.goto(`${BASE}/directory/offers`);
    assert.equal(await en.evaluate(() => document.documentElement.lang), 'en');
    await en.fill('main [name="q"]', tag);
    await choose(en, 'lang', 'Arabic');
    await choose(en, 'target', 'Refugees');
    await follow(en, submitOf('/directory/offers'));
    assert.equal(await en.locator('main a', { hasText: OFFERS[0] }).count(), 1, 'the Arabic offer for refugees');
    assert.equal(await en.locator('main a', { hasText: OFFERS[1] }).count(), 0, 'not the other one');
    await accessible(st, en, 'public offers, filtered (en)');
    await follow(en, `main a:has-text("${OFFERS[0]}")`);
    await accessible(st, en, 'public offer page (en)');
    await en.context().close();
  });

  await t.test('no script errors on the way', () => assert.deepEqual(pageErrors, []));
  await visitor.context().close();
  await page.context().close();
});
