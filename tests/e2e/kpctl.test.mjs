// kpctl, the operator's command line, against the test stack's database:
// every command answers --help, refuses bad input with a message and a
// non-zero exit, and what it does is visible through the web pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Client, CONFIG, KPCTL, DEMO, inputValue, kpctl, kpctlOk, newPassword, uniqueEmail, waitForMail, registerUser } from './lib.mjs';

/** kpctl with a line on standard input (the password of create-admin). */
function kpctlWithInput(input, ...args) {
  try {
    const stdout = execFileSync(KPCTL, ['--config', CONFIG, ...args], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    return { status: e.status, stdout: String(e.stdout || ''), stderr: String(e.stderr || '') };
  }
}

test('--help lists every command and exits 0, for each command too', () => {
  for (const args of [['--help'], ['migrate', '--help'], ['user', 'approve', '--help'], ['check', '--help']]) {
    const r = kpctl(...args);
    assert.equal(r.status, 0, args.join(' '));
    for (const cmd of ['migrate', 'create-admin', 'user approve', 'user suspend', 'user invite', 'user reset-2fa', 'load-demo', 'check'])
      assert.match(r.stdout, new RegExp(cmd), `help names ${cmd}`);
  }
});

test('an unknown command or missing argument is a usage error (exit 2)', () => {
  assert.equal(kpctl('frobnicate').status, 2);
  assert.equal(kpctl('user', 'approve').status, 2);
  assert.equal(kpctl('user', 'invite', 'a@b.de', 'fr').status, 2);
});

test('check: config, database, templates and data folder are fine', () => {
  const r = kpctlOk('check');
  assert.match(r.stdout, /database .* ok/);
  assert.match(r.stdout, /templates .* ok/);
});

test('migrate twice: the second run applies nothing', () => {
  const r = kpctlOk('migrate');
  assert.match(r.stdout, /0 migration\(s\) applied/);
});

test('load-demo refuses a database that has users', () => {
  const r = kpctl('load-demo');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /already has users/);
});

test('create-admin: password from standard input, refuses weak ones and duplicates', async () => {
  const email = uniqueEmail('admin');
  const weak = kpctlWithInput('Passwort123\n', 'create-admin', email, 'Neue Koordinatorin');
  assert.equal(weak.status, 1);
  assert.match(weak.stderr, /password refused/);
  const bad = kpctlWithInput('x\n', 'create-admin', 'no-address', 'Name');
  assert.equal(bad.status, 1);

  const password = newPassword('admin');
  const ok = kpctlWithInput(password + '\n', 'create-admin', email, 'Neue Koordinatorin');
  assert.equal(ok.status, 0, ok.stderr);
  const c = new Client();
  await c.loginOk(email, password);
  const page = await c.get('/account');
  assert.equal(inputValue(page.text, 'name'), 'Neue Koordinatorin');

  const again = kpctlWithInput(password + '\n', 'create-admin', email, 'Noch einmal');
  assert.equal(again.status, 1);
  assert.match(again.stderr, /exists/);
});

test('user approve: only accounts waiting for approval', async () => {
  assert.equal(kpctl('user', 'approve', DEMO.member1).status, 1, 'an active account');
  assert.equal(kpctl('user', 'approve', uniqueEmail('nobody')).status, 1, 'an unknown address');
  const u = await registerUser({ approve: false });
  const c = new Client();
  assert.equal((await c.login(u.email, u.password)).status, 422, 'pending: no sign-in');
  kpctlOk('user', 'approve', u.email);
  const mail = await waitForMail(u.email, { filter: (m) => /login/.test(m.body) });
  assert.match(mail.body, /\/login/);
  await c.loginOk(u.email, u.password);
});

test('user suspend: ends every session at once and blocks sign-in', async () => {
  const u = await registerUser();
  const c = new Client();
  await c.loginOk(u.email, u.password);
  assert.equal((await c.get('/account')).status, 200);
  const r = kpctlOk('user', 'suspend', u.email);
  assert.match(r.stdout, /suspended/);
  const after = await c.get('/account');
  assert.equal(after.status, 303);
  assert.match(after.location, /^\/login/);
  assert.equal((await new Client().login(u.email, u.password)).status, 422);
});

test('user invite: refuses an address that has an account', () => {
  const r = kpctl('user', 'invite', DEMO.member2);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /exists/);
});
