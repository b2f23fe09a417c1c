// A member completes their profile in a real browser: the member
// directory with filters, their own profile form with a photo, a form
// error, saving, and the profile as others see it — every page checked
// with axe-core for WCAG 2.1 A/AA (German, and the directory in English).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { BASE, DEMO, DEMO_PASSWORD, inviteUser } from '../e2e/lib.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser;
let dir;
const pageErrors = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.KP_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  dir = mkdtempSync(join(tmpdir(), 'kp-browser-'));
});

after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A small valid PNG (a colour gradient), built here: no fixture files. */
function png(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push((x * 3) & 255, (y * 3) & 255, 160);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  }, WCAG_TAGS);
}

async function accessible(t, page, label) {
  const v = await axeViolations(page);
  await t.test(`axe (WCAG 2.1 A/AA): ${label}`, () => assert.deepEqual(v, [], `${label} (${page.url()})`));
}

async function signedInPage(locale, email, password) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(`${BASE}/login`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await Promise.all([page.waitForNavigation(), page.press('#f-password', 'Enter')]);
  return page;
}

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
