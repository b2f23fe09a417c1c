// Security headers on every HTML answer, and error pages: HTML, German by
// default, English on request or for English accounts, with no internals.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, demoClient, h1, mainText, show } from './lib.mjs';

let member, memberEn;

before(async () => {
  member = await demoClient(DEMO.member1);
  memberEn = await demoClient(DEMO.member2); // account language en
});

function directives(csp) {
  const map = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map[name.toLowerCase()] = values;
  }
  return map;
}

function assertSecurityHeaders(r, what, { program = true } = {}) {
  const h = r.headers;
  const csp = h.get('content-security-policy');
  assert.ok(csp, `${what}: Content-Security-Policy`);
  const d = directives(csp);
  const script = d['script-src'] || d['default-src'];
  assert.ok(script, `${what}: CSP restricts scripts`);
  assert.ok(!script.includes("'unsafe-inline'"), `${what}: no 'unsafe-inline' for scripts`);
  assert.ok(!script.includes("'unsafe-eval'"), `${what}: no 'unsafe-eval'`);
  assert.ok(!script.includes('*') && !script.includes('data:') && !script.includes('http:'), `${what}: no wildcard script sources`);
  assert.ok(!(d['style-src'] || []).includes("'unsafe-inline'"), `${what}: no inline style`);
  const frameAncestorsNone = (d['frame-ancestors'] || []).join(' ') === "'none'";
  assert.ok(frameAncestorsNone || /^deny$/i.test(h.get('x-frame-options') || ''), `${what}: framing forbidden`);
  assert.equal(h.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
  assert.equal(h.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
  assert.ok(h.get('referrer-policy'), `${what}: Referrer-Policy`);
  assert.match(h.get('referrer-policy'), /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  assert.equal(h.get('strict-transport-security'), null, `${what}: no HSTS over plain http`);
  const server = h.get('server');
  assert.ok(!server || !/\d/.test(server), `${what}: no server version (${server})`);
  assert.equal(h.get('x-powered-by'), null, `${what}: no X-Powered-By`);
  if (program) assert.match(h.get('cache-control') || '', /no-store/, `${what}: Cache-Control: no-store`);
  // Exactly one of each (a program's own copy is hidden by nginx).
  for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options'])
    assert.ok(!/,/.test(h.get(name)) || name === 'content-security-policy', `${what}: ${name} once`);
}

test('security headers on the public pages', async () => {
  const c = new Client();
  for (const path of ['/login', '/register', '/password/forgot']) {
    const r = await c.get(path);
    assert.equal(r.status, 200);
    assertSecurityHeaders(r, path);
  }
});

test('security headers on signed-in pages, redirects and form errors', async () => {
  let r = await member.get('/account');
  assert.equal(r.status, 200);
  assertSecurityHeaders(r, '/account');
  r = await new Client().get('/account');
  assert.equal(r.status, 303);
  assertSecurityHeaders(r, '303 /account');
  r = await member.submit('/account', '/account/profile', { name: '', lang: 'de' });
  assert.equal(r.status, 422);
  assertSecurityHeaders(r, '422 profile');
  r = await new Client().submit('/login', '/login', { email: 'x@example.org', password: '' });
  assert.equal(r.status, 422);
  assertSecurityHeaders(r, '422 login');
});

test('security headers on error answers (program and nginx)', async () => {
  const c = new Client();
  const cases = [
    ['GET', '/account/nope', 404, true],
    ['GET', '/logout', 405, true],
    ['POST', '/account/profile', 403, true],
    ['GET', '/login?x=%FF', 400, true],
    ['GET', '/nothing-here', 404, false],
  ];
  for (const [method, path, status, program] of cases) {
    const r = await c.request(method, path);
    assert.equal(r.status, status, `${method} ${path}: ${show(r)}`);
    assertSecurityHeaders(r, `${status} ${path}`, { program });
  }
  const big = await c.post('/login', 'x='.padEnd(1200 * 1024, 'y'));
  assert.equal(big.status, 413);
  assertSecurityHeaders(big, '413', { program: false });
});

const INTERNALS = [
  /\/work\//,
  /\/tmp\//,
  /\/usr\//,
  /\/etc\//,
  /\.c\b|\.cs\b|\.hdf\b/,
  /\bSQL\b|SELECT |INSERT |MariaDB|mysql/i,
  /NotFoundError|NEOERR|ClearSilver|fcgi|errno|segfault|Traceback|stack trace|assert/i,
  /Lang\.|Page\.|Error\.\d{3}\./,
];

function assertNoInternals(html, what) {
  for (const re of INTERNALS) assert.doesNotMatch(html, re, `${what}: shows internals (${re})`);
}

const PROGRAM_ERRORS = [
  ['GET', '/account/nope', 404, 'Seite nicht gefunden', 'Page not found'],
  ['GET', '/login/x', 404, 'Seite nicht gefunden', 'Page not found'],
  ['GET', '/logout', 405, 'Aufruf nicht möglich', 'Request not possible'],
  ['PUT', '/account', 405, 'Aufruf nicht möglich', 'Request not possible'],
  ['GET', '/login?x=%00', 400, 'Anfrage nicht verständlich', 'Request not understood'],
  ['POST', '/account/password', 403, 'Aktion nicht möglich', 'Action not possible'],
];

test('program error pages: HTML, German by default, no internals', async () => {
  const c = new Client();
  for (const [method, path, status, de] of PROGRAM_ERRORS) {
    const r = await c.request(method, path);
    assert.equal(r.status, status, `${method} ${path}`);
    assert.match(r.headers.get('content-type'), /^text\/html; charset=utf-8/i);
    assert.match(r.text, /<html lang="de">/, `${method} ${path} in German`);
    assert.equal(h1(r.text), de, `${method} ${path} title`);
    assert.match(mainText(r.text), new RegExp(`Fehlercode ${status}`));
    assertNoInternals(r.text, `${method} ${path}`);
  }
});

test('program error pages in English with Accept-Language: en', async () => {
  for (const header of ['en', 'en-GB,en;q=0.9', 'fr-FR, en-US;q=0.8, de;q=0.5']) {
    const c = new Client({ headers: { 'accept-language': header } });
    for (const [method, path, status, , en] of PROGRAM_ERRORS) {
      const r = await c.request(method, path);
      assert.equal(r.status, status);
      assert.match(r.text, /<html lang="en">/, `${method} ${path} with ${header}`);
      assert.equal(h1(r.text), en);
      assertNoInternals(r.text, `${method} ${path} (en)`);
    }
  }
  // German wins when it comes first.
  const r = await new Client({ headers: { 'accept-language': 'de-AT, en;q=0.5' } }).get('/account/nope');
  assert.match(r.text, /<html lang="de">/);
});

test('an English account gets English pages whatever the browser asks for', async () => {
  const r = await memberEn.get('/account/nope', { headers: { 'accept-language': 'de' } });
  assert.equal(r.status, 404);
  assert.match(r.text, /<html lang="en">/);
  const a = await memberEn.get('/account', { headers: { 'accept-language': 'de' } });
  assert.match(a.text, /<h1>My account<\/h1>/);
});

test('nginx error pages (unknown prefix 404, 413): HTML, German, with English, no internals', async () => {
  const c = new Client();
  const r = await c.get('/nothing-here');
  assert.equal(r.status, 404);
  assert.match(r.headers.get('content-type'), /^text\/html/);
  assert.match(r.text, /<html lang="de">/);
  assert.match(mainText(r.text), /Seite/);
  assertNoInternals(r.text, 'nginx 404');
  const en = await new Client({ headers: { 'accept-language': 'en' } }).get('/nothing-here');
  assert.match(mainText(en.text), /Page not found/, 'English text for an English browser');
  const big = await c.post('/login', 'x='.padEnd(1200 * 1024, 'y'));
  assert.equal(big.status, 413);
  assert.match(big.headers.get('content-type'), /^text\/html/);
  assertNoInternals(big.text, 'nginx 413');
  assert.doesNotMatch(big.text, /nginx/i, 'no server name in the page');
});

test('every page is valid-looking HTML with lang, title and the skip link', async () => {
  const c = new Client();
  for (const path of ['/login', '/register', '/password/forgot', '/account/nope']) {
    const r = await c.get(path);
    assert.match(r.text, /^\s*<!DOCTYPE html>/i, path);
    assert.match(r.text, /<title>[^<]+ – Netzwerk Integration<\/title>/, `${path} title`);
    assert.match(r.text, /<a class="skip-link" href="#main">/, `${path} skip link`);
    assert.match(r.text, /<main id="main"/);
    assert.doesNotMatch(r.text, /<script\b/i, `${path}: no script needed`);
    assert.doesNotMatch(r.text, /\sstyle="/i, `${path}: no inline style (CSP)`);
    assert.doesNotMatch(r.text, /\son[a-z]+="/i, `${path}: no inline event handlers`);
  }
});

test('nginx’s own refusals (URL too long, header too large) are HTML pages with the headers, no internals', async () => {
  const c = new Client();
  const long = await c.get(`/login?x=${'a'.repeat(10000)}`);
  assert.ok([400, 414].includes(long.status), `long URL: ${long.status}`);
  assert.match(long.headers.get('content-type') || '', /^text\/html/);
  assertSecurityHeaders(long, 'long URL', { program: false });
  assertNoInternals(long.text, 'long URL');
  assert.doesNotMatch(long.text, /<center>nginx<\/center>/, 'not nginx’s default page');
  const big = await c.get('/login', { headers: { cookie: `a=${'a'.repeat(20000)}` } });
  assert.ok([400, 431, 494].includes(big.status), `huge header: ${big.status}`);
  assert.match(big.headers.get('content-type') || '', /^text\/html/);
  assertSecurityHeaders(big, 'huge header', { program: false });
  assertNoInternals(big.text, 'huge header');
  assert.doesNotMatch(big.text, /<center>nginx<\/center>/, 'not nginx’s default page');
});
