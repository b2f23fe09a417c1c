// screenshots.mjs — the pictures in README.md (docs/screenshots/*.png),
// taken from a running stack with the demo network, so they can be made
// again after a change to the pages:
//
//   scripts/stack.sh start /tmp/kp 8080
//   KP_BASE=http://127.0.0.1:8080 node scripts/screenshots.mjs [name ...]
//
// Each shot is a page as a demo member sees it at 1280 px (or 375 px where
// the name says "phone"), full height up to 1800 px. Not a test: it checks
// nothing but that each page answered 200.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const BASE = (process.env.KP_BASE || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
const PASSWORD = 'Demo-Passwort-2026';

// name → [who (null: signed out), path or a function finding it, width]
const SHOTS = {
  dashboard: ['member1@knotenpunkt.test', '/', 1280],
  'start-signed-out': [null, '/', 1280],
  library: ['member1@knotenpunkt.test', '/docs', 1280],
  events: ['member1@knotenpunkt.test', '/events', 1280],
  event: ['member1@knotenpunkt.test', async (page) => firstLink(page, '/events', /^\/events\/\d+$/), 1280],
  notifications: ['member1@knotenpunkt.test', '/notifications', 1280],
  search: ['member1@knotenpunkt.test', '/search?q=Sprachkurs', 1280],
};

async function firstLink(page, from, re) {
  await page.goto(BASE + from);
  const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => re.test(h));
  if (!href) throw new Error(`no link like ${re} on ${from}`);
  return href;
}

async function signIn(context, email) {
  const page = await context.newPage();
  await page.goto(`${BASE}/login`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.press('#f-password', 'Enter')]);
  return page;
}

const browser = await chromium.launch({
  executablePath: process.env.KP_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
mkdirSync(OUT, { recursive: true });
const wanted = process.argv.slice(2);
try {
  for (const [name, [who, where, width]] of Object.entries(SHOTS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width, height: 900 } });
    const page = who ? await signIn(context, who) : await context.newPage();
    const path = typeof where === 'function' ? await where(page) : where;
    const r = await page.goto(BASE + path);
    if (!r || r.status() !== 200) throw new Error(`${name}: ${path} answered ${r && r.status()}`);
    const height = Math.min(1800, await page.evaluate(() => document.documentElement.scrollHeight));
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`${name}.png  ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
}
