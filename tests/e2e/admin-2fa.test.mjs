// The admin pages' gate (issue 8): only site admins (and, for the second
// factor's own pages, moderators) find /admin; a session opens it only
// after a TOTP or recovery code was given in it; codes are computed here
// (admin-lib.mjs, RFC 6238) and a used code is refused when replayed. Also
// the audit log: sign-ins and second-factor events are in it, and the
// application's database user cannot change or delete an entry.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, DEMO_PASSWORD, demoClient, kpctl, show } from './lib.mjs';
import { adminClient, auditOf, lit, newStaff, nowStep, recoveryCodesFrom, secretFrom, setupTwoFactor, sql, totp } from './admin-lib.mjs';

const ADMIN_GETS = ['/admin', '/admin/users', '/admin/users/pending', '/admin/users/invite', '/admin/users/1', '/admin/users/export.csv', '/admin/settings', '/admin/legal/impressum', '/admin/audit'];

describe('admin gate and second factor', () => {
  test('signed out, /admin asks for a sign-in; members and moderators find nothing (404)', async () => {
    const anon = await new Client().get('/admin');
    assert.equal(anon.status, 303, show(anon));
    assert.match(anon.location, /^\/login/);
    const member = await demoClient(DEMO.member1);
    const mod = await demoClient(DEMO.moderator);
    for (const path of ADMIN_GETS) {
      assert.equal((await member.get(path)).status, 404, `member GET ${path}`);
      assert.equal((await mod.get(path)).status, 404, `moderator GET ${path}`);
    }
    // The second factor's pages are the staff's only: a member gets 404.
    assert.equal((await member.get('/admin/2fa/setup')).status, 404);
    assert.equal((await member.get('/admin/2fa/verify')).status, 404);
    assert.equal((await member.submit('/account', '/admin/2fa/verify', { code: '123456' })).status, 404);
  });

  test('an admin without a second factor is sent to set one up, and nothing else opens', async () => {
    const { client } = await newStaff();
    const r = await client.get('/admin');
    assert.equal(r.status, 303);
    assert.equal(r.location, '/admin/2fa/verify');
    assert.equal((await client.get('/admin/2fa/verify')).location, '/admin/2fa/setup');
    for (const path of ADMIN_GETS) assert.equal((await client.get(path)).location, '/admin/2fa/verify', path);
    // A POST changes nothing either.
    const before = sql("SELECT value FROM site_settings WHERE name = 'registration'")[0][0];
    const p = await client.submit('/account', '/admin/settings', { contact: '', groups_create: 'admins', registration: 'invite' });
    assert.equal(p.status, 303);
    assert.equal(p.location, '/admin/2fa/verify');
    assert.equal(sql("SELECT value FROM site_settings WHERE name = 'registration'")[0][0], before);
  });

  test('set-up: QR code as SVG, a wrong code refused, the right one gives ten recovery codes once', async () => {
    const staff = await newStaff();
    const { client } = staff;
    const page = await client.get('/admin/2fa/setup');
    assert.equal(page.status, 200);
    assert.match(page.text, /<svg [^>]*viewBox="0 0 (\d+) \1"[^>]*role="img"/);
    assert.match(page.text, /<path d="(M\d+ \d+h1v1h-1z)+" fill="#000"\/>/);
    const secret = secretFrom(page.text);
    assert.equal(secret.length, 32, '160-bit secret');
    // The same secret again until it is confirmed (a reload, a second tab).
    assert.equal(secretFrom((await client.get('/admin/2fa/setup')).text), secret);
    const wrong = await client.submit('/admin/2fa/setup', '/admin/2fa/setup', { code: totp(secret, nowStep() + 5) });
    assert.equal(wrong.status, 422);
    assert.match(wrong.text, /Dieser Code stimmt nicht/);
    assert.equal((await client.get('/admin')).status, 303, 'still closed');
    const step = nowStep();
    const ok = await client.submit('/admin/2fa/setup', '/admin/2fa/setup', { code: totp(secret, step) });
    assert.equal(ok.status, 200, show(ok));
    const codes = recoveryCodesFrom(ok.text);
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    // The secret is stored sealed (AES-GCM under a key from Site.Secret).
    const sealed = sql(`SELECT secret FROM user_totp WHERE user_id = ${staff.id}`)[0][0];
    assert.match(sealed, /^v1\.[A-Za-z0-9_-]{80}$/);
    assert.ok(!sealed.includes(secret));
    // Recovery codes: stored hashed only.
    const stored = sql(`SELECT code_hash FROM user_recovery_codes WHERE user_id = ${staff.id}`).map((r) => r[0]);
    assert.equal(stored.length, 10);
    for (const c of codes) assert.ok(!stored.includes(c) && !stored.includes(c.replace('-', '')));
    assert.equal((await client.get('/admin')).status, 200, 'this session is verified');
    // Set up once: the page now leads to the verification (no second secret).
    const again = await client.get('/admin/2fa/setup');
    assert.equal(again.status, 303);
    assert.equal(again.location, '/admin/2fa/verify');
    assert.equal((await client.get('/admin/2fa/verify')).location, '/admin');
    assert.equal(auditOf('admin.2fa.enabled')[0].target, staff.id);
  });

  test('every new session asks again; a used code is refused, the next one is accepted', async () => {
    const staff = await adminClient();
    const { secret, step } = staff.twofa;
    const c2 = new Client();
    await c2.loginOk(staff.email, staff.password);
    assert.equal((await c2.get('/admin')).location, '/admin/2fa/verify', 'a new sign-in starts unverified');
    const page = await c2.get('/admin/2fa/verify');
    assert.equal(page.status, 200);
    // The set-up's own code, replayed: refused.
    const replay = await c2.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: totp(secret, step) });
    assert.equal(replay.status, 422, show(replay));
    assert.equal((await c2.get('/admin')).status, 303);
    const fail = auditOf('admin.2fa.failed')[0];
    assert.equal(fail.target, staff.id);
    assert.equal(fail.detail, 'totp');
    // A later step's code (the window allows one step ahead): accepted.
    const ok = await c2.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: totp(secret, step + 1) });
    assert.equal(ok.status, 303, show(ok));
    assert.equal(ok.location, '/admin');
    assert.equal((await c2.get('/admin')).status, 200);
    // The same code in a third session: refused (its step is used now).
    const c3 = new Client();
    await c3.loginOk(staff.email, staff.password);
    const again = await c3.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: totp(secret, step + 1) });
    assert.equal(again.status, 422);
    // Garbage is refused the same way, with a message at the field.
    const junk = await c3.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: 'abc<>' });
    assert.equal(junk.status, 422);
    assert.match(junk.text, /id="e-code"/);
  });

  test("a sealed secret copied into another user's row opens nothing", async () => {
    const a = await adminClient();
    const b = await adminClient();
    sql(`UPDATE user_totp t JOIN user_totp s ON s.user_id = ${a.id} SET t.secret = s.secret, t.last_step = 0 WHERE t.user_id = ${b.id}`);
    const c = new Client();
    await c.loginOk(b.email, b.password);
    const step = nowStep() + 1;
    const withA = await c.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: totp(a.twofa.secret, step) });
    assert.equal(withA.status, 422, "A's codes do not open B's session");
    const withB = await c.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: totp(b.twofa.secret, step) });
    assert.equal(withB.status, 422, "nor B's own: the row is unreadable for B");
    // Recovery codes still work, and a reset brings a fresh factor.
    const rec = await c.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: b.twofa.codes[0] });
    assert.equal(rec.status, 303);
  });

  test('a recovery code works once, typed in any case and with or without the dash', async () => {
    const staff = await adminClient();
    const code = staff.twofa.codes[3];
    const c2 = new Client();
    await c2.loginOk(staff.email, staff.password);
    const r = await c2.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: ` ${code.toUpperCase()} ` });
    assert.equal(r.status, 303, show(r));
    assert.equal((await c2.get('/admin')).status, 200);
    assert.equal(auditOf('admin.2fa.verified')[0].detail, 'recovery');
    const c3 = new Client();
    await c3.loginOk(staff.email, staff.password);
    const again = await c3.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: code.replace('-', '') });
    assert.equal(again.status, 422, 'used before');
    const other = await c3.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: staff.twofa.codes[4] });
    assert.equal(other.status, 303);
  });

  test('moderators set up a second factor too, but the admin pages stay 404 for them', async () => {
    const mod = await adminClient({ role: 'moderator' });
    assert.equal(mod.twofa.codes.length, 10);
    assert.equal((await mod.client.get('/admin')).status, 404);
    assert.equal((await mod.client.get('/admin/users')).status, 404);
  });

  test('another admin resets a lost second factor: sessions end, a new one is set up', async () => {
    const a = await adminClient();
    const b = await adminClient();
    const self = await a.client.submit(`/admin/users/${a.id}`, `/admin/users/${a.id}/reset-2fa`);
    assert.equal(self.status, 303);
    assert.equal(sql(`SELECT COUNT(*) FROM user_totp WHERE user_id = ${a.id}`)[0][0], '1', 'not one\'s own');
    const r = await a.client.submit(`/admin/users/${b.id}`, `/admin/users/${b.id}/reset-2fa`);
    assert.equal(r.status, 303, show(r));
    assert.equal(sql(`SELECT COUNT(*) FROM user_totp WHERE user_id = ${b.id}`)[0][0], '0');
    assert.equal(sql(`SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = ${b.id}`)[0][0], '0');
    assert.equal((await b.client.get('/admin')).status, 303, 'the old session is gone');
    assert.equal(auditOf('admin.2fa.reset')[0].target, b.id);
    const again = new Client();
    await again.loginOk(b.email, b.password);
    assert.equal((await again.get('/admin/2fa/verify')).location, '/admin/2fa/setup');
    const fresh = await setupTwoFactor(again);
    assert.notEqual(fresh.secret, b.twofa.secret);
    const member = await demoClient(DEMO.member1);
    assert.equal((await member.submit('/account', `/admin/users/${b.id}/reset-2fa`)).status, 404);
  });

  test('the operator resets the last admin\'s second factor (kpctl user reset-2fa)', async () => {
    const a = await adminClient();
    const r = kpctl('user', 'reset-2fa', a.email);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /second factor removed/);
    assert.equal(sql(`SELECT COUNT(*) FROM user_totp WHERE user_id = ${a.id}`)[0][0], '0');
    assert.equal(sql(`SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = ${a.id}`)[0][0], '0');
    assert.equal((await a.client.get('/admin')).status, 303, 'sessions ended');
    const e = auditOf('admin.2fa.reset')[0];
    assert.equal(e.target, a.id);
    assert.equal(e.ip, 'kpctl');
    assert.notEqual(kpctl('user', 'reset-2fa', 'niemand@example.org').status, 0);
  });

  test('wrong codes count as failed sign-ins: the account is throttled', async () => {
    const staff = await newStaff();
    const { client } = staff;
    await setupTwoFactor(client);
    const c2 = new Client();
    await c2.loginOk(staff.email, staff.password);
    let last;
    for (let i = 0; i < 30; i++) {
      last = await c2.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: String(100000 + i) });
      if (last.status === 429) break;
      assert.equal(last.status, 422);
    }
    assert.equal(last.status, 429, 'throttled before 30 tries');
    assert.ok(Number(last.headers.get('retry-after')) > 0);
    // Signing in again with the (stolen) password does not wipe the count
    // of wrong codes: the next code is refused without being tried.
    const c3 = new Client();
    await c3.loginOk(staff.email, staff.password);
    const again = await c3.submit('/admin/2fa/verify', '/admin/2fa/verify', { code: '123456' });
    assert.equal(again.status, 429, 'still throttled after a new sign-in');
  });
});

describe('CSRF on admin POSTs', () => {
  test('a verified admin session without the token, or from another origin, changes nothing (403)', async () => {
    const staff = await adminClient();
    const before = sql("SELECT CONCAT('=', value) FROM site_settings WHERE name = 'registration'")[0][0];
    const fields = { site_name: 'Netzwerk Integration', contact: '', groups_create: 'members', registration: 'invite' };
    const none = await staff.client.post('/admin/settings', fields);
    assert.equal(none.status, 403, show(none));
    const csrf = /name="csrf" value="([^"]+)"/.exec((await staff.client.get('/admin/settings')).text)[1];
    const foreign = await staff.client.post('/admin/settings', { csrf, ...fields }, { headers: { origin: 'https://evil.example' } });
    assert.equal(foreign.status, 403);
    const other = await demoClient(DEMO.member1);
    const stolen = await staff.client.post('/admin/settings', { csrf: /name="csrf" value="([^"]+)"/.exec((await other.get('/account')).text)[1], ...fields });
    assert.equal(stolen.status, 403, "another session's token");
    assert.equal(sql("SELECT CONCAT('=', value) FROM site_settings WHERE name = 'registration'")[0][0], before);
  });
});

describe('audit log', () => {
  test('sign-in successes and failures are logged, without the typed address', async () => {
    const c = new Client();
    const wrong = await c.login(DEMO.member2, 'not-the-password-123');
    assert.equal(wrong.status, 422);
    const id = Number(sql(`SELECT id FROM users WHERE email = ${lit(DEMO.member2)}`)[0][0]);
    const failed = auditOf('account.login_failed');
    assert.ok(failed.some((e) => e.target === id && e.actor === null && e.detail === null && e.ip === '127.0.0.1'));
    await c.loginOk(DEMO.member2, DEMO_PASSWORD);
    const ok = auditOf('account.login')[0];
    assert.equal(ok.actor, id);
    assert.equal(ok.target, id);
    // An unknown address: logged, with no target.
    await new Client().login('niemand-hier@example.org', 'irgendein-Passwort-1');
    assert.ok(auditOf('account.login_failed').some((e) => e.target === null));
  });

  test('the application user can neither delete nor change an entry', async () => {
    const [[id, action]] = sql('SELECT id, action FROM audit_log ORDER BY id DESC LIMIT 1');
    assert.throws(() => sql(`DELETE FROM audit_log WHERE id = ${id}`), /append-only/);
    assert.throws(() => sql(`UPDATE audit_log SET action = 'x' WHERE id = ${id}`), /append-only/);
    assert.throws(() => sql('DELETE FROM audit_log'), /append-only/);
    assert.equal(sql(`SELECT action FROM audit_log WHERE id = ${id}`)[0][0], action);
    // Nor drop the rule: kp_app holds no TRIGGER or DROP right.
    assert.throws(() => sql('DROP TRIGGER audit_log_no_delete'), /denied/);
  });
});
