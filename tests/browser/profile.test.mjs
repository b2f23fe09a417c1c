// A member completes their profile in a real browser: the member
// directory with filters, their own profile form with a photo, a form
// error, saving, and the profile as others see it — every page checked
// with axe-core for WCAG 2.1 A/AA (German, and the directory in English).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, DEMO, DEMO_PASSWORD, inviteUser } from '../e2e/lib.mjs';
import { accessible, launchBrowser, png, signedInPage as signIn } from './lib.mjs';

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

const signedInPage = (locale, email, password) => signIn(browser, locale, email, password, pageErrors);

test('a member completes their profile with a photo; others find it', { timeout: 120000 }, async (t) => {
  const me = await inviteUser({ name: 'Rania Profil' });
  const page = await signedInPage('de-DE', me.email, me.password);

  await t.test('the directory with a filter', async (st) => {
    await page.goto(`${BASE}/people`);
    assert.match(await page.textContent('h1'), /Mitglieder/);
    await page.selectOption('select[name="field"]', { index: 1 });
    await Promise.all([page.waitForNavigation(), page.click('form[action="/people"] button[type="submit"]')]);
    assert.match(page.url(), /field=\d+/);
    await accessible(st, page, 'people list, filtered (de)');
  });

  await t.test('the own profile form, a mistake, then saved with a photo', async (st) => {
    await page.goto(`${BASE}/profile/edit`);
    assert.match(new URL(page.url()).pathname, /^\/people\/\d+\/edit$/);
    await accessible(st, page, 'profile form (de)');
    await page.fill('[name="position"]', 'Beratung für Geflüchtete, Stadt');
    await page.fill('[name="phone"]', 'keine Nummer');
    await Promise.all([page.waitForNavigation(), page.click('form[enctype="multipart/form-data"] button[type="submit"]')]);
    assert.match(await page.content(), /Fehler/);
    assert.equal(await page.inputValue('[name="position"]'), 'Beratung für Geflüchtete, Stadt', 'input kept');
    await accessible(st, page, 'profile form with an error (de)');

    const photo = join(dir, 'portrait.png');
    writeFileSync(photo, png(120, 90));
    await page.fill('[name="phone"]', '0551 400-12');
    await page.check('[name="phone_visible"]');
    await page.check('input[name="language"][value="ar"]');
    await page.fill('[name="about"]', 'Ich bin ansprechbar für **Wohnungssuche**.');
    await page.setInputFiles('[name="photo"]', photo);
    await Promise.all([page.waitForNavigation(), page.click('form[enctype="multipart/form-data"] button[type="submit"]')]);
    assert.match(new URL(page.url()).pathname, /^\/people\/\d+$/);
    assert.match(await page.content(), /<strong>Wohnungssuche<\/strong>/);
    const img = await page.evaluate(async () => {
      const i = document.querySelector('img[src$="/photo"]');
      await i.decode();
      return { w: i.naturalWidth, h: i.naturalHeight };
    });
    assert.deepEqual(img, { w: 120, h: 90 }, 'the photo is served (re-encoded, same size)');
    await accessible(st, page, 'own profile after saving (de)');
  });

  await t.test('another member finds the profile and sees the shared phone', async (st) => {
    const other = await signedInPage('en-GB', DEMO.member2, DEMO_PASSWORD);
    await other.goto(`${BASE}/people?q=${encodeURIComponent('Rania Profil')}`);
    await accessible(st, other, 'people list (en)');
    await Promise.all([other.waitForNavigation(), other.click('text=Rania Profil')]);
    assert.match(await other.content(), /0551 400-12/);
    await accessible(st, other, 'profile seen by another member (en)');
    await other.context().close();
  });

  await t.test('no script errors on the way', () => assert.deepEqual(pageErrors, []));
  await page.context().close();
});
