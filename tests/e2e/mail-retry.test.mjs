// kp-mailer when the SMTP server cannot be reached: a mail is tried again
// after a growing pause and given up a day after it was queued
// (Mail.GiveUpAfter), the reason kept in mail_queue.last_error. The
// stack's own mailer is paused (SIGSTOP) meanwhile, so that only the one
// started here, with a config whose SMTP port is closed, sees the rows.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CONFIG, KPCTL, STACK } from './lib.mjs';
import { lit, sql, tag } from './forum-lib.mjs';

const MAILER = join(dirname(KPCTL), 'kp-mailer');
const dir = mkdtempSync(join(tmpdir(), 'kp-mail-retry-'));
const brokenConfig = join(dir, 'knotenpunkt.hdf');
let stackMailer = 0;

before(() => {
  // Port 9 (discard) is closed on loopback: every connect is refused.
  // The day decides here, not the number of attempts.
  const conf = readFileSync(CONFIG, 'utf8')
    .replace(/^(\s*URL\s*=\s*)smtp:\/\/\S+$/m, '$1smtp://127.0.0.1:9')
    .replace(/^(\s*)MaxAttempts\s*=.*$/m, '$1MaxAttempts = 1000');
  assert.match(conf, /smtp:\/\/127\.0\.0\.1:9$/m, 'the copy points at a closed port');
  writeFileSync(brokenConfig, conf, { mode: 0o600 });
  stackMailer = Number(readFileSync(join(STACK, 'run', 'kp-mailer.pid'), 'utf8'));
  process.kill(stackMailer, 'SIGSTOP');
});

after(() => {
  if (stackMailer) process.kill(stackMailer, 'SIGCONT');
  rmSync(dir, { recursive: true, force: true });
});

function mailerOnce() {
  return new Promise((resolve, reject) => {
    const p = spawn(MAILER, ['--config', brokenConfig, '--once'], { stdio: 'ignore' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kp-mailer exited ${code}`))));
  });
}

function queue(to, ageHours) {
  const rows = sql(`INSERT INTO mail_queue (to_addr, subject, body, created_at, next_attempt_at)
    VALUES (${lit(to)}, 'Test', 'Hallo', NOW() - INTERVAL ${ageHours} HOUR, NOW());
    SELECT LAST_INSERT_ID();`);
  return Number(rows.at(-1)[0]);
}

function row(id) {
  const [r] = sql(`SELECT attempts, failed_at IS NOT NULL, IFNULL(last_error, ''),
    TIMESTAMPDIFF(SECOND, NOW(), next_attempt_at) FROM mail_queue WHERE id = ${id}`);
  return { attempts: Number(r[0]), failed: r[1] === '1', error: r[2], wait: Number(r[3]) };
}

test('an unreachable server: a fresh mail waits and is tried again, a day-old one is given up with the reason', async () => {
  const k = tag('mr');
  const fresh = queue(`${k}-fresh@example.org`, 0);
  const old = queue(`${k}-old@example.org`, 25);
  await mailerOnce();

  const f = row(fresh);
  assert.equal(f.attempts, 1);
  assert.equal(f.failed, false, 'a fresh mail is not given up');
  assert.notEqual(f.error, '', 'the reason is kept');
  assert.ok(f.wait > 60 && f.wait <= 120, `tried again in about two minutes (${f.wait} s)`);
  const o = row(old);
  assert.equal(o.attempts, 1);
  assert.equal(o.failed, true, 'a mail queued a day ago is given up');
  assert.notEqual(o.error, '');

  // Not due yet: a second run leaves it; the pauses grow to at most an hour.
  await mailerOnce();
  assert.equal(row(fresh).attempts, 1);
  sql(`UPDATE mail_queue SET attempts = 9, next_attempt_at = NOW() WHERE id = ${fresh}`);
  await mailerOnce();
  const later = row(fresh);
  assert.equal(later.attempts, 10);
  assert.ok(later.wait > 3500 && later.wait <= 3600, `at most an hour between attempts (${later.wait} s)`);

  // A day after it was queued it is given up, however few attempts it had.
  sql(`UPDATE mail_queue SET created_at = NOW() - INTERVAL 24 HOUR, next_attempt_at = NOW() WHERE id = ${fresh}`);
  await mailerOnce();
  assert.equal(row(fresh).failed, true);
  assert.equal(row(fresh).attempts, 11);
});
