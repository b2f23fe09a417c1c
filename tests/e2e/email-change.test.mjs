// Changing the e-mail address: the new address gets a link; only when it is
// confirmed does the new address count (sign-in), the old one stops.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client,
  DEMO,
  csrfFrom,
  h1,
  inputValue,
  inviteUser,
  inviteUsers,
  linkPath,
  linksIn,
  mailSnapshot,
  mailsSince,
  mainText,
  show,
  sleep,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

// The tests below use their own accounts (or only read demo accounts):
// they run side by side, so their waits for mail overlap.
describe('e-mail change', { concurrency: true }, () => {
  test('e-mail change: link to the new address, confirm, sign in with it', async (t) => {
    const u = await inviteUser({ name: 'Wechsel Adresse' });
    const c = u.client;
    const newEmail = uniqueEmail('new');
    let path;

    await t.test('POST /account/email → 303, the address is pending', async () => {
      const r = await c.submit('/account', '/account/email', { new_email: newEmail, email_password: u.password });
      assert.equal(r.status, 303, show(r));
      assert.equal(r.location, '/account');
      const a = await c.get('/account');
      assert.match(mainText(a.text), /Wir haben einen Link an die neue Adresse geschickt/);
      assert.match(mainText(a.text), new RegExp(`Bestätigung ausstehend für ${newEmail.replace(/[.]/g, '\\.')}`));
      assert.match(mainText(a.text), new RegExp(`Ihre E-Mail-Adresse: ${u.email.replace(/[.]/g, '\\.')}`));
    });

    await t.test('until confirmed, the old address signs in and the new one does not', async () => {
      assert.equal((await new Client().login(newEmail, u.password)).status, 422);
      assert.equal((await new Client().login(u.email, u.password)).status, 303);
    });

    await t.test('the new address gets a /verify/ link', async () => {
      const mail = await waitForMail(newEmail);
      assert.equal(mail.subject, 'Bitte bestätigen Sie Ihre neue E-Mail-Adresse');
      path = linkPath(mail, '/verify/');
      assert.match(path, /^\/verify\/[A-Za-z0-9_-]{43}$/);
    });

    await t.test('GET of the link shows a confirm button and changes nothing', async () => {
      const anon = new Client();
      const r = await anon.get(path);
      assert.equal(r.status, 200, show(r));
      assert.ok(r.text.includes(newEmail));
      assert.ok(csrfFrom(r.text));
      assert.equal((await new Client().login(newEmail, u.password)).status, 422, 'not yet changed');
    });

    await t.test('POST confirms: 200 "new address confirmed"', async () => {
      const r = await new Client().submit('/login', path, {});
      assert.equal(r.status, 200, show(r));
      assert.equal(h1(r.text), 'Neue E-Mail-Adresse bestätigt');
    });

    await t.test('sign-in works with the new address, not with the old one', async () => {
      assert.equal((await new Client().login(newEmail, u.password)).status, 303);
      assert.equal((await new Client().login(u.email, u.password)).status, 422);
      const a = await c.get('/account');
      assert.equal(a.status, 200, 'the session that asked lives on');
      assert.match(mainText(a.text), new RegExp(`Ihre E-Mail-Adresse: ${newEmail.replace(/[.]/g, '\\.')}`));
      assert.doesNotMatch(mainText(a.text), /Bestätigung ausstehend/);
    });

    await t.test('the link is spent', async () => {
      const r = await new Client().submit('/login', path, {});
      assert.equal(r.status, 404, show(r));
    });

    await t.test('password reset now goes to the new address', async () => {
      const snap = mailSnapshot();
      await new Client().submit('/password/forgot', '/password/forgot', { email: newEmail });
      const mail = await waitForMail(newEmail, { filter: (m) => !snap.has(m.file) });
      assert.equal(mail.subject, 'Neues Passwort festlegen');
      assert.equal((await mailsSince(u.email, snap)).length, 0);
    });
  });

  test('e-mail change: wrong password → 422 at the password, address kept, no mail', async () => {
    const u = await inviteUser({ name: 'Falsches Passwort' });
    const newEmail = uniqueEmail('nope');
    const r = await u.client.submit('/account', '/account/email', { new_email: newEmail, email_password: 'Nicht-Das-Passwort' });
    assert.equal(r.status, 422, show(r));
    assert.match(r.text, /id="e-email_password"/);
    assert.equal(inputValue(r.text, 'new_email'), newEmail);
    assert.ok(!r.text.includes('Nicht-Das-Passwort'));
    const a = await u.client.get('/account');
    assert.doesNotMatch(mainText(a.text), /Bestätigung ausstehend/);
    assert.equal((await mailsSince(newEmail, new Set(), 2000)).length, 0, 'no mail to the new address');
  });

  test('e-mail change to an address in use: same answer, the owner gets a note, no link', async () => {
    const u = await inviteUser({ name: 'Adresse Besetzt' });
    const snap = mailSnapshot();
    const r = await u.client.submit('/account', '/account/email', { new_email: DEMO.member2, email_password: u.password });
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, '/account');
    const mail = await waitForMail(DEMO.member2, { filter: (m) => !snap.has(m.file) });
    assert.ok(!linksIn(mail.body).some((l) => l.includes('/verify/')), 'no confirmation link for a taken address');
    // Nothing changed for either account.
    assert.equal((await new Client().login(u.email, u.password)).status, 303);
    assert.equal((await new Client().login(DEMO.member2, 'Demo-Passwort-2026')).status, 303);
  });

  test('a second change request makes the first link useless', async () => {
    const u = await inviteUser({ name: 'Zwei Anfragen' });
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    let r = await u.client.submit('/account', '/account/email', { new_email: first, email_password: u.password });
    assert.equal(r.status, 303, show(r));
    const firstPath = linkPath(await waitForMail(first), '/verify/');
    r = await u.client.submit('/account', '/account/email', { new_email: second, email_password: u.password });
    assert.equal(r.status, 303, show(r));
    const secondPath = linkPath(await waitForMail(second), '/verify/');
    r = await new Client().submit('/login', firstPath, {});
    assert.equal(r.status, 404, `first link: ${show(r)}`);
    assert.equal((await new Client().login(first, u.password)).status, 422);
    r = await new Client().submit('/login', secondPath, {});
    assert.equal(r.status, 200, `second link: ${show(r)}`);
    assert.equal((await new Client().login(second, u.password)).status, 303);
  });

  test('the new address is normalised (case, blanks) before it is used', async () => {
    const u = await inviteUser({ name: 'Gross Klein' });
    const target = uniqueEmail('norm');
    const r = await u.client.submit('/account', '/account/email', {
      new_email: `  ${target.toUpperCase()} `,
      email_password: u.password,
    });
    assert.equal(r.status, 303, show(r));
    const path = linkPath(await waitForMail(target), '/verify/');
    assert.equal((await new Client().submit('/login', path, {})).status, 200);
    assert.equal((await new Client().login(target, u.password)).status, 303);
  });
});

test('many people asking for a change at the same moment: every request is answered, none deadlocks', async () => {
  const people = await inviteUsers(8, { name: 'Gleichzeitig Wechseln' });
  const tokens = await Promise.all(people.map((u) => u.client.csrf('/account')));
  for (let round = 0; round < 10; round++) {
    const answers = await Promise.all(
      people.map((u, i) => u.client.post('/account/email', { csrf: tokens[i], new_email: uniqueEmail(`par${round}`), email_password: u.password })),
    );
    assert.deepEqual(
      answers.map((r) => r.status),
      Array(people.length).fill(303),
      answers.map((r) => show(r).slice(0, 80)).join(' | '),
    );
    await sleep(600); // below the test stack's nginx limit for mail-sending forms (20/s)
  }
});
