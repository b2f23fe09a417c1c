// Double clicks and parallel use of one link: several identical POSTs at the
// same moment (the programs run several workers). Exactly one wins; the
// others get a clear answer, never a 500, and nothing exists twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client,
  formBody,
  inputValue,
  inviteUser,
  kpctlOk,
  linkPath,
  mailsSince,
  newPassword,
  show,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

const N = 5;

test('a double-clicked registration: every answer is the "check your mail" page, no 500', async () => {
  // A few rounds: how the requests meet in the database varies.
  const pw = newPassword();
  const emails = [];
  for (let round = 0; round < 4; round++) {
    const email = uniqueEmail('double');
    emails.push(email);
    const c = new Client();
    const csrf = await c.csrf('/register');
    const body = formBody({ csrf, name: 'Doppel Klick', email, password: pw, password2: pw });
    const answers = await Promise.all(Array.from({ length: N }, () => c.post('/register', body)));
    const statuses = answers.map((r) => r.status);
    assert.deepEqual(statuses, Array(N).fill(200), `round ${round}: statuses ${statuses}: ${answers.filter((r) => r.status !== 200).map(show).join(' | ')}`);
  }
  // One account: whichever link arrives confirms it.
  const link = linkPath(await waitForMail(emails[0]), '/verify/');
  assert.equal((await new Client().submit('/login', link, {})).status, 200);
  kpctlOk('user', 'approve', emails[0]);
  await new Client().loginOk(emails[0], pw);
});

test('one invitation used in parallel: exactly one account, the others "link not valid"', async () => {
  const email = uniqueEmail('race-inv');
  kpctlOk('user', 'invite', email);
  const path = linkPath(await waitForMail(email), '/invite/');
  const clients = Array.from({ length: N }, () => new Client());
  const passwords = clients.map((_, i) => newPassword(`p${i}`));
  const tokens = await Promise.all(clients.map((c) => c.csrf(path)));
  const answers = await Promise.all(
    clients.map((c, i) => c.post(path, { csrf: tokens[i], name: `Parallel ${i}`, password: passwords[i], password2: passwords[i] })),
  );
  const statuses = answers.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 303).length, 1, `one winner: ${statuses}`);
  assert.ok(statuses.every((s) => s === 303 || s === 404), `the others 404: ${statuses}: ${answers.filter((r) => ![303, 404].includes(r.status)).map(show).join(' | ')}`);
  const winner = statuses.indexOf(303);
  const page = await clients[winner].get('/account');
  assert.equal(inputValue(page.text, 'name'), `Parallel ${winner}`);
  for (let i = 0; i < N; i++) {
    const r = await new Client().login(email, passwords[i]);
    assert.equal(r.status, i === winner ? 303 : 422, `password ${i}`);
  }
});

test('one reset link used in parallel: one new password, the others "link not valid"', async () => {
  const u = await inviteUser({ name: 'Parallel Reset' });
  await new Client().submit('/password/forgot', '/password/forgot', { email: u.email });
  const path = linkPath(await waitForMail(u.email), '/password/reset/');
  const token = path.split('/').pop();
  const clients = Array.from({ length: N }, () => new Client());
  const passwords = clients.map((_, i) => newPassword(`r${i}`));
  const csrfs = await Promise.all(clients.map((c) => c.csrf(path)));
  const answers = await Promise.all(
    clients.map((c, i) => c.post('/password/reset', { csrf: csrfs[i], token, password: passwords[i], password2: passwords[i] })),
  );
  const statuses = answers.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 200).length, 1, `one winner: ${statuses}`);
  assert.ok(statuses.every((s) => s === 200 || s === 404), `the others 404: ${statuses}`);
  const winner = statuses.indexOf(200);
  for (let i = 0; i < N; i++) assert.equal((await new Client().login(u.email, passwords[i])).status, i === winner ? 303 : 422);
});

test('a double-clicked confirmation link: one confirmation, one mail to the coordinators', async () => {
  const email = uniqueEmail('race-verify');
  const pw = newPassword();
  await new Client().submit('/register', '/register', { name: 'Doppelt Bestätigt', email, password: pw, password2: pw });
  const path = linkPath(await waitForMail(email), '/verify/');
  const c = new Client();
  const csrf = await c.csrf(path);
  const snap = new Set();
  const answers = await Promise.all(Array.from({ length: N }, () => c.post(path, { csrf })));
  const statuses = answers.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 200).length, 1, `one confirmation: ${statuses}`);
  assert.ok(statuses.every((s) => s === 200 || s === 404), `${statuses}`);
  await new Promise((r) => setTimeout(r, 2500));
  const admin = (await mailsSince('admin@knotenpunkt.test', snap)).filter((m) => m.body.includes(email));
  assert.equal(admin.length, 1, 'the coordinators hear of it once');
});

test('a double-clicked e-mail change confirmation: one change, no 500', async () => {
  const u = await inviteUser({ name: 'Doppelt Gewechselt' });
  const target = uniqueEmail('race-mail');
  const r = await u.client.submit('/account', '/account/email', { new_email: target, email_password: u.password });
  assert.equal(r.status, 303, show(r));
  const path = linkPath(await waitForMail(target), '/verify/');
  const c = new Client();
  const csrf = await c.csrf(path);
  const answers = await Promise.all(Array.from({ length: N }, () => c.post(path, { csrf })));
  const statuses = answers.map((x) => x.status);
  assert.equal(statuses.filter((s) => s === 200).length, 1, `one change: ${statuses}`);
  assert.ok(statuses.every((s) => s === 200 || s === 404), `${statuses}`);
  assert.equal((await new Client().login(target, u.password)).status, 303);
});
