// Secrets never reach the logs: one-time link tokens (confirmation,
// invitation, reset), session cookies, CSRF tokens, passwords.
// Reads KP_STACK/log/*.log; skipped when KP_STACK is not set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Client,
  STACK,
  inviteUser,
  kpctlOk,
  linkPath,
  newPassword,
  sleep,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

function readLogs() {
  const dir = join(STACK, 'log');
  const out = {};
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.log')) continue;
    out[f] = readFileSync(join(dir, f), 'latin1');
  }
  return out;
}

function assertNotLogged(secrets) {
  const logs = readLogs();
  const found = [];
  for (const [label, secret] of Object.entries(secrets)) {
    for (const [file, text] of Object.entries(logs)) {
      if (secret && text.includes(secret)) found.push(`${label} in ${file}`);
    }
  }
  assert.deepEqual(found, [], `secrets in the logs: ${found.join(', ')}`);
}

test('no link tokens, session tokens, CSRF tokens or passwords in the logs', { skip: !STACK && 'KP_STACK not set' }, async () => {
  const secrets = {};

  // Registration and its confirmation link (GET and POST).
  const regEmail = uniqueEmail('log-reg');
  const regPassword = newPassword('log');
  secrets['registration password'] = regPassword;
  const reg = new Client();
  await reg.submit('/register', '/register', { name: 'Log Prüfung', email: regEmail, password: regPassword, password2: regPassword });
  const verifyPath = linkPath(await waitForMail(regEmail), '/verify/');
  secrets['confirmation token'] = verifyPath.split('/').pop();
  await reg.get(verifyPath);
  await reg.submit('/login', verifyPath, {});

  // An invitation (GET and POST).
  const invEmail = uniqueEmail('log-inv');
  kpctlOk('user', 'invite', invEmail);
  const invitePath = linkPath(await waitForMail(invEmail), '/invite/');
  secrets['invitation token'] = invitePath.split('/').pop();
  const inv = new Client();
  const invPassword = newPassword('inv');
  secrets['invitation password'] = invPassword;
  await inv.get(invitePath);
  await inv.submit(invitePath, invitePath, { name: 'Log Gast', password: invPassword, password2: invPassword });
  secrets['session token (invite)'] = inv.session;

  // A reset link (GET and POST), then a sign-in.
  const u = await inviteUser({ name: 'Log Reset' });
  secrets['session token'] = u.client.session;
  secrets['csrf token'] = await u.client.csrf('/account');
  await new Client().submit('/password/forgot', '/password/forgot', { email: u.email });
  const resetPath = linkPath(await waitForMail(u.email), '/password/reset/');
  const resetToken = resetPath.split('/').pop();
  secrets['reset token'] = resetToken;
  const anon = new Client();
  await anon.get(resetPath);
  const next = newPassword('next');
  secrets['new password'] = next;
  await anon.submit(resetPath, '/password/reset', { token: resetToken, password: next, password2: next });
  const s = new Client();
  await s.login(u.email, 'Falsches-Log-Passwort');
  secrets['wrong password'] = 'Falsches-Log-Passwort';
  await s.loginOk(u.email, next);
  secrets['session token (login)'] = s.session;
  secrets['pre-session cookie'] = anon.jar.get('kp_pre');

  await sleep(300);
  assertNotLogged(secrets);
});

test('every sign-in attempt is logged (without the address or password)', { skip: !STACK && 'KP_STACK not set' }, async () => {
  const before = (readLogs()['account.log'] || '').split('\n').filter((l) => /sign-in/.test(l)).length;
  const c = new Client();
  await c.login(uniqueEmail('log-attempt'), 'Falsch-Falsch-1');
  await c.login(uniqueEmail('log-attempt'), 'Falsch-Falsch-2');
  await sleep(300);
  const after = (readLogs()['account.log'] || '').split('\n').filter((l) => /sign-in/.test(l)).length;
  assert.ok(after - before >= 2, `two attempts, ${after - before} log lines`);
});
