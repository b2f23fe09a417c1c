// kp-mailer against a relay like a county's: STARTTLS required, then AUTH,
// a certificate of a private CA (Mail.CAFile). The stack's own mailer is
// paused meanwhile, so the mails of this test go through the relay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG, KPCTL, STACK, sleep, uniqueEmail } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const MAILER = join(dirname(KPCTL), 'kp-mailer');
const STACKCTL = process.env.KP_STACKCTL || join(here, '../../scripts/stack.sh');

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Runs kp-mailer --once with a config; {status, stderr} (its log). */
function mailerOnce(config) {
  const r = spawnSync(MAILER, ['--config', config, '--once'], { encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stderr: r.stderr };
}

function kpctlWith(config, ...args) {
  return execFileSync(KPCTL, ['--config', config, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

test('mail over STARTTLS with authentication, and refusals when TLS or the password is wrong', { timeout: 90000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-mailtls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const port = await freePort();
  const out = join(dir, 'received.jsonl');
  const relay = spawn('/usr/bin/python3', [join(here, 'smtp_tls_server.py'), String(port), cert, key, 'knotenpunkt', 'Relay-Secret-1', out], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise((resolve, reject) => {
    relay.stdout.on('data', (d) => /ready/.test(d) && resolve());
    relay.on('exit', (code) => reject(new Error(`relay exited ${code}`)));
  });

  // Pause the stack's mailer: the queue is shared.
  const pidFile = join(STACK, 'run', 'kp-mailer.pid');
  const stackMailer = Number(readFileSync(pidFile, 'utf8'));
  process.kill(stackMailer, 'SIGTERM');
  t.after(() => {
    relay.kill();
    execFileSync(STACKCTL, ['start', STACK], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });
  for (let i = 0; i < 50; i++) {
    try { process.kill(stackMailer, 0); } catch { break; }
    await sleep(100);
  }

  const config = (name, lines) => {
    const file = join(dir, name);
    copyFileSync(CONFIG, file);
    appendFileSync(file, '\n' + lines.join('\n') + '\n');
    return file;
  };
  const base = [`Mail.URL = smtp://127.0.0.1:${port}`, 'Mail.RequireTLS = 1', 'Mail.User = knotenpunkt', `Mail.CAFile = ${cert}`];
  const good = config('good.hdf', [...base, 'Mail.Password = Relay-Secret-1']);
  const wrongPassword = config('wrong.hdf', [...base, 'Mail.Password = falsch']);
  const untrusted = config('untrusted.hdf', [`Mail.URL = smtp://127.0.0.1:${port}`, 'Mail.RequireTLS = 1', 'Mail.User = knotenpunkt', 'Mail.Password = Relay-Secret-1']);
  const received = () => (existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

  await t.test('a wrong relay password: not sent, kept for a retry', () => {
    kpctlWith(good, 'user', 'invite', uniqueEmail('tls-wrong'));
    const r = mailerOnce(wrongPassword);
    assert.match(r.stderr, /attempt 1 failed/);
    assert.equal(received().length, 0);
  });

  await t.test('a certificate the mailer does not trust: not sent', () => {
    kpctlWith(good, 'user', 'invite', uniqueEmail('tls-untrusted'));
    const r = mailerOnce(untrusted);
    assert.match(r.stderr, /failed/);
    assert.equal(received().length, 0);
  });

  await t.test('STARTTLS, AUTH, and the mail arrives with its link', () => {
    const to = uniqueEmail('tls-ok');
    kpctlWith(good, 'user', 'invite', to);
    const r = mailerOnce(good);
    assert.equal(r.status, 0, r.stderr);
    const mail = received().find((m) => m.to.includes(to));
    assert.ok(mail, 'the relay received the invitation');
    assert.equal(mail.tls, true, 'sent after STARTTLS');
    assert.equal(mail.user, 'knotenpunkt', 'authenticated');
    assert.match(mail.data, /\/invite\/[A-Za-z0-9_-]{43}/);
    assert.match(mail.data, /^Subject: /m);
  });
});
