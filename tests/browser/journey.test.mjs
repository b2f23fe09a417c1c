// A person's first steps in a real browser (Debian's Chromium through
// playwright-core), keyboard only where a person would use the keyboard:
// register → mail → confirm → (coordinator approves) → sign in → change
// password → sign out. Every page on the way is checked with axe-core for
// WCAG 2.1 A/AA, in German, and the settings page also in English. The
// pages run under their real CSP; axe is evaluated through the DevTools
// protocol, which the page's CSP does not govern.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
  BASE,
  kpctlOk,
  linkPath,
  newPassword,
  uniqueEmail,
  waitForMail,
} from '../e2e/lib.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM = process.env.KP_CHROMIUM || '/usr/bin/chromium';

let browser;
let context;
let page;
const cspViolations = [];
const pageErrors = [];
const checked = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
});

after(async () => {
  await browser?.close();
});

/**
 * Runs axe on the current page and reports the result as its own subtest of
 * t, so a violation fails that check without cutting the journey short.
 */
async function axeCheck(t, label) {
  const result = await axeRun(page);
  checked.push(label);
  const url = page.url();
  const text = result.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
  await t.test(`axe (WCAG 2.1 A/AA): ${label}`, () => {
    assert.equal(result.length, 0, `axe on ${label} (${url}):\n${text}`);
  });
}

/** The WCAG 2.1 A/AA violations axe finds on p. */
async function axeRun(p) {
  if (!(await p.evaluate(() => typeof window.axe === 'object'))) await p.evaluate(AXE_SOURCE);
  return p.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`),
    }));
  }, WCAG_TAGS);
}

async function lang() {
  return page.evaluate(() => document.documentElement.lang);
}

async function focused() {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e) return '';
    return e.id ? `#${e.id}` : e.className ? `.${String(e.className).split(' ')[0]}` : e.tagName.toLowerCase();
  });
}

/** Presses Tab until the element matching selector has focus (max n). */
async function tabTo(selector, n = 30) {
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i + 1;
  }
  throw new Error(`Tab never reached ${selector} (now at ${await focused()})`);
}

/** Types into the focused field, then Tab must reach the next selector. */
async function typeThenTab(text, nextSelector) {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  if (nextSelector) assert.equal(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, nextSelector), true, `Tab leads to ${nextSelector}, not ${await focused()}`);
}

async function submitWithEnter(expectPath) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  if (expectPath) assert.equal(new URL(page.url()).pathname, expectPath);
}

const state = {
  email: uniqueEmail('browser'),
  name: 'Zeynep Kaya',
  password: newPassword('b'),
};

test('the journey of a new member, keyboard only, accessible on every page', { timeout: 180000 }, async (t) => {
  await t.test('sign-in page: the first Tab reaches the skip link, which leads to the content', async (st) => {
    const res = await page.goto(`${BASE}/login`);
    assert.equal(res.status(), 200);
    assert.equal(await lang(), 'de');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), true, `first Tab: ${await focused()}`);
    const visible = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return r.top >= 0 && r.height > 0;
    });
    assert.ok(visible, 'the skip link becomes visible on focus');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    assert.equal(await focused(), '#main', 'focus moved to the main content');
    await axeCheck(st, 'login (de)');
  });

  await t.test('register page: reached from the sign-in page by keyboard, accessible', async (st) => {
    await tabTo('a[href="/register"]');
    await submitWithEnter('/register');
    assert.equal(await lang(), 'de');
    await axeCheck(st, 'register (de)');
  });

  await t.test('register with mistakes: 422, error summary focused and linked, accessible', async (st) => {
    await tabTo('#f-name');
    await typeThenTab(state.name, '#f-email');
    await typeThenTab('keine-adresse', '#f-password');
    await typeThenTab('kurz', '#f-password2');
    await page.keyboard.type('kurz');
    const [res] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(res.status(), 422);
    const summary = await page.$('.error-summary');
    assert.ok(summary, 'an error summary');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, `the summary has focus (now ${await focused()})`);
    assert.equal(await page.inputValue('#f-name'), state.name, 'name kept');
    assert.equal(await page.inputValue('#f-password'), '', 'password not kept');
    assert.equal(await page.getAttribute('#f-email', 'aria-invalid'), 'true');
    await axeCheck(st, 'register with errors (de)');
    // The summary's link leads to the field.
    await tabTo('.error-summary a[href="#f-email"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'f-email');
  });

  await t.test('register correctly: the notice page', async (st) => {
    await page.fill('#f-email', ''); // clearing is not a keyboard skill under test
    await page.keyboard.type(state.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(state.password);
    await page.keyboard.press('Tab');
    await page.keyboard.type(state.password);
    const [res] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(res.status(), 200);
    assert.match(await page.textContent('h1'), /Bitte bestätigen Sie Ihre E-Mail-Adresse/);
    await axeCheck(st, 'notice: check your mail (de)');
  });

  await t.test('the link from the mail: confirm page, confirmed by keyboard', async (st) => {
    const mail = await waitForMail(state.email);
    const path = linkPath(mail, '/verify/');
    const res = await page.goto(BASE + path);
    assert.equal(res.status(), 200);
    await axeCheck(st, 'verify (de)');
    await tabTo('main button[type="submit"]');
    const [r2] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(r2.status(), 200);
    assert.match(await page.textContent('h1'), /E-Mail-Adresse bestätigt/);
    await axeCheck(st, 'notice: confirmed (de)');
  });

  await t.test('a coordinator approves (kpctl); the member signs in by keyboard', async (st) => {
    kpctlOk('user', 'approve', state.email);
    await waitForMail(state.email);
    await page.goto(`${BASE}/login`);
    await tabTo('#f-email');
    await typeThenTab(state.email, '#f-password');
    await page.keyboard.type(state.password);
    await page.keyboard.press('Enter');
    // Signed in, the start page is the member's dashboard (cgi/home).
    await page.waitForURL(`${BASE}/`);
    assert.match(await page.textContent('h1'), /Start/);
    await axeCheck(st, 'dashboard (de)');
    await page.goto(`${BASE}/account`);
    assert.match(await page.textContent('h1'), /Mein Konto/);
    await axeCheck(st, 'settings (de)');
  });

  await t.test('change password: first wrong, then right, by keyboard', async (st) => {
    const next = newPassword('n');
    await page.focus('#f-current_password');
    await typeThenTab('Ganz-Falsch-12345', '#f-password');
    await typeThenTab(next, '#f-password2');
    await page.keyboard.type(next);
    const [res] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(res.status(), 422);
    assert.equal(await page.getAttribute('#f-current_password', 'aria-invalid'), 'true');
    await axeCheck(st, 'settings with errors (de)');
    await page.focus('#f-current_password');
    await typeThenTab(state.password, '#f-password');
    await typeThenTab(next, '#f-password2');
    await page.keyboard.type(next);
    await Promise.all([page.waitForURL(`${BASE}/account`), page.keyboard.press('Enter')]);
    assert.match(await page.textContent('.flash'), /Passwort wurde geändert/);
    await axeCheck(st, 'settings after saving (de)');
    state.password = next;
  });

  await t.test('the settings page in English', async (st) => {
    await page.selectOption('#f-lang', 'en');
    await page.focus('#f-lang');
    await Promise.all([page.waitForURL(`${BASE}/account`), page.click('#sec-profile button[type="submit"]')]);
    assert.equal(await lang(), 'en');
    assert.match(await page.textContent('h1'), /My account/);
    await axeCheck(st, 'settings (en)');
    await page.selectOption('#f-lang', 'de');
    await Promise.all([page.waitForURL(`${BASE}/account`), page.click('#sec-profile button[type="submit"]')]);
    assert.equal(await lang(), 'de');
  });

  await t.test('error page 404 (program and nginx)', async (st) => {
    let res = await page.goto(`${BASE}/account/gibt-es-nicht`);
    assert.equal(res.status(), 404);
    assert.equal(await lang(), 'de');
    await axeCheck(st, '404 program (de)');
    res = await page.goto(`${BASE}/gibt-es-nicht`);
    assert.equal(res.status(), 404);
    await axeCheck(st, '404 nginx');
  });

  await t.test('sign out with the keyboard from the navigation', async (st) => {
    await page.goto(`${BASE}/account`);
    await tabTo('.site-nav button[type="submit"]');
    await Promise.all([page.waitForURL(`${BASE}/login`), page.keyboard.press('Enter')]);
    const res = await page.goto(`${BASE}/account`);
    assert.equal(new URL(page.url()).pathname, '/login', 'signed out: /account leads to the sign-in');
    assert.equal(res.status(), 200);
  });

  await t.test('the new password works in the browser', async (st) => {
    await page.fill('#f-email', state.email);
    await page.fill('#f-password', state.password);
    await Promise.all([page.waitForURL(/\/account$/), page.press('#f-password', 'Enter')]);
    assert.match(await page.textContent('h1'), /Mein Konto/);
  });

  await t.test('no CSP violations and no script errors on the way', () => {
    assert.deepEqual(cspViolations, []);
    assert.deepEqual(pageErrors, []);
  });
});

test('the other public pages are accessible too (forgot password, 405)', { timeout: 60000 }, async (st) => {
  const p2 = await context.browser().newContext({ locale: 'de-DE' }).then((c) => c.newPage());
  const prev = page;
  page = p2;
  try {
    let res = await page.goto(`${BASE}/password/forgot`);
    assert.equal(res.status(), 200);
    await axeCheck(st, 'forgot (de)');
    const [err] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main button[type="submit"]')]);
    assert.equal(err.status(), 422);
    await axeCheck(st, 'forgot with errors (de)');
    res = await page.goto(`${BASE}/logout`);
    assert.equal(res.status(), 405);
    await axeCheck(st, '405 (de)');
  } finally {
    page = prev;
    await p2.context().close();
  }
});

test('invitation and new-password pages are accessible, also with errors', { timeout: 60000 }, async (st) => {
  const ctx = await browser.newContext({ locale: 'de-DE' });
  const prev = page;
  page = await ctx.newPage();
  try {
    const email = uniqueEmail('browser-inv');
    kpctlOk('user', 'invite', email);
    const invite = linkPath(await waitForMail(email), '/invite/');
    let res = await page.goto(BASE + invite);
    assert.equal(res.status(), 200);
    await axeCheck(st, 'invite (de)');
    await page.fill('#f-name', 'Amina Yusuf');
    await page.fill('#f-password', 'kurz');
    await page.fill('#f-password2', 'kurz');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main button[type="submit"]')]);
    assert.ok(await page.$('.error-summary'), 'the form shows its errors');
    await axeCheck(st, 'invite with errors (de)');
    const pw = newPassword('inv');
    await page.fill('#f-password', pw);
    await page.fill('#f-password2', pw);
    // The new member lands on the start page (the dashboard), welcomed.
    await Promise.all([page.waitForURL(`${BASE}/`), page.click('main button[type="submit"]')]);
    assert.ok(await page.$('.flash'), 'the welcome');
    // Sign out, then a new password by mail.
    await Promise.all([page.waitForURL(/\/login$/), page.click('.site-nav button[type="submit"]')]);
    await page.goto(`${BASE}/password/forgot`);
    await page.fill('#f-email', email);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main button[type="submit"]')]);
    const reset = linkPath(await waitForMail(email), '/password/reset/');
    res = await page.goto(BASE + reset);
    assert.equal(res.status(), 200);
    await axeCheck(st, 'reset (de)');
    await page.fill('#f-password', 'kurz');
    await page.fill('#f-password2', 'kurz');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main button[type="submit"]')]);
    assert.ok(await page.$('.error-summary'), 'the form shows its errors');
    await axeCheck(st, 'reset with errors (de)');
    const next = newPassword('reset');
    await page.fill('#f-password', next);
    await page.fill('#f-password2', next);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main button[type="submit"]')]);
    assert.match(await page.textContent('h1'), /Passwort gespeichert/);
    await axeCheck(st, 'notice: password saved (de)');
  } finally {
    page = prev;
    await ctx.close();
  }
});

test('the axe harness itself finds a planted violation (image without alt)', { timeout: 60000 }, async () => {
  const p = await context.newPage();
  try {
    await p.goto(`${BASE}/login`);
    await p.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/static/favicon.svg';
      document.querySelector('main').appendChild(img);
    });
    const v = await axeRun(p);
    assert.ok(v.some((x) => x.id === 'image-alt'), `axe reports image-alt: ${v.map((x) => x.id)}`);
  } finally {
    await p.close();
  }
});

test('axe ran on every page of the journey', () => {
  for (const label of ['login (de)', 'register (de)', 'register with errors (de)', 'notice: check your mail (de)', 'verify (de)', 'settings (de)', 'settings with errors (de)', 'settings (en)', '404 program (de)'])
    assert.ok(checked.includes(label), `axe ran on ${label}`);
});
