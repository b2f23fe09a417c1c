// Helpers of the home program's tests (home-*.test.mjs): topics and
// replies through the forum's real forms (so the forum writes the
// notification rows it writes in production), watching, the header's
// unread badge and the notification links of a page; kp-mailer runs for a
// fixed clock and the parts of its mails.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { CONFIG, KPCTL, csrfFrom, inputValue, show, sleep } from './lib.mjs';
import { sql, tag } from './forum-lib.mjs';

export const one = (q) => sql(q)[0]?.[0] ?? null;
export const num = (q) => Number(one(q));

async function formOf(client, path) {
  const r = await client.get(path);
  assert.equal(r.status, 200, `${path}: ${show(r)}`);
  return { csrf: csrfFrom(r.text), once: inputValue(r.text, 'once') };
}

function postIn(location) {
  const m = /\/p\/(\d+)$/.exec(location || '');
  assert.ok(m, `a permalink, got ${location}`);
  return Number(m[1]);
}

/** A new topic in category cat of the forum at base ("/forum" or
 * "/g/SLUG/forum"), through the form: { topicId, postId }. */
export async function startTopic(client, base, cat, { title = `Thema ${tag('t')}`, body = 'Erster Beitrag.' } = {}) {
  const f = await formOf(client, `${base}/c/${cat}/new`);
  const res = await client.post(`${base}/c/${cat}/new`, { csrf: f.csrf, once: f.once, title, body });
  assert.equal(res.status, 303, show(res));
  const postId = postIn(res.location);
  return { postId, topicId: num(`SELECT topic_id FROM forum_posts WHERE id = ${postId}`) };
}

/** A reply through the form: its post id. */
export async function replyTo(client, base, topicId, body = 'Eine Antwort.') {
  const f = await formOf(client, `${base}/t/${topicId}/reply`);
  const res = await client.post(`${base}/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body });
  assert.equal(res.status, 303, show(res));
  return postIn(res.location);
}

/** The user watches the topic (the forum's button does the same). */
export function watchTopic(uid, topicId) {
  sql(`INSERT IGNORE INTO forum_topic_watches (user_id, topic_id, created_at) VALUES (${uid}, ${topicId}, NOW())`);
}

/** The header's unread count on a page (0 when there is no badge). */
export function unreadBadge(html) {
  const m = /href="\/notifications"[^>]*>[^<]*<span class="badge badge-count"><span class="vh">\(<\/span>([0-9+]+)</.exec(html);
  return m ? m[1] : '0';
}

/** The notification ids a page links to (/notifications/ID), in order. */
export function noteIds(html) {
  return [...html.matchAll(/href="\/notifications\/(\d+)"/g)].map((m) => Number(m[1]));
}

/** The notification rows of a user about a post: [{ id, kind, read }]. */
export function notesAbout(uid, postId) {
  return sql(`SELECT id, kind, read_at IS NOT NULL FROM notifications WHERE user_id = ${uid} AND post_id = ${postId} ORDER BY id`).map(
    (r) => ({ id: Number(r[0]), kind: r[1], read: r[2] === '1' }),
  );
}

/** kp-mailer --once, with the digests' clock at epoch seconds now (none:
 * the real one). A digest run mails every member whose digest is due at
 * that clock (other files' members too): this waits until the queue is
 * sent, so none of those mails arrives during a later test. */
export async function mailer(now) {
  const bin = join(dirname(KPCTL), 'kp-mailer');
  await new Promise((resolve, reject) => {
    const p = spawn(bin, ['--config', CONFIG, '--once', ...(now ? ['--now', String(now)] : [])], { stdio: 'ignore' });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kp-mailer exited ${code}`))));
  });
  for (let i = 0; i < 100 && num('SELECT COUNT(*) FROM mail_queue WHERE sent_at IS NULL AND failed_at IS NULL') > 0; i++) await sleep(100);
}

/** The plain-text and HTML parts of a multipart/alternative mail. */
export function parts(mail) {
  const b = /boundary="([^"]+)"/.exec(mail.headers['content-type'] || '');
  assert.ok(b, `multipart: ${mail.headers['content-type']}`);
  const out = {};
  for (const chunk of mail.body.split(`--${b[1]}`)) {
    const m = /^\s*Content-Type: text\/(plain|html); charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n([\s\S]*)$/.exec(chunk);
    if (m) out[m[1]] = m[2];
  }
  assert.ok(out.plain && out.html, 'both parts');
  return { text: out.plain, html: out.html };
}

/** Notification mails queued to an address (the sink may not have them
 * yet); the invitation mail of the account is not one. */
export const queued = (email) => num(`SELECT COUNT(*) FROM mail_queue WHERE to_addr = '${email}' AND unsubscribe IS NOT NULL`);

/** Waits until the stack's mailer has looked at the member's rows. */
export async function handled(uid) {
  for (let i = 0; i < 100; i++) {
    if (num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${uid} AND mailed_at IS NULL AND digest IS NULL`) === 0) return;
    await sleep(100);
  }
  throw new Error('the mailer did not look at the notifications');
}

/** The epoch seconds of a UTC time (digests are due from 06:00 local). */
export const at = (iso) => Math.floor(Date.parse(iso) / 1000);
