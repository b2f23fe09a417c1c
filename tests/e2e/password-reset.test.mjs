// Password reset: forgot → mail → reset form → new password; every session
// ends, the link is single use, and the forgot form tells nobody whether an
// address has an account.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client,
  DEMO,
  DEMO_PASSWORD,
  h1,
  inputValue,
  inviteUser,
  kpctlOk,
  linkPath,
  mailSnapshot,
  mailsSince,
  mainText,
  newPassword,
  normalisePage,
  show,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

// The tests below use their own accounts (or only read demo accounts):
// they run side by side, so their waits for mail overlap.
describe('password reset', { concurrency: true }, () => {
  test('reset: mail, form, new password, every session ended, link single use', async (t) => {
    const u = await inviteUser({ name: 'Reset Person' });
    const other = new Client();
    await other.loginOk(u.email, u.password);
    const anon = new Client();
    const next = newPassword('reset');
    let path, token;

    await t.test('forgot → 200 "check your inbox", mail with a /password/reset/ link', async () => {
      const r = await anon.submit('/password/forgot', '/password/forgot', { email: u.email });
      assert.equal(r.status, 200, show(r));
      assert.equal(h1(r.text), 'Bitte sehen Sie in Ihr Postfach');
      const mail = await waitForMail(u.email);
      assert.equal(mail.subject, 'Neues Passwort festlegen');
      path = linkPath(mail, '/password/reset/');
      assert.match(path, /^\/password\/reset\/[A-Za-z0-9_-]{43}$/);
      token = path.split('/').pop();
    });

    await t.test('GET shows the form with the token in a hidden field', async () => {
      const r = await anon.get(path);
      assert.equal(r.status, 200, show(r));
      assert.equal(inputValue(r.text, 'token'), token);
      assert.match(r.text, /action="\/password\/reset"/);
    });

    await t.test('a weak password → 422, token kept, link still usable', async () => {
      const r = await anon.submit(path, '/password/reset', { token, password: '1234567890', password2: '1234567890' });
      assert.equal(r.status, 422, show(r));
      assert.equal(inputValue(r.text, 'token'), token);
      assert.match(r.text, /id="e-password"/);
      const r2 = await anon.submit(path, '/password/reset', { token, password: next, password2: next + '!' });
      assert.equal(r2.status, 422, show(r2));
      assert.equal((await anon.get(path)).status, 200, 'not spent by a refused attempt');
    });

    await t.test('POST sets the password: 200 "password saved"', async () => {
      const r = await anon.submit(path, '/password/reset', { token, password: next, password2: next });
      assert.equal(r.status, 200, show(r));
      assert.equal(h1(r.text), 'Passwort gespeichert');
      assert.ok(!anon.session, 'a reset does not sign in');
    });

    await t.test('every session of the account has ended', async () => {
      assert.equal((await u.client.get('/account')).status, 303);
      assert.equal((await other.get('/account')).status, 303);
    });

    await t.test('the old password is refused, the new one works', async () => {
      assert.equal((await new Client().login(u.email, u.password)).status, 422);
      assert.equal((await new Client().login(u.email, next)).status, 303);
    });

    await t.test('the link is spent: GET and POST → 404 "link not valid"', async () => {
      const r = await anon.get(path);
      assert.equal(r.status, 404, show(r));
      assert.equal(h1(r.text), 'Link nicht gültig');
      assert.match(mainText(r.text), /nicht gültig/);
      const again = newPassword('again');
      const p = await anon.submit('/password/forgot', '/password/reset', { token, password: again, password2: again });
      assert.equal(p.status, 404, show(p));
      assert.equal((await new Client().login(u.email, again)).status, 422);
    });
  });

  test('forgot: unknown, pending, suspended and known addresses get the same page', async () => {
    const c = new Client();
    const pages = {};
    for (const [label, email] of [
      ['known', DEMO.member2],
      ['unknown', uniqueEmail('nobody')],
      ['pending', DEMO.pending],
      ['suspended', DEMO.suspended],
    ]) {
      const r = await c.submit('/password/forgot', '/password/forgot', { email });
      assert.equal(r.status, 200, `${label}: ${show(r)}`);
      pages[label] = normalisePage(r.text);
    }
    assert.equal(pages.unknown, pages.known);
    assert.equal(pages.pending, pages.known);
    assert.equal(pages.suspended, pages.known);
  });

  test('forgot: only active accounts get a link', async () => {
    const snap = mailSnapshot();
    const unknown = uniqueEmail('nobody');
    const c = new Client();
    for (const email of [unknown, DEMO.pending, DEMO.suspended])
      assert.equal((await c.submit('/password/forgot', '/password/forgot', { email })).status, 200);
    await new Promise((r) => setTimeout(r, 2500));
    for (const email of [unknown, DEMO.pending, DEMO.suspended]) {
      const mails = await mailsSince(email, snap);
      assert.deepEqual(
        mails.map((m) => m.subject),
        [],
        `no reset mail to ${email}`,
      );
    }
  });

  test('forgot twice within minutes: one mail only (no mail flood)', async () => {
    const u = await inviteUser({ name: 'Flut Schutz' });
    const c = new Client();
    const snap = mailSnapshot();
    for (let i = 0; i < 3; i++) {
      const r = await c.submit('/password/forgot', '/password/forgot', { email: u.email });
      assert.equal(r.status, 200);
    }
    await waitForMail(u.email, { filter: (m) => !snap.has(m.file) });
    const all = await mailsSince(u.email, snap, 2500);
    assert.equal(all.length, 1, `one reset mail, got ${all.length}`);
  });

  test('a reset link dies when the password is changed in the settings', async () => {
    const u = await inviteUser({ name: 'Link Stirbt' });
    const anon = new Client();
    await anon.submit('/password/forgot', '/password/forgot', { email: u.email });
    const path = linkPath(await waitForMail(u.email), '/password/reset/');
    const next = newPassword('s');
    const r = await u.client.submit('/account', '/account/password', { current_password: u.password, password: next, password2: next });
    assert.equal(r.status, 303, show(r));
    const g = await anon.get(path);
    assert.equal(g.status, 404, `the reset link is spent: ${show(g)}`);
  });

  test('a reset token of another kind or a made-up one is refused', async () => {
    const email = uniqueEmail('kind');
    kpctlOk('user', 'invite', email);
    const invitePath = linkPath(await waitForMail(email), '/invite/');
    const inviteToken = invitePath.split('/').pop();
    const c = new Client();
    const pw = newPassword();
    for (const token of [inviteToken, 'x'.repeat(43), '', 'a'.repeat(64)]) {
      const r = await c.submit('/password/forgot', '/password/reset', { token, password: pw, password2: pw });
      assert.ok([400, 404].includes(r.status), `token ${token.slice(0, 8)}…: ${show(r)}`);
    }
    assert.equal((await c.get(`/password/reset/${inviteToken}`)).status, 404);
    // The invitation still works.
    assert.equal((await c.get(invitePath)).status, 200);
    // And a demo account was not touched.
    assert.equal((await new Client().login(DEMO.member2, DEMO_PASSWORD)).status, 303);
  });

  test('the reset mail speaks the account’s language', async () => {
    const u = await inviteUser({ name: 'English Reader' });
    const r = await u.client.submit('/account', '/account/profile', { name: 'English Reader', lang: 'en' });
    assert.equal(r.status, 303, show(r));
    // The browser asks for German; the mail follows the account.
    const f = await new Client().submit('/password/forgot', '/password/forgot', { email: u.email });
    assert.equal(f.status, 200);
    const mail = await waitForMail(u.email);
    assert.equal(mail.subject, 'Set a new password');
    assert.match(mail.body, /English Reader/);
  });

  test('suspension spends the account’s open links (reset, e-mail change)', async () => {
    const u = await inviteUser({ name: 'Gesperrt Mit Link' });
    await new Client().submit('/password/forgot', '/password/forgot', { email: u.email });
    const resetPath = linkPath(await waitForMail(u.email), '/password/reset/');
    const target = uniqueEmail('susp-change');
    const r = await u.client.submit('/account', '/account/email', { new_email: target, email_password: u.password });
    assert.equal(r.status, 303, show(r));
    const changePath = linkPath(await waitForMail(target), '/verify/');
    kpctlOk('user', 'suspend', u.email);
    assert.equal((await new Client().get(resetPath)).status, 404, 'reset link spent');
    const pw = newPassword();
    const p = await new Client().submit('/password/forgot', '/password/reset', { token: resetPath.split('/').pop(), password: pw, password2: pw });
    assert.equal(p.status, 404, show(p));
    const v = await new Client().submit('/login', changePath, {});
    assert.equal(v.status, 404, `e-mail change link spent: ${show(v)}`);
    assert.equal((await new Client().login(target, u.password)).status, 422);
  });
});
