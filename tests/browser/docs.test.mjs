// The documents journey in a real browser (issue 6): a member uploads a
// document on a slow line and watches the progress bar (static/upload.js),
// uploads a new version, restores the first one, is told clearly why an
// executable is refused, makes a folder and downloads it as a ZIP, which is
// unpacked and compared. The same upload form works without JavaScript.
// axe-core checks every page on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, inviteUser } from '../e2e/lib.mjs';
import { tag } from '../e2e/forum-lib.mjs';
import { makeDocx, makePdf } from '../e2e/docs-lib.mjs';
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

test('upload with progress, a new version, restore, a refusal, a folder as ZIP', { timeout: 240000 }, async (t) => {
  const word = tag('dj');
  const user = await inviteUser({ name: `Dora Jansen ${word}` });
  const page = await signedInPage(browser, 'de-DE', user.email, user.password, pageErrors);
  const dir = mkdtempSync(join(tmpdir(), 'kp-docs-browser-'));
  const title = `Integrationskonzept Entwurf ${word}`;
  // 3 MB: on a line of 1 MB/s the bar has time to move.
  const big = Buffer.concat([makePdf(`Entwurf ${word}`), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
  try {
    await t.test('the upload form shows a progress bar on a slow line and lands on the document', async (st) => {
      await page.goto(`${BASE}/docs`);
      await accessible(st, page, 'the network library (de)');
      await follow(page, 'main a[href="/docs/upload"]');
      await accessible(st, page, 'upload form (de)');
      assert.equal(await page.isHidden('.upload-progress'), true, 'no bar before sending');
      await page.setInputFiles('#f-file', { name: 'Konzept.pdf', mimeType: 'application/pdf', buffer: big });
      await page.fill('#f-title', title);
      await page.fill('#f-tags', 'Konzept, Entwurf');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
      await page.click('form[action$="/upload"] button[type="submit"]');
      await page.waitForSelector('.upload-progress:not([hidden])');
      await page.waitForFunction(() => {
        const p = document.querySelector('#upload-progress-bar');
        return p && p.value > 0 && p.value < 100;
      });
      const text = await page.textContent('.upload-progress-text');
      assert.match(text, /^\d+ %$/);
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent.trim() === h, title, { timeout: 60000 });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      assert.match(path(page), /^\/docs\/d\/\d+$/, 'the address is the document\'s');
      assert.match(await page.textContent('main'), /Das Dokument wurde hochgeladen/);
      await accessible(st, page, 'the document after the upload (de)');
      // On a phone: the tables become cards, nothing overflows.
      await page.setViewportSize({ width: 375, height: 800 });
      await accessible(st, page, 'the document at 375 px (de)');
      const doc = page.url();
      await page.goto(`${BASE}/docs`);
      await accessible(st, page, 'the library at 375 px (de)');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scrolling at 375 px');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(doc);
    });

    await t.test('a new version, then the first one restored', async (st) => {
      await page.setInputFiles('#f-file', { name: 'Konzept überarbeitet.docx', mimeType: 'application/octet-stream', buffer: makeDocx(`zwei ${word}`) });
      await page.click('form[action$="/version"] button[type="submit"]');
      await page.waitForFunction(() => /Die neue Version wurde hochgeladen/.test(document.querySelector('main')?.textContent || ''));
      const main = await page.textContent('main');
      assert.match(main, /Version 2\s+aktuell/);
      assert.match(main, /Konzept überarbeitet\.docx/);
      assert.match(main, new RegExp(`von Dora Jansen ${word}`));
      await accessible(st, page, 'the document with two versions (de)');
      await follow(page, 'form[action$="/v/1/restore"] button');
      const after = await page.textContent('main');
      assert.match(after, /Die ältere Version ist jetzt wieder die aktuelle/);
      assert.match(after, /Version 3\s*aktuell\s*wiederhergestellt aus Version 1/);
      await accessible(st, page, 'the document after the restore (de)');
    });

    await t.test('an executable is refused with the reason, nothing is stored', async (st) => {
      await page.goto(`${BASE}/docs/upload`);
      await page.setInputFiles('#f-file', { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 1)]) });
      await page.click('form[action$="/upload"] button[type="submit"]');
      await page.waitForSelector('.error-summary');
      const main = await page.textContent('main');
      assert.match(main, /Nichts wurde gespeichert/);
      assert.match(main, /setup\.exe\s*: Dateien dieser Art können nicht hochgeladen werden/);
      await accessible(st, page, 'upload form with a refused file (de)');
    });

    await t.test('a folder with documents, downloaded as a ZIP', async (st) => {
      await page.goto(`${BASE}/docs/folders/new`);
      await accessible(st, page, 'new folder form (de)');
      await page.fill('#f-name', `Sitzung März ${word}`);
      await follow(page, 'form[action$="/folders/new"] button[type="submit"]');
      assert.match(path(page), /^\/docs\/f\/\d+$/);
      const folder = path(page);
      await follow(page, 'main a[href^="/docs/upload?folder="]');
      await page.setInputFiles('#f-file', [
        { name: 'Protokoll.pdf', mimeType: 'application/pdf', buffer: makePdf(`Protokoll ${word}`) },
        { name: 'Teilnehmende.docx', mimeType: 'application/octet-stream', buffer: makeDocx(`Liste ${word}`) },
      ]);
      await page.click('form[action$="/upload"] button[type="submit"]');
      await page.waitForFunction((f) => location.pathname === f, folder, { timeout: 30000 });
      await page.waitForSelector('.docs-table');
      await accessible(st, page, 'a folder with two documents (de)');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`main a[href="${folder}/zip"]`)]);
      assert.equal(download.suggestedFilename(), `Sitzung März ${word}.zip`);
      const zip = join(dir, 'f.zip');
      await download.saveAs(zip);
      execFileSync('unzip', ['-q', '-d', join(dir, 'x'), zip], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      assert.deepEqual(readdirSync(join(dir, 'x')).sort(), ['Protokoll.pdf', 'Teilnehmende.docx']);
      assert.ok(readFileSync(join(dir, 'x', 'Protokoll.pdf')).includes(`Protokoll ${word}`));
    });

    await t.test('without JavaScript the same form uploads', async () => {
      // The account's language (German) decides, not the browser's.
      const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
      const plain = await context.newPage();
      plain.setDefaultTimeout(15000);
      await plain.goto(`${BASE}/login`);
      await plain.fill('#f-email', user.email);
      await plain.fill('#f-password', user.password);
      await follow(plain, 'form[action="/login"] button[type="submit"]');
      await plain.goto(`${BASE}/docs/upload`);
      const f = join(dir, 'notes.txt');
      writeFileSync(f, `Notes ${word}\n`);
      await plain.setInputFiles('#f-file', f);
      await follow(plain, 'form[action$="/upload"] button[type="submit"]');
      assert.match(path(plain), /^\/docs\/d\/\d+$/);
      assert.match(await plain.textContent('main'), /Das Dokument wurde hochgeladen/);
      // (axe needs script in the page; this page was checked above with it.)
      await context.close();
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(pageErrors, []);
});
