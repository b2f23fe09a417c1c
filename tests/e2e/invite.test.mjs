// Invitations: kpctl user invite → mail → GET/POST /invite/TOKEN → signed in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client,
  DEMO,
  h1,
  inputValue,
  kpctl,
  kpctlOk,
  linkPath,
  mainText,
  newPassword,
  show,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

test('invitation: mail, form, account created and signed in, link single use', async (t) => {
  const email = uniqueEmail('invite');
  const name = 'Ahmad Karimi';
  const password = newPassword('i');
  const c = new Client();
  let path;

  await t.test('kpctl user invite mails a link of 43 characters', async () => {
    const out = kpctlOk('user', 'invite', email);
    assert.match(out.stdout, /invitation mailed/);
    const mail = await waitForMail(email);
    assert.equal(mail.subject, 'Einladung zu Netzwerk Integration');
    path = linkPath(mail, '/invite/');
    assert.match(path, /^\/invite\/[A-Za-z0-9_-]{43}$/);
  });

  await t.test('GET shows the invited address and the form', async () => {
    const r = await c.get(path);
    assert.equal(r.status, 200, show(r));
    assert.equal(h1(r.text), 'Einladung annehmen');
    assert.ok(r.text.includes(email));
    assert.ok(r.text.includes(`action="${path}"`));
    assert.ok(!c.session);
  });

  await t.test('errors → 422, name kept, passwords not', async () => {
    const r = await c.submit(path, path, { name, password: 'kurz', password2: 'kurz' });
    assert.equal(r.status, 422, show(r));
    assert.equal(inputValue(r.text, 'name'), name);
    assert.ok(r.text.includes(email), 'the address is still shown');
    assert.match(r.text, /id="e-password"/);
    assert.ok(!c.session, 'not signed in');
    const r2 = await c.submit(path, path, { name: '', password, password2: password });
    assert.equal(r2.status, 422);
    assert.match(r2.text, /id="e-name"/);
    assert.ok(!r2.text.includes(password), 'password not echoed');
  });

  await t.test('POST creates the account and signs in: 303 to /', async () => {
    const r = await c.submit(path, path, { name, password, password2: password });
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, '/');
    assert.match(c.session || '', /^[A-Za-z0-9_-]{43}$/);
  });

  await t.test('/account shows the name, the address and the welcome', async () => {
    const r = await c.get('/account');
    assert.equal(r.status, 200, show(r));
    assert.equal(inputValue(r.text, 'name'), name);
    assert.ok(r.text.includes(email));
    assert.match(mainText(r.text), /Willkommen!/);
    assert.match(r.text, new RegExp(`Angemeldet als <strong>${name}</strong>`));
  });

  await t.test('the link is spent: GET and POST → 404 "link not valid"', async () => {
    const other = new Client();
    let r = await other.get(path);
    assert.equal(r.status, 404, show(r));
    assert.equal(h1(r.text), 'Link nicht gültig');
    r = await other.submit('/login', path, { name: 'Jemand Anderes', password: newPassword(), password2: 'x' });
    assert.equal(r.status, 404, show(r));
    r = await other.submit('/login', path, { name: 'Jemand Anderes', password: 'Ganz-Anders-2026', password2: 'Ganz-Anders-2026' });
    assert.equal(r.status, 404, show(r));
    assert.ok(!other.session);
    // The account keeps the first password.
    assert.equal((await new Client().login(email, password)).status, 303);
    assert.equal((await new Client().login(email, 'Ganz-Anders-2026')).status, 422);
  });

  await t.test('inviting the address again is refused by kpctl', async () => {
    assert.notEqual(kpctl('user', 'invite', email).status, 0);
  });
});

test('kpctl refuses to invite an address that has an account or is not one', async () => {
  assert.notEqual(kpctl('user', 'invite', DEMO.member1).status, 0);
  assert.notEqual(kpctl('user', 'invite', DEMO.pending).status, 0);
  assert.notEqual(kpctl('user', 'invite', 'kein-at-zeichen').status, 0);
});

test('an invitation in English: mail and account language en', async () => {
  const email = uniqueEmail('invite-en');
  kpctlOk('user', 'invite', email, 'en');
  const mail = await waitForMail(email);
  assert.match(mail.subject, /Netzwerk Integration/);
  assert.doesNotMatch(mail.subject, /^Einladung/, `English subject: ${mail.subject}`);
  const path = linkPath(mail, '/invite/');
  const c = new Client({ headers: { 'accept-language': 'en' } });
  const form = await c.get(path);
  assert.equal(form.status, 200);
  assert.match(form.text, /<html lang="en">/);
  const pw = newPassword();
  const r = await c.submit(path, path, { name: 'Grace Mensah', password: pw, password2: pw });
  assert.equal(r.status, 303, show(r));
  // A German browser now still gets the account's language.
  const a = await c.get('/account', { headers: { 'accept-language': 'de' } });
  assert.match(a.text, /<html lang="en">/, 'the account was created with the language of the form');
});

test('an invitation opened by someone signed in replaces that session', async () => {
  const email = uniqueEmail('invite-switch');
  kpctlOk('user', 'invite', email);
  const path = linkPath(await waitForMail(email), '/invite/');
  const c = new Client();
  await c.loginOk(DEMO.member2, 'Demo-Passwort-2026');
  const before = c.clone();
  const pw = newPassword();
  const r = await c.submit(path, path, { name: 'Neue Person', password: pw, password2: pw });
  assert.equal(r.status, 303, show(r));
  const a = await c.get('/account');
  assert.equal(a.status, 200);
  assert.ok(a.text.includes(email), 'now signed in as the invited account');
  assert.ok(!a.text.includes(DEMO.member2));
  assert.equal((await before.get('/account')).status, 303, 'the earlier session ended');
});
