// CSRF and origin checks on every state-changing route: without a token,
// with another session's token, with a broken token, with a foreign Origin
// or Sec-Fetch-Site, with the token in the URL, and as GET. Each refused
// request must have changed nothing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client,
  DEMO,
  ORIGIN,
  inputValue,
  inviteUser,
  kpctlOk,
  linkPath,
  mailSnapshot,
  mailsSince,
  newPassword,
  sessionIds,
  show,
  uniqueEmail,
  waitForMail,
  demoClient,
} from './lib.mjs';

let U; // {client (session A), email, password, name}
let B; // a second session of U
let V; // another user's session
let anon, anon2;
let verifyPath, resetToken, resetPath, invitePath;
let regEmail, changeEmail, inviteEmail;
let snap;
const routes = [];

before(async () => {
  [U] = await Promise.all([inviteUser({ name: 'Csrf Opfer' })]);
  B = new Client();
  await B.loginOk(U.email, U.password);
  V = await demoClient(DEMO.member2);
  anon = new Client();
  anon2 = new Client();

  // A live confirmation link (registered, not confirmed).
  const r = await new Client().submit('/register', '/register', {
    name: 'Csrf Registriert',
    email: (regEmail = uniqueEmail('csrf-reg')),
    password: 'Csrf-Passwort-Eins',
    password2: 'Csrf-Passwort-Eins',
  });
  assert.equal(r.status, 200);
  verifyPath = linkPath(await waitForMail(regEmail), '/verify/');

  // A live reset link for a second fresh account.
  const W = await inviteUser({ name: 'Csrf Reset' });
  await new Client().submit('/password/forgot', '/password/forgot', { email: W.email });
  resetPath = linkPath(await waitForMail(W.email), '/password/reset/');
  resetToken = resetPath.split('/').pop();
  U.resetOwner = W;

  // A live invitation.
  inviteEmail = uniqueEmail('csrf-inv');
  kpctlOk('user', 'invite', inviteEmail);
  invitePath = linkPath(await waitForMail(inviteEmail), '/invite/');

  changeEmail = uniqueEmail('csrf-change');
  snap = mailSnapshot();

  const idOfB = sessionIds((await U.client.get('/account')).text)[0];
  assert.ok(idOfB, 'session B is listed');
  const pw = 'Csrf-Neues-Passwort';

  routes.push(
    { path: '/login', who: () => anon, other: () => anon2, fields: { email: U.email, password: U.password }, get: 200 },
    { path: '/logout', who: () => U.client, other: () => V, fields: {}, get: 405 },
    {
      path: '/register',
      who: () => anon,
      other: () => anon2,
      fields: { name: 'Csrf Neu', email: uniqueEmail('csrf-never'), password: pw, password2: pw },
      get: 200,
    },
    { path: verifyPath, who: () => anon, other: () => anon2, fields: {}, get: 200 },
    { path: '/password/forgot', who: () => anon, other: () => anon2, fields: { email: U.email }, get: 200 },
    { path: '/password/reset', who: () => anon, other: () => anon2, fields: { token: resetToken, password: pw, password2: pw }, get: 405 },
    { path: invitePath, who: () => anon, other: () => anon2, fields: { name: 'Csrf Gast', password: pw, password2: pw }, get: 200 },
    { path: '/account/profile', who: () => U.client, other: () => V, fields: { name: 'Gehackt', lang: 'en' }, get: 405 },
    { path: '/account/email', who: () => U.client, other: () => V, fields: { new_email: changeEmail, email_password: U.password }, get: 405 },
    {
      path: '/account/password',
      who: () => U.client,
      other: () => V,
      fields: { current_password: U.password, password: pw, password2: pw },
      get: 405,
    },
    { path: `/account/sessions/${idOfB}/end`, who: () => U.client, other: () => V, fields: {}, get: 405 },
    { path: '/account/sessions/end-others', who: () => U.client, other: () => V, fields: {}, get: 405 },
  );
});

async function tokenOf(client) {
  return client.csrf(client.session ? '/account' : '/login');
}

async function attempt(route, label, { csrf, headers = {}, query = '' }) {
  const fields = csrf === undefined ? { ...route.fields } : { csrf, ...route.fields };
  const r = await route.who().post(route.path + query, fields, { headers });
  assert.equal(r.status, 403, `${route.path} ${label}: ${show(r)}`);
  return r;
}

test('every state-changing route refuses a POST without a token (403)', async () => {
  for (const route of routes) await attempt(route, 'no token', {});
});

test('… with an empty, truncated or altered token (403)', async () => {
  for (const route of routes) {
    const good = await tokenOf(route.who());
    // One character in the middle changed (the last one may only carry
    // padding bits of the base64url encoding).
    const mid = Math.floor(good.length / 2);
    const flipped = good.slice(0, mid) + (good[mid] === 'A' ? 'B' : 'A') + good.slice(mid + 1);
    const early = good.slice(0, 5) + (good[5] === 'A' ? 'B' : 'A') + good.slice(6);
    await attempt(route, 'empty token', { csrf: '' });
    await attempt(route, 'truncated token', { csrf: good.slice(0, -1) });
    await attempt(route, 'altered token (early)', { csrf: early });
    await attempt(route, 'padded token', { csrf: good + '=' });
    await attempt(route, 'longer token', { csrf: good + 'A' });
    await attempt(route, 'altered token', { csrf: flipped });
  }
});

test('… with another session’s token (403)', async () => {
  for (const route of routes) {
    const foreign = await tokenOf(route.other());
    assert.notEqual(foreign, await tokenOf(route.who()), 'tokens differ per session');
    await attempt(route, 'foreign token', { csrf: foreign });
  }
});

test('… with the token in the query string instead of the body (403)', async () => {
  for (const route of routes) {
    const good = await tokenOf(route.who());
    const sep = route.path.includes('?') ? '&' : '?';
    await attempt(route, 'token in URL', { query: `${sep}csrf=${good}` });
  }
});

test('… with a valid token but a foreign Origin (403)', async () => {
  for (const route of routes) {
    const good = await tokenOf(route.who());
    for (const origin of ['https://evil.example', 'null', ORIGIN.replace('127.0.0.1', 'localhost'), ORIGIN + '.evil.example'])
      await attempt(route, `Origin ${origin}`, { csrf: good, headers: { origin } });
  }
});

test('… with a valid token but Sec-Fetch-Site: cross-site / same-site (403)', async () => {
  for (const route of routes) {
    const good = await tokenOf(route.who());
    await attempt(route, 'Sec-Fetch-Site cross-site', { csrf: good, headers: { 'sec-fetch-site': 'cross-site' } });
    await attempt(route, 'Sec-Fetch-Site same-site', { csrf: good, headers: { 'sec-fetch-site': 'same-site' } });
  }
});

test('… as GET: no state change (405, or the page where GET shows a form)', async () => {
  for (const route of routes) {
    const good = await tokenOf(route.who());
    const qs = new URLSearchParams({ csrf: good, ...route.fields }).toString();
    const r = await route.who().get(`${route.path}?${qs}`);
    assert.equal(r.status, route.get, `GET ${route.path}: ${show(r)}`);
  }
});

test('a token from before sign-in does not work after it', async () => {
  const c = new Client();
  const pre = await c.csrf('/login');
  await c.loginOk(DEMO.member1, 'Demo-Passwort-2026');
  const r = await c.post('/account/profile', { csrf: pre, name: 'Anna Schneider', lang: 'de' });
  assert.equal(r.status, 403, show(r));
  const after = await c.csrf('/account');
  assert.notEqual(after, pre);
});

test('a token of an ended session does not work for the next one', async () => {
  const c = new Client();
  await c.loginOk(DEMO.member1, 'Demo-Passwort-2026');
  const old = await c.csrf('/account');
  await c.loginOk(DEMO.member1, 'Demo-Passwort-2026');
  const r = await c.post('/account/profile', { csrf: old, name: 'Anna Schneider', lang: 'de' });
  assert.equal(r.status, 403, show(r));
});

test('nothing changed by any refused request', async () => {
  // U's sessions A and B live, name and language unchanged, no pending address.
  const a = await U.client.get('/account');
  assert.equal(a.status, 200, 'session A alive');
  assert.equal(inputValue(a.text, 'name'), 'Csrf Opfer');
  assert.match(a.text, /<html lang="de">/);
  assert.doesNotMatch(a.text, /Bestätigung ausstehend/);
  assert.equal((await B.get('/account')).status, 200, 'session B alive');
  // Passwords unchanged.
  assert.equal((await new Client().login(U.email, U.password)).status, 303);
  assert.equal((await new Client().login(U.resetOwner.email, U.resetOwner.password)).status, 303);
  // No sign-in happened for the anonymous clients.
  assert.ok(!anon.session && !anon2.session);
  // Links unspent.
  assert.equal((await new Client().get(verifyPath)).status, 200, 'confirmation link unspent');
  assert.equal((await new Client().get(resetPath)).status, 200, 'reset link unspent');
  assert.equal((await new Client().get(invitePath)).status, 200, 'invitation unspent');
  // No mails caused.
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal((await mailsSince(U.email, snap)).length, 0, 'no reset mail to U');
  assert.equal((await mailsSince(changeEmail, snap)).length, 0, 'no change mail');
  assert.equal((await mailsSince(DEMO.admin, snap)).filter((m) => m.body.includes(regEmail)).length, 0);
});

test('control: with token, own Origin and Sec-Fetch-Site: same-origin, the change goes through', async () => {
  const good = await U.client.csrf('/account');
  const r = await U.client.post(
    '/account/profile',
    { csrf: good, name: 'Csrf Opfer', lang: 'en' },
    { headers: { origin: ORIGIN, 'sec-fetch-site': 'same-origin' } },
  );
  assert.equal(r.status, 303, show(r));
  const a = await U.client.get('/account');
  assert.match(a.text, /<html lang="en">/);
  const pw = newPassword();
  const p = await U.client.post(
    '/account/password',
    { csrf: good, current_password: U.password, password: pw, password2: pw },
    { headers: { origin: ORIGIN } },
  );
  assert.equal(p.status, 303, show(p));
  assert.equal((await B.get('/account')).status, 303, 'the other session ended');
});
