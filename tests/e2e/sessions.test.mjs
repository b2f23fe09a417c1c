// Sessions: cookie attributes, no fixation, and every way a session ends
// (sign-out, suspension, password change, ending it from the list).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  Client,
  DEMO,
  DEMO_PASSWORD,
  inputValue,
  inviteUser,
  kpctlOk,
  mainText,
  newPassword,
  sessionIds,
  show,
} from './lib.mjs';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function assertCookieAttrs(c, what) {
  assert.ok(c, `${what}: a Set-Cookie`);
  assert.equal(c.attrs.path, '/', `${what}: Path=/`);
  assert.equal(c.attrs.httponly, true, `${what}: HttpOnly`);
  assert.equal(String(c.attrs.samesite).toLowerCase(), 'lax', `${what}: SameSite=Lax`);
  assert.equal(c.attrs.secure, undefined, `${what}: no Secure over plain http`);
  assert.equal(c.attrs.domain, undefined, `${what}: no Domain (host-only)`);
}

// The tests below use their own accounts (or only read demo accounts):
// they run side by side, so their waits for mail overlap.
describe('sessions', { concurrency: true }, () => {
  test('session cookie: random 256-bit token, HttpOnly, SameSite=Lax, Path=/, no Secure on http', async () => {
    const c = new Client();
    const pre = await c.get('/login');
    assertCookieAttrs(pre.cookie('kp_pre'), 'kp_pre');
    const r = await c.login(DEMO.member1, DEMO_PASSWORD);
    assert.equal(r.status, 303, show(r));
    const s = r.cookie('kp_session');
    assertCookieAttrs(s, 'kp_session');
    assert.match(s.value, TOKEN);
    // Two sign-ins, two different tokens.
    const d = new Client();
    await d.loginOk(DEMO.member1, DEMO_PASSWORD);
    assert.notEqual(d.session, c.session);
  });

  test('a cookie planted before sign-in is not the one after it (fixation)', async () => {
    const c = new Client();
    const planted = randomBytes(32).toString('base64url');
    assert.equal(planted.length, 43);
    c.setCookie('kp_session', planted);
    const page = await c.get('/login');
    assert.equal(page.status, 200, 'an unknown session token is simply not signed in');
    c.setCookie('kp_session', planted); // the attacker's cookie stays in the browser
    const r = await c.submit('/login', '/login', { email: DEMO.member1, password: DEMO_PASSWORD });
    assert.equal(r.status, 303, show(r));
    const issued = r.cookie('kp_session');
    assert.ok(issued, 'a new cookie is set at sign-in');
    assert.notEqual(issued.value, planted);
    // The planted value is still no session.
    const attacker = new Client();
    attacker.setCookie('kp_session', planted);
    assert.equal((await attacker.get('/account')).status, 303);
  });

  test('a signed-in session that signs in again gets a new token; the old one dies', async () => {
    const c = new Client();
    await c.loginOk(DEMO.member1, DEMO_PASSWORD);
    const old = c.clone();
    const r = await c.login(DEMO.member1, DEMO_PASSWORD);
    assert.equal(r.status, 303, show(r));
    assert.notEqual(c.session, old.session);
    assert.equal((await c.get('/account')).status, 200);
    assert.equal((await old.get('/account')).status, 303, 'the previous token is dead');
  });

  test('malformed session cookies are ignored, not errors', async () => {
    for (const value of ['x', 'A'.repeat(44), '../../etc/passwd', '%00', 'ä'.repeat(43), '"' + 'A'.repeat(43) + '"']) {
      const c = new Client();
      const r = await c.get('/account', { headers: { cookie: `kp_session=${encodeURIComponent(value)}` } });
      assert.equal(r.status, 303, `cookie ${value}: ${show(r)}`);
      assert.equal(r.location, '/login?next=/account');
    }
    const r = await new Client().get('/login', { headers: { cookie: 'kp_session=' + 'A'.repeat(5000) } });
    assert.ok([200, 400].includes(r.status), `a huge cookie: ${show(r)}`);
  });

  test('after sign-out the old cookie is dead', async () => {
    const c = new Client();
    await c.loginOk(DEMO.member2, DEMO_PASSWORD);
    const stolen = c.clone();
    const r = await c.logout();
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, '/login');
    const cleared = r.cookie('kp_session');
    assert.ok(cleared && (cleared.value === '' || cleared.attrs['max-age'] === '0'), 'the cookie is cleared');
    const g = await stolen.get('/account');
    assert.equal(g.status, 303);
    assert.equal(g.location, '/login?next=/account');
    // The sign-in page says so (flash "SignedOut").
    const l = await c.get('/login');
    assert.match(mainText(l.text), /Sie sind (jetzt )?abgemeldet/, 'a signed-out message on the next page');
  });

  test('sign-out from a page whose session has ended meanwhile is not an error', async () => {
    const c = new Client();
    await c.loginOk(DEMO.member2, DEMO_PASSWORD);
    const token = await c.csrf('/account'); // the page stays open …
    const other = c.clone();
    await other.logout(); // … while the session ends elsewhere
    const r = await c.post('/logout', { csrf: token });
    assert.equal(r.status, 303, `a stale sign-out button: ${show(r)}`);
    assert.equal(r.location, '/login');
  });

  test('sign-out while signed out is harmless', async () => {
    const c = new Client();
    const r = await c.submit('/login', '/logout', {});
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, '/login');
  });

  test('after kpctl user suspend the old cookie is dead and sign-in is refused', async () => {
    const u = await inviteUser({ name: 'Wird Gesperrt' });
    const second = new Client();
    await second.loginOk(u.email, u.password);
    kpctlOk('user', 'suspend', u.email);
    assert.equal((await u.client.get('/account')).status, 303, 'session 1 dead');
    assert.equal((await second.get('/account')).status, 303, 'session 2 dead');
    const r = await new Client().login(u.email, u.password);
    assert.equal(r.status, 422, show(r));
  });

  test('after a password change the other sessions are dead, the current one lives', async () => {
    const u = await inviteUser({ name: 'Passwort Wechsel' });
    const b = new Client();
    await b.loginOk(u.email, u.password);
    const c2 = new Client();
    await c2.loginOk(u.email, u.password);
    const next = newPassword();
    const r = await u.client.submit('/account', '/account/password', { current_password: u.password, password: next, password2: next });
    assert.equal(r.status, 303, show(r));
    assert.equal((await u.client.get('/account')).status, 200, 'current session lives');
    assert.equal((await b.get('/account')).status, 303, 'other session dead');
    assert.equal((await c2.get('/account')).status, 303, 'third session dead');
    const list = await u.client.get('/account');
    assert.equal(sessionIds(list.text).length, 0, 'only the current session is listed');
  });

  test('a wrong current password changes nothing', async () => {
    const u = await inviteUser({ name: 'Falsch Aktuell' });
    const b = new Client();
    await b.loginOk(u.email, u.password);
    const next = newPassword();
    const r = await u.client.submit('/account', '/account/password', { current_password: 'Nicht-Richtig-123', password: next, password2: next });
    assert.equal(r.status, 422, show(r));
    assert.match(r.text, /id="e-current_password"/);
    assert.equal((await b.get('/account')).status, 200, 'the other session lives');
    assert.equal((await new Client().login(u.email, next)).status, 422);
    assert.equal((await new Client().login(u.email, u.password)).status, 303);
  });

  test('the session list shows every device; ending one kills that cookie only', async () => {
    const u = await inviteUser({ name: 'Geräte Liste' });
    const b = new Client({ headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' } });
    await b.loginOk(u.email, u.password);
    const c = new Client();
    await c.loginOk(u.email, u.password);
    const page = await u.client.get('/account');
    const ids = sessionIds(page.text);
    assert.equal(ids.length, 2, 'two other sessions listed with an end button');
    assert.match(mainText(page.text), /Firefox, Linux/);
    assert.match(mainText(page.text), /Dieses Gerät/);
    // Which id is b? b sees the other two; the one missing from b's list is b.
    const bIds = sessionIds((await b.get('/account')).text);
    const bId = ids.find((id) => !bIds.includes(id));
    assert.ok(bId, 'b’s own id found');
    const r = await u.client.submit('/account', `/account/sessions/${bId}/end`, {});
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, '/account');
    assert.equal((await b.get('/account')).status, 303, 'b is signed out');
    assert.equal((await c.get('/account')).status, 200, 'c lives');
    assert.equal((await u.client.get('/account')).status, 200, 'the current session lives');
    // Ending it again: it is gone.
    const again = await u.client.submit('/account', `/account/sessions/${bId}/end`, {});
    assert.equal(again.status, 404, show(again));
  });

  test('ending the own current session by id signs out', async () => {
    const u = await inviteUser({ name: 'Selbst Beenden' });
    const b = new Client();
    await b.loginOk(u.email, u.password);
    const bId = sessionIds((await u.client.get('/account')).text)[0];
    const r = await b.submit('/account', `/account/sessions/${bId}/end`, {});
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, '/login');
    assert.ok(!b.session, 'the cookie is cleared');
    assert.equal((await u.client.get('/account')).status, 200);
  });

  test('"sign out all other devices" ends every other session', async () => {
    const u = await inviteUser({ name: 'Alle Anderen' });
    const others = [new Client(), new Client(), new Client()];
    for (const o of others) await o.loginOk(u.email, u.password);
    const page = await u.client.get('/account');
    assert.match(page.text, /action="\/account\/sessions\/end-others"/);
    const r = await u.client.submit('/account', '/account/sessions/end-others', {});
    assert.equal(r.status, 303, show(r));
    for (const o of others) assert.equal((await o.get('/account')).status, 303);
    assert.equal((await u.client.get('/account')).status, 200);
  });

  test('ending another user’s session id → 404, and that session still works', async () => {
    const victim = await inviteUser({ name: 'Fremde Sitzung' });
    const v2 = new Client();
    await v2.loginOk(victim.email, victim.password);
    const victimId = sessionIds((await victim.client.get('/account')).text)[0];
    assert.ok(victimId);
    const attacker = await inviteUser({ name: 'Angreifer Person' });
    const r = await attacker.client.submit('/account', `/account/sessions/${victimId}/end`, {});
    assert.equal(r.status, 404, show(r));
    assert.equal((await v2.get('/account')).status, 200, 'the victim’s session lives');
    // Not found and not yours look the same.
    const missing = await attacker.client.submit('/account', '/account/sessions/999999999/end', {});
    assert.equal(missing.status, 404);
    assert.equal(mainText(missing.text), mainText(r.text));
    for (const id of ['0', '-1', 'abc', '1e3', '00' + victimId]) {
      const x = await attacker.client.submit('/account', `/account/sessions/${id}/end`, {});
      assert.ok([404, 405].includes(x.status), `id ${id}: ${show(x)}`);
    }
    assert.equal((await v2.get('/account')).status, 200, 'still alive');
  });

  test('the user agent shown in the session list is escaped', async () => {
    const u = await inviteUser({ name: 'Agent Escape' });
    const evil = new Client({ headers: { 'user-agent': '<script>alert(1)</script>' } });
    await evil.loginOk(u.email, u.password);
    const page = await u.client.get('/account');
    assert.ok(!page.text.includes('<script>alert(1)</script>'));
    assert.ok(page.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});

test('signed out on a page with a query: signing in leads back to it, query and all', async () => {
  const c = new Client();
  const path = '/people?q=M%C3%BCller&page=1';
  const r = await c.get(path);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/login?next=/people%3F${encodeURIComponent('q=M%C3%BCller&page=1')}`);
  const form = await c.get(r.location);
  const next = inputValue(form.text, 'next').replaceAll('&amp;', '&');
  assert.equal(next, path, 'the login form carries the page back');
  const done = await c.login(DEMO.member1, DEMO_PASSWORD, { next });
  assert.equal(done.status, 303, show(done));
  assert.equal(done.location, path);
  // A query too long for the form's field: back to the page alone.
  const long = await new Client().get(`/people?q=${'a'.repeat(700)}`);
  assert.equal(long.location, '/login?next=/people');
});
