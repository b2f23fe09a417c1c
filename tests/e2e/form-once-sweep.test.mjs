// One-time form tokens (cgi/core/once.h) are kept a day, then kp-mailer's
// housekeeping removes them; younger ones stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { CONFIG, KPCTL, inviteUser } from './lib.mjs';
import { sql, userId } from './forum-lib.mjs';

const MAILER = join(dirname(KPCTL), 'kp-mailer');

test('spent one-time form tokens leave after a day', async () => {
  const u = await inviteUser({ name: 'Einmal Token' });
  const id = userId(u.email);
  sql(`INSERT INTO form_once (user_id, token_hash, created_at, result) VALUES
       (${id}, UNHEX(SHA2('old', 256)), NOW() - INTERVAL 25 HOUR, '/forum/p/1'),
       (${id}, UNHEX(SHA2('young', 256)), NOW() - INTERVAL 23 HOUR, '/forum/p/2')`);
  const r = spawnSync(MAILER, ['--config', CONFIG, '--once'], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  const left = sql(`SELECT result FROM form_once WHERE user_id = ${id} ORDER BY result`).map((x) => x[0]);
  assert.deepEqual(left, ['/forum/p/2']);
});
