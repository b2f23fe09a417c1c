// Helpers of the admin pages' tests (admin-*.test.mjs): TOTP codes
// computed here (RFC 6238 with node's HMAC-SHA1, independent of liboath),
// fresh admin and moderator accounts (kpctl create-admin), and a signed-in
// client whose session has given its second factor.
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import assert from 'node:assert/strict';
import { CONFIG, Client, KPCTL, newPassword, show, uniqueEmail } from './lib.mjs';
import { lit, sql } from './directory-lib.mjs';

export { lit, sql };

function base32Decode(s) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of s.replace(/[\s=]/g, '').toUpperCase()) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The current 30-second time step. */
export const nowStep = () => Math.floor(Date.now() / 1000 / 30);

/** The 6-digit TOTP code of a base32 secret for a time step. */
export function totp(secret, step = nowStep()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const off = mac[mac.length - 1] & 0x0f;
  const n = (mac.readUInt32BE(off) & 0x7fffffff) % 1000000;
  return String(n).padStart(6, '0');
}

/** A new active account with a site role (kpctl create-admin, then the
 * role set in the database for a moderator or member), signed in. */
export async function newStaff({ role = 'admin', name = 'Test Verwaltung' } = {}) {
  const email = uniqueEmail(role);
  const password = newPassword('a');
  execFileSync(KPCTL, ['--config', CONFIG, 'create-admin', email, name], { input: `${password}\n`, encoding: 'utf8', timeout: 20000 });
  if (role !== 'admin') sql(`UPDATE users SET role = ${lit(role)} WHERE email = ${lit(email)}`);
  const id = Number(sql(`SELECT id FROM users WHERE email = ${lit(email)}`)[0][0]);
  const client = new Client();
  await client.loginOk(email, password);
  return { client, email, password, id, name };
}

/** The set-up page's secret (the key for typing, without blanks). */
export function secretFrom(html) {
  const m = /<code class="secret" id="secret">([A-Z2-7 ]+)<\/code>/.exec(html);
  return m ? m[1].replace(/ /g, '') : null;
}

export function recoveryCodesFrom(html) {
  return [...html.matchAll(/<li><code>([0-9a-z]{5}-[0-9a-z]{5})<\/code><\/li>/g)].map((m) => m[1]);
}

/** Sets up the second factor in the client's session: {secret, step, codes}. */
export async function setupTwoFactor(client) {
  const page = await client.get('/admin/2fa/setup');
  assert.equal(page.status, 200, show(page));
  const secret = secretFrom(page.text);
  assert.ok(secret, 'the set-up page shows the key');
  const step = nowStep();
  const r = await client.submit('/admin/2fa/setup', '/admin/2fa/setup', { code: totp(secret, step) });
  assert.equal(r.status, 200, show(r));
  const codes = recoveryCodesFrom(r.text);
  assert.equal(codes.length, 10, 'ten recovery codes');
  return { secret, step, codes };
}

/** A fresh admin (or moderator) whose session has its second factor. */
export async function adminClient(opts = {}) {
  const staff = await newStaff(opts);
  staff.twofa = await setupTwoFactor(staff.client);
  return staff;
}

/** The newest audit entries of an action: [{actor, target, detail, ip}]. */
export function auditOf(action, limit = 20) {
  return sql(`SELECT actor_id, target_id, detail, ip FROM audit_log WHERE action = ${lit(action)} ORDER BY id DESC LIMIT ${limit}`).map(
    ([actor, target, detail, ip]) => ({ actor: actor && Number(actor), target: target && Number(target), detail, ip }),
  );
}
