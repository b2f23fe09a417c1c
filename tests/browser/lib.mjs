// What the browser tests share: Debian's Chromium through playwright-core,
// axe-core for WCAG 2.1 A/AA, signing in through the real form, and a test
// image built in code (no fixture files).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { BASE } from '../e2e/lib.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Headless Chromium as CI has it (KP_CHROMIUM overrides the path). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.KP_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * The WCAG 2.1 A/AA violations axe finds on page, one line each. axe is
 * evaluated through the DevTools protocol, which the page's CSP does not
 * govern, so the pages run under their real policy.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  }, WCAG_TAGS);
}

/** axe on the current page as its own subtest of t: a violation fails that check without cutting the journey short. */
export async function accessible(t, page, label) {
  const v = await axeViolations(page);
  await t.test(`axe (WCAG 2.1 A/AA): ${label}`, () => assert.deepEqual(v, [], `${label} (${page.url()})`));
}

/** A new context in locale, signed in through /login; script errors go to errors. */
export async function signedInPage(browser, locale, email, password, errors) {
  const page = await newPage(browser, locale, errors);
  await page.goto(`${BASE}/login`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await Promise.all([page.waitForNavigation(), page.press('#f-password', 'Enter')]);
  assert.notEqual(new URL(page.url()).pathname, '/login', `${email} is signed in`);
  return page;
}

/** A new signed-out context in locale; script errors go to errors. */
export async function newPage(browser, locale, errors) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

/** Clicks what selector names and waits for the page it leads to. */
export async function follow(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

/** A small valid PNG (a colour gradient), built here: no fixture files. */
export function png(width, height) {
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
