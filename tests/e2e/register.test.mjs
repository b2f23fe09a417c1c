// Registration with e-mail confirmation and approval: register → mail →
// confirm page (GET) → confirm (POST) → waiting for approval (sign-in
// refused like a wrong password) → kpctl user approve → mail → sign-in →
// password change. Plus the password policy and addresses that already
// have an account.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client,
  DEMO,
  DEMO_PASSWORD,
  csrfFrom,
  h1,
  inputValue,
  kpctl,
  kpctlOk,
  linkPath,
  linksIn,
  mailSnapshot,
  mailsSince,
  mainText,
  newPassword,
  normalisePage,
  registerUser,
  show,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

const LOGIN_FAILED = /E-Mail-Adresse oder Passwort sind nicht richtig/;

// The tests below use their own accounts (or only read demo accounts):
// they run side by side, so their waits for mail overlap.
describe('registration', { concurrency: true }, () => {
  test('registration, confirmation, approval, sign-in, password change', async (t) => {
    const c = new Client();
    const email = uniqueEmail('journey');
    const name = 'Fatma Yılmaz';
    const password = newPassword('r');
    let verifyPath;

    await t.test('POST /register answers with the "check your mail" page', async () => {
      const r = await c.submit('/register', '/register', { name, email, password, password2: password });
      assert.equal(r.status, 200, show(r));
      assert.equal(h1(r.text), 'Bitte bestätigen Sie Ihre E-Mail-Adresse');
      assert.ok(!c.session, 'registering does not sign in');
    });

    await t.test('a confirmation mail arrives with a /verify/ link of 43 characters', async () => {
      const mail = await waitForMail(email);
      assert.equal(mail.subject, 'Bitte bestätigen Sie Ihre E-Mail-Adresse');
      // The address is not confirmed yet: no words a stranger typed.
      assert.ok(!mail.body.includes(name), 'the mail does not repeat the typed name');
      verifyPath = linkPath(mail, '/verify/');
      assert.match(verifyPath, /^\/verify\/[A-Za-z0-9_-]{43}$/, 'a 256-bit token');
    });

    await t.test('before confirming, sign-in is refused like a wrong password', async () => {
      const r = await new Client().login(email, password);
      assert.equal(r.status, 422, show(r));
      assert.match(mainText(r.text), LOGIN_FAILED);
    });

    await t.test('GET of the link shows the address and a confirm button, confirms nothing', async () => {
      const r = await c.get(verifyPath);
      assert.equal(r.status, 200, show(r));
      assert.ok(r.text.includes(email), 'the address being confirmed is shown');
      assert.match(r.text, new RegExp(`<form[^>]*method="post"[^>]*action="${verifyPath}"`));
      assert.ok(csrfFrom(r.text), 'the form carries a csrf token');
      assert.match(r.text, /<button[^>]*type="submit"/);
      // A second GET (a mail scanner) still finds the link unused.
      const again = await new Client().get(verifyPath);
      assert.equal(again.status, 200, `second GET: ${show(again)}`);
    });

    await t.test('POST confirms; the account now waits for approval', async () => {
      const r = await c.submit('/login', verifyPath, {});
      assert.equal(r.status, 200, show(r));
      assert.equal(h1(r.text), 'E-Mail-Adresse bestätigt');
    });

    await t.test('the link is spent: GET and POST say "link not valid" (404)', async () => {
      let r = await c.get(verifyPath);
      assert.equal(r.status, 404, show(r));
      assert.equal(h1(r.text), 'Link nicht gültig');
      r = await c.submit('/login', verifyPath, {});
      assert.equal(r.status, 404, show(r));
    });

    await t.test('pending: sign-in refused with the same answer as a wrong password', async () => {
      const pending = await new Client().login(email, password);
      const wrong = await new Client().login(email, password + 'x');
      assert.equal(pending.status, 422);
      assert.equal(wrong.status, 422);
      assert.equal(normalisePage(pending.text), normalisePage(wrong.text));
    });

    await t.test('kpctl user approve sends the approval mail with a sign-in link', async () => {
      const out = kpctlOk('user', 'approve', email);
      assert.match(out.stdout, /approved/);
      const mail = await waitForMail(email);
      assert.equal(mail.subject, 'Ihr Konto ist freigeschaltet');
      assert.ok(linksIn(mail.body).some((l) => l.endsWith('/login')), 'a link to /login');
      // Approving twice is refused.
      assert.notEqual(kpctl('user', 'approve', email).status, 0);
    });

    await t.test('sign-in works and leads to /; /account shows name and address', async () => {
      const r = await c.login(email, password);
      assert.equal(r.status, 303, show(r));
      assert.equal(r.location, '/');
      assert.ok(c.session);
      const a = await c.get('/account');
      assert.equal(a.status, 200);
      assert.equal(inputValue(a.text, 'name'), name);
      assert.ok(a.text.includes(email));
    });

    await t.test('the password can be changed; old one refused, new one works', async () => {
      const next = newPassword('n');
      const r = await c.submit('/account', '/account/password', { current_password: password, password: next, password2: next });
      assert.equal(r.status, 303, show(r));
      assert.equal(r.location, '/account');
      const a = await c.get('/account');
      assert.equal(a.status, 200, 'the current session lives on');
      assert.match(mainText(a.text), /Ihr Passwort wurde geändert/);
      assert.equal((await new Client().login(email, password)).status, 422, 'old password refused');
      assert.equal((await new Client().login(email, next)).status, 303, 'new password works');
    });

    await t.test('sign-out ends the session', async () => {
      const r = await c.logout();
      assert.equal(r.status, 303);
      assert.equal(r.location, '/login');
      assert.equal((await c.get('/account')).status, 303);
    });
  });

  test('the coordinators get a readable mail naming the waiting address', async () => {
    const email = uniqueEmail('coord');
    const password = newPassword();
    const c = new Client();
    const r = await c.submit('/register', '/register', { name: 'Olga Petrenko', email, password, password2: password });
    assert.equal(r.status, 200, show(r));
    const verify = linkPath(await waitForMail(email), '/verify/');
    const v = await c.submit('/login', verify, {});
    assert.equal(v.status, 200, show(v));
    const mail = await waitForMail(DEMO.admin, { timeout: 6000, filter: (m) => m.body.includes(email) || m.subject.startsWith('Mail.') });
    assert.doesNotMatch(mail.subject, /^Mail\./, `subject is text, not a key: ${mail.subject}`);
    assert.doesNotMatch(mail.body, /Mail\.Pending/, 'body is text, not a key');
    assert.ok(mail.body.includes(email), 'the mail names the waiting address');
  });

  test('registering an address that has an account: same page, a note to the owner, nothing changed', async () => {
    const snap = mailSnapshot();
    const c = new Client();
    const fresh = uniqueEmail('twin');
    const pw = newPassword();
    const a = await c.submit('/register', '/register', { name: 'Anna Schneider', email: fresh, password: pw, password2: pw });
    const b = await new Client().submit('/register', '/register', {
      name: 'Anna Schneider',
      email: DEMO.member1,
      password: pw,
      password2: pw,
    });
    assert.equal(a.status, 200);
    assert.equal(b.status, 200, show(b));
    assert.equal(mainText(a.text), mainText(b.text), 'the same answer for a new and a known address');
    const mail = await waitForMail(DEMO.member1, { filter: (m) => !snap.has(m.file) });
    assert.equal(mail.subject, 'Registrierung mit Ihrer E-Mail-Adresse');
    assert.ok(!linksIn(mail.body).some((l) => l.includes('/verify/')), 'no confirmation link to the owner');
    assert.ok(linksIn(mail.body).some((l) => l.endsWith('/password/forgot')));
    // The existing account keeps its password.
    assert.equal((await new Client().login(DEMO.member1, pw)).status, 422);
    assert.equal((await new Client().login(DEMO.member1, DEMO_PASSWORD)).status, 303);
  });

  test('registering an existing address in other case and with blanks: the owner gets the note', async () => {
    const snap = mailSnapshot();
    const pw = newPassword();
    const r = await new Client().submit('/register', '/register', {
      name: 'Anna Schneider',
      email: `  ${DEMO.member1.toUpperCase()} `,
      password: pw,
      password2: pw,
    });
    assert.equal(r.status, 200, show(r));
    const mail = await waitForMail(DEMO.member1, { filter: (m) => !snap.has(m.file) });
    assert.equal(mail.subject, 'Registrierung mit Ihrer E-Mail-Adresse');
    assert.equal((await new Client().login(DEMO.member1, DEMO_PASSWORD)).status, 303);
  });

  test('the confirmation mail carries no text typed into the form, one link only', async () => {
    const email = uniqueEmail('marks');
    const pw = newPassword();
    const name = 'Max {link} {site} {name} https://evil.example/';
    const r = await new Client().submit('/register', '/register', { name, email, password: pw, password2: pw });
    assert.equal(r.status, 200, show(r));
    const mail = await waitForMail(email);
    assert.ok(!mail.body.includes('Max'), 'the typed name is not in the mail');
    assert.ok(!mail.body.includes('evil.example'), 'no foreign link');
    assert.equal(linksIn(mail.body).filter((l) => l.includes('/verify/')).length, 1, 'one link');
    assert.ok(!/\{(link|site|name)\}/.test(mail.body), 'no unexpanded marks');
  });

  test('someone registering the address first does not get the owner’s account (pre-registration takeover)', async () => {
    // A stranger registers the owner's address with a password of their own
    // (their link goes to the owner's mailbox, they never see it). Then the
    // owner registers and confirms with the link of their own registration.
    // After approval, the owner's password must be the one that works.
    const email = uniqueEmail('prehijack');
    const stranger = newPassword('att');
    const owner = newPassword('own');
    let r = await new Client().submit('/register', '/register', { name: 'Falsche Person', email, password: stranger, password2: stranger });
    assert.equal(r.status, 200);
    await waitForMail(email); // the stranger's link, unused
    r = await new Client().submit('/register', '/register', { name: 'Echte Person', email, password: owner, password2: owner });
    assert.equal(r.status, 200);
    const ownLink = linkPath(await waitForMail(email), '/verify/');
    const v = await new Client().submit('/login', ownLink, {});
    assert.equal(v.status, 200, show(v));
    const approve = kpctl('user', 'approve', email);
    assert.equal(approve.status, 0, approve.stderr);
    const asStranger = await new Client().login(email, stranger);
    const asOwner = await new Client().login(email, owner);
    assert.equal(asStranger.status, 422, 'the stranger’s password must not open the owner’s confirmed account');
    assert.equal(asOwner.status, 303, 'the password the owner registered with works');
  });

  test('registering an unconfirmed address again: the same page and a new link, no account twice', async () => {
    const email = uniqueEmail('again');
    const first = newPassword('a');
    const c = new Client();
    const r1 = await c.submit('/register', '/register', { name: 'Erste Angabe', email, password: first, password2: first });
    assert.equal(r1.status, 200);
    const firstLink = linkPath(await waitForMail(email), '/verify/');
    const r2 = await c.submit('/register', '/register', { name: 'Erste Angabe', email, password: first, password2: first });
    assert.equal(r2.status, 200, show(r2));
    assert.equal(mainText(r2.text), mainText(r1.text), 'the same answer');
    const secondLink = linkPath(await waitForMail(email), '/verify/');
    assert.notEqual(firstLink, secondLink, 'a new link');
    assert.equal((await c.submit('/login', secondLink, {})).status, 200);
    kpctlOk('user', 'approve', email);
    const s = new Client();
    assert.equal((await s.login(email, first)).status, 303);
    assert.equal(inputValue((await s.get('/account')).text, 'name'), 'Erste Angabe');
  });

  test('an invitation for an address that registered meanwhile does not create a second account', async () => {
    const email = uniqueEmail('inv-reg');
    kpctlOk('user', 'invite', email);
    const invitePath = linkPath(await waitForMail(email), '/invite/');
    const pw = newPassword('reg');
    const r = await new Client().submit('/register', '/register', { name: 'Selbst Registriert', email, password: pw, password2: pw });
    assert.equal(r.status, 200);
    await waitForMail(email);
    const other = newPassword('inv');
    const c = new Client();
    const x = await c.submit(invitePath, invitePath, { name: 'Eingeladen', password: other, password2: other });
    assert.ok([404, 422].includes(x.status), `invitation after registration: ${show(x)}`);
    assert.ok(!c.session, 'not signed in');
    assert.equal((await new Client().login(email, other)).status, 422);
  });

  test('kpctl approve refuses an account that has not confirmed its address', async () => {
    const email = uniqueEmail('unconf');
    const pw = newPassword();
    const r = await new Client().submit('/register', '/register', { name: 'Noch Nicht', email, password: pw, password2: pw });
    assert.equal(r.status, 200);
    const out = kpctl('user', 'approve', email);
    assert.notEqual(out.status, 0, 'approve before confirmation fails');
    assert.equal((await new Client().login(email, pw)).status, 422);
  });

  test('password policy: too short, common, repeated, equal to the address → 422 at the password', async () => {
    const c = new Client();
    const email = uniqueEmail('policy');
    const cases = [
      ['Kurz-123', /zu kurz/],
      ['ÄÖÜäöüßéè', /zu kurz/], // 9 characters, 18 bytes: counted in characters
      ['Passwort123', /sehr verbreitet/],
      ['PASSWORT123', /sehr verbreitet/],
      ['1234567890', /sehr verbreitet/],
      ['qwertzuiop', /sehr verbreitet/],
      ['aaaaaaaaaaaa', /sehr verbreitet/],
      [email, /sehr verbreitet/],
    ];
    for (const [password, message] of cases) {
      const r = await c.submit('/register', '/register', { name: 'Policy Test', email, password, password2: password });
      assert.equal(r.status, 422, `${password}: ${show(r)}`);
      const err = /<p class="field-error" id="e-password">([\s\S]*?)<\/p>/.exec(r.text);
      assert.ok(err, `${password}: message at the password field`);
      assert.match(mainText(err[1]), message, password);
      assert.equal(inputValue(r.text, 'email'), email, 'address kept');
    }
    const mismatch = await c.submit('/register', '/register', {
      name: 'Policy Test',
      email,
      password: 'Ein-langes-Passwort',
      password2: 'Ein-langes-Passwort!',
    });
    assert.equal(mismatch.status, 422);
    assert.match(mismatch.text, /id="e-password2"/);
    // Over 1024 bytes: refused, never stored.
    const huge = 'Ä'.repeat(600);
    const long = await c.submit('/register', '/register', { name: 'Policy Test', email, password: huge, password2: huge });
    assert.ok([400, 422].includes(long.status), show(long));
    // None of this created an account: no mail.
    const snap = new Set();
    assert.equal((await mailsSince(email, snap, 1500)).length, 0, 'no mail for refused registrations');
  });

  test('exactly 10 characters is enough; a long Unicode passphrase works for register and sign-in', async () => {
    const phrase = 'Grüße aus Köln – مرحبا – 你好 🌍';
    const [ten, u] = await Promise.all([
      registerUser({ name: 'Zehn Zeichen', password: 'Kiefer-Ast' }),
      registerUser({ name: 'Ünïcödé Nutzerin', password: phrase }),
    ]);
    assert.equal((await new Client().login(ten.email, 'Kiefer-Ast')).status, 303);
    const c = new Client();
    const r = await c.login(u.email, phrase);
    assert.equal(r.status, 303, show(r));
    assert.equal((await new Client().login(u.email, phrase.normalize('NFD').replace('🌍', ''))).status, 422);
    // The address is matched without regard to case and blanks.
    assert.equal((await new Client().login(`  ${u.email.toUpperCase()} `, phrase)).status, 303);
  });
});
