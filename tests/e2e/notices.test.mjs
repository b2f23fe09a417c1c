// Security notices: when the password or the e-mail address of an account
// changes (or is about to), the account's own address hears of it, with
// a way to take the account back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, inviteUser, linkPath, newPassword, uniqueEmail, waitForMail } from './lib.mjs';

test('a password change is reported to the account address', async () => {
  const u = await inviteUser({ name: 'Nora Hinweis' });
  const pw = newPassword('notice');
  const r = await u.client.submit('/account', '/account/password', { current_password: u.password, password: pw, password2: pw });
  assert.equal(r.status, 303);
  const mail = await waitForMail(u.email, { filter: (m) => /Passwort wurde geändert/.test(m.subject) });
  assert.match(mail.body, /Nora Hinweis/);
  assert.equal(linkPath(mail, '/password/forgot'), '/password/forgot');
});

test('a requested address change is reported to the current address, which stays valid', async () => {
  const u = await inviteUser({ name: 'Omar Hinweis' });
  const next = uniqueEmail('notice-new');
  const r = await u.client.submit('/account', '/account/email', { new_email: next, email_password: u.password });
  assert.equal(r.status, 303);
  const notice = await waitForMail(u.email, { filter: (m) => /E-Mail-Adresse soll geändert werden/.test(m.subject) });
  assert.match(notice.body, /Omar Hinweis/);
  assert.ok(!notice.body.includes(next), 'the notice does not repeat the new address');
  await waitForMail(next); // the confirmation link goes to the new one
  await new Client().loginOk(u.email, u.password); // unchanged until confirmed
});

test('a password reset by mail is reported too', async () => {
  const u = await inviteUser({ name: 'Paula Hinweis' });
  const c = new Client();
  await c.submit('/password/forgot', '/password/forgot', { email: u.email });
  const link = linkPath(await waitForMail(u.email, { filter: (m) => /\/password\/reset\//.test(m.body) }), '/password/reset/');
  const token = link.split('/').pop();
  const pw = newPassword('reset');
  const r = await c.submit(link, '/password/reset', { token, password: pw, password2: pw });
  assert.equal(r.status, 200);
  const mail = await waitForMail(u.email, { filter: (m) => /Passwort wurde geändert/.test(m.subject) });
  assert.match(mail.body, /Paula Hinweis/);
});
