// The forum's moderation part (cgi/forum/mod_*.c): pin and lock (value=1|0),
// rename, move, hide and restore, split a reply off into a new topic,
// members' reports and the moderators' list with its "resolved" button,
// the full-text search, and the categories of a forum. Every route: the
// happy path and what it did in the database (counts, audit entries), bad
// input (422 with the message at the field, nothing changed), who may
// (site moderators and admins in the network's forum, a group's owners and
// moderators in its forum, nobody in an archived group; site roles give
// nothing in a group, group roles nothing elsewhere), CSRF, and an XSS
// corpus that comes back inert. Topics and posts are written straight into
// the database (forum-lib.mjs: modInsertTopic / modInsertPost, counts kept
// as the programs keep them); groups and categories too.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, demoClient, inviteUsers, mainText, show } from './lib.mjs';
import {
  createCategory,
  createGroup,
  lit,
  modCategoryCounts,
  modInsertPost,
  modInsertTopic,
  modTopicCounts,
  sql,
  tag,
  userId,
} from './forum-lib.mjs';

let admin, moderator, member; // demo accounts: site admin, site moderator, member
let A, R, GM, GO, X; // fresh: author, reader, group moderator, group owner, outsider
let G, H, C, P, ARCH; // groups: open (GM moderates), open (GM a member), closed, private, archived
const cat = {}; // categories by name

// ------------------------------------------------------------ helpers ----

function decode(s) {
  return String(s)
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The csrf token of a signed-in client (the sign-out form of every page). */
async function csrfOf(c) {
  if (!c._csrf) c._csrf = await c.csrf('/forum/search');
  return c._csrf;
}

/** POST fields with the client's csrf token. */
async function send(c, path, fields = {}) {
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  return c.post(path, [['csrf', await csrfOf(c)], ...pairs]);
}

function fieldError(html, name) {
  const m = new RegExp(`<p class="field-error" id="e-${name}">([\\s\\S]*?)</p>`).exec(html);
  return m ? decode(m[1].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()) : null;
}

/** A 422 with message (a part of it) at the field, linked from the summary. */
function assertFieldError(r, field, message, label = field) {
  assert.equal(r.status, 422, `${label}: ${show(r)}`);
  const err = fieldError(r.text, field);
  assert.ok(err, `${label}: an error at ${field}`);
  assert.ok(err.includes(message), `${label}: "${message}" at ${field}, got "${err}"`);
  assert.ok(r.text.includes(`href="#f-${field}"`), `${label}: the summary links to the field`);
  assert.match(r.text, new RegExp(`id="f-${field}"[^>]*aria-invalid="true"`), `${label}: the field is marked invalid`);
}

/** The newest audit entry of action for target. */
function audit(action, target) {
  const rows = sql(`SELECT actor_id, detail FROM audit_log WHERE action = ${lit(action)} AND target_id = ${target} ORDER BY id DESC LIMIT 1`);
  return rows.length ? { actor: Number(rows[0][0]), detail: rows[0][1] } : null;
}

function auditCount(action, target) {
  return Number(sql(`SELECT COUNT(*) FROM audit_log WHERE action = ${lit(action)} AND target_id = ${target}`)[0][0]);
}

function topicRow(id) {
  const [r] = sql(`SELECT category_id, IFNULL(group_id, 0), title, pinned, locked, post_count, IFNULL(created_by, 0), IFNULL(first_post_id, 0), IFNULL(last_post_id, 0) FROM forum_topics WHERE id = ${id}`);
  return { category: Number(r[0]), group: Number(r[1]), title: r[2], pinned: r[3], locked: r[4], posts: Number(r[5]), author: Number(r[6]), first: Number(r[7]), last: Number(r[8]) };
}

function postRow(id) {
  const [r] = sql(`SELECT topic_id, IFNULL(group_id, 0), hidden_at IS NOT NULL, IFNULL(hidden_by, 0), hidden_reason, deleted_at IS NOT NULL FROM forum_posts WHERE id = ${id}`);
  return { topic: Number(r[0]), group: Number(r[1]), hidden: r[2] === '1', hiddenBy: Number(r[3]), reason: r[4], deleted: r[5] === '1' };
}

/** Everything a refused request must leave as it was. */
function snapshot(topicId, postId) {
  return JSON.stringify([
    sql(`SELECT * FROM forum_topics WHERE id = ${topicId}`),
    sql(`SELECT id, topic_id, hidden_at, hidden_by, hidden_reason FROM forum_posts WHERE id = ${postId}`),
    sql(`SELECT COUNT(*) FROM forum_topics`),
    sql(`SELECT COUNT(*), IFNULL(MAX(id), 0) FROM reports`),
    sql(`SELECT id, topic_count, post_count FROM forum_categories ORDER BY id`),
  ]);
}

/** No markup from user text: what the XSS corpus must never produce. */
function assertInert(html, label) {
  const main = (/<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html) || [, html])[1];
  assert.doesNotMatch(main, /<script\b/i, `${label}: <script>`);
  assert.doesNotMatch(main, /<img\b[^>]*\bonerror/i, `${label}: <img onerror>`);
  assert.doesNotMatch(main, /<svg\b/i, `${label}: <svg>`);
  // Attribute values are escaped: what is inside quotes is text.
  const tags = main.replace(/="[^"]*"/g, '=""');
  assert.doesNotMatch(tags, /<[a-z]+\b[^>]*\bon(load|error|click)\s*=/i, `${label}: an event handler attribute`);
  assert.doesNotMatch(main, /\b(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i, `${label}: a script or data URL`);
  assert.doesNotMatch(main, /\b(href|src)\s*=\s*"&#/i, `${label}: an entity-encoded URL`);
  assert.doesNotMatch(main, /<\?cs/, `${label}: template syntax`);
}

const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><a href=javascript:alert(1)>x</a>",
  '[klick](javascript:alert(1))',
  '[entity](&#106;avascript:alert(1))',
  '![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<?cs var:Page.CSRF ?>',
];

const T = (s) => `${s} ${tag('w')}`;

before(async () => {
  [admin, moderator, member] = await Promise.all([demoClient(DEMO.admin), demoClient(DEMO.moderator), demoClient(DEMO.member1)]);
  const users = await inviteUsers(5, { name: 'Moderationstest' });
  [A, R, GM, GO, X] = users;
  for (const u of users) u.id = userId(u.email);
  G = createGroup({ visibility: 'open', name: `Offene Gruppe ${tag('n')}`, members: [{ id: GO.id, role: 'owner' }, { id: GM.id, role: 'moderator' }, { id: A.id }, { id: R.id }] });
  H = createGroup({ visibility: 'open', members: [{ id: GM.id }, { id: A.id }] });
  C = createGroup({ visibility: 'closed', members: [{ id: GO.id, role: 'owner' }, { id: A.id }, { id: R.id }] });
  P = createGroup({ visibility: 'private', members: [{ id: GO.id, role: 'owner' }, { id: A.id }, { id: R.id }] });
  ARCH = createGroup({ visibility: 'open', archived: true, members: [{ id: GO.id, role: 'owner' }, { id: GM.id, role: 'moderator' }, { id: A.id }, { id: R.id }] });
  cat.net1 = createCategory({ name: `Netz eins ${tag('k')}`, position: 1 });
  cat.net2 = createCategory({ name: `Netz zwei ${tag('k')}`, position: 2 });
  cat.netRetired = createCategory({ name: `Netz alt ${tag('k')}`, retired: 1 });
  cat.g1 = createCategory({ groupId: G.id, name: `Gruppe eins ${tag('k')}`, position: 1 });
  cat.g2 = createCategory({ groupId: G.id, name: `Gruppe zwei ${tag('k')}`, position: 2 });
  cat.h1 = createCategory({ groupId: H.id });
  cat.c1 = createCategory({ groupId: C.id });
  cat.p1 = createCategory({ groupId: P.id });
  cat.a1 = createCategory({ groupId: ARCH.id });
  cat.a2 = createCategory({ groupId: ARCH.id });
});

/** A topic with a reply in category (of group, null: network). */
function thread(categoryId, groupId = null, { replies = 1, title } = {}) {
  const t = modInsertTopic({ categoryId, groupId, title: title || T('Thema'), authorId: A.id, body: 'Der **erste** Beitrag.', ageSeconds: 60 });
  const replyIds = [];
  for (let i = 0; i < replies; i++) replyIds.push(modInsertPost({ topicId: t.topicId, authorId: i % 2 ? R.id : A.id, body: `Antwort ${i + 1}`, ageSeconds: 50 - i }));
  return { ...t, replies: replyIds, reply: replyIds[0] };
}

// ---------------------------------------------------------- signed out ----

test('signed out: the pages send to /login, the actions answer 403 and change nothing', async () => {
  const t = thread(cat.net1);
  const anon = new Client();
  for (const path of [`/forum/t/${t.topicId}/rename`, `/forum/t/${t.topicId}/move`, `/forum/p/${t.reply}/hide`, `/forum/p/${t.reply}/split`, `/forum/p/${t.reply}/report`, '/forum/reports', '/forum/search', '/forum/categories/new', `/forum/c/${cat.net1}/edit`, `${G.base}/reports`, `${G.base}/search`]) {
    const r = await anon.get(path);
    assert.equal(r.status, 303, `${path}: ${show(r)}`);
    assert.equal(r.location, `/login?next=${path}`, path);
  }
  const before = snapshot(t.topicId, t.reply);
  const csrf = await anon.csrf('/login');
  for (const [path, fields] of [
    [`/forum/t/${t.topicId}/pin`, { value: 1 }],
    [`/forum/t/${t.topicId}/lock`, { value: 1 }],
    [`/forum/t/${t.topicId}/rename`, { title: 'Anonym umbenannt' }],
    [`/forum/t/${t.topicId}/move`, { category: cat.net2 }],
    [`/forum/p/${t.reply}/hide`, { reason: 'Anonym' }],
    [`/forum/p/${t.reply}/restore`, {}],
    [`/forum/p/${t.reply}/split`, { title: 'Anonym', category: cat.net2 }],
    [`/forum/p/${t.reply}/report`, { reason: 'Anonym gemeldet' }],
    ['/forum/reports/1/resolve', {}],
    ['/forum/categories/new', { name: 'Anonym' }],
    [`/forum/c/${cat.net1}/edit`, { name: 'Anonym' }],
  ]) {
    const r = await anon.post(path, { csrf, ...fields });
    assert.equal(r.status, 403, `${path}: ${show(r)}`);
  }
  assert.equal(snapshot(t.topicId, t.reply), before);
});

// ---------------------------------------------------- who may moderate ----

test('who moderates: site moderators and admins in the network forum, a group\'s owners and moderators in its own — nobody else, nowhere else', async () => {
  const t = {
    net: thread(cat.net1),
    g: thread(cat.g1, G.id),
    h: thread(cat.h1, H.id),
    c: thread(cat.c1, C.id),
    p: thread(cat.p1, P.id),
    arch: thread(cat.a1, ARCH.id),
  };
  const base = { net: '/forum', g: G.base, h: H.base, c: C.base, p: P.base, arch: ARCH.base };
  // [who, where, expected answer to every moderation route]
  const cases = [
    [moderator, 'net', 200, 'site moderator, network forum'],
    [admin, 'net', 200, 'site admin, network forum'],
    [GM, 'g', 200, 'group moderator, own group'],
    [GO, 'g', 200, 'group owner, own group'],
    [member, 'net', 403, 'member, network forum'],
    [A, 'net', 403, 'author, network forum'],
    [GM, 'net', 403, 'group moderator, network forum'],
    [GO, 'net', 403, 'group owner, network forum'],
    [moderator, 'g', 403, 'site moderator, open group'],
    [admin, 'g', 403, 'site admin, open group'],
    [A, 'g', 403, 'group member, own group'],
    [GM, 'h', 403, 'group moderator of G, group H (a member there)'],
    [GO, 'arch', 403, 'group owner, archived group'],
    [GM, 'arch', 403, 'group moderator, archived group'],
    [X, 'c', 403, 'outsider, closed group'],
    [X, 'p', 404, 'outsider, private group'],
    [moderator, 'p', 404, 'site moderator, private group'],
  ];
  for (const [who, where, want, label] of cases) {
    const c = who.client || who;
    const { topicId, reply } = t[where];
    const b = base[where];
    for (const path of [`${b}/t/${topicId}/rename`, `${b}/t/${topicId}/move`, `${b}/p/${reply}/hide`, `${b}/p/${reply}/split`, `${b}/reports`]) {
      const r = await c.get(path);
      assert.equal(r.status, want, `${label}: GET ${path}: ${show(r)}`);
    }
    if (want === 200) continue;
    const before = snapshot(topicId, reply);
    for (const [path, fields] of [
      [`${b}/t/${topicId}/pin`, { value: 1 }],
      [`${b}/t/${topicId}/lock`, { value: 1 }],
      [`${b}/t/${topicId}/rename`, { title: 'Unbefugt umbenannt' }],
      [`${b}/t/${topicId}/move`, { category: where === 'net' ? cat.net2 : cat.g2 }],
      [`${b}/p/${reply}/hide`, { reason: 'Unbefugt ausgeblendet' }],
      [`${b}/p/${reply}/restore`, {}],
      [`${b}/p/${reply}/split`, { title: 'Unbefugt abgetrennt', category: where === 'net' ? cat.net2 : cat.g2 }],
    ]) {
      const r = await send(c, path, fields);
      assert.equal(r.status, want, `${label}: POST ${path}: ${show(r)}`);
    }
    assert.equal(snapshot(topicId, reply), before, `${label}: nothing changed`);
  }
});

test('an item of another forum is not there (404), whoever asks', async () => {
  const net = thread(cat.net1);
  const g = thread(cat.g1, G.id);
  for (const [c, path] of [
    [moderator, `/forum/t/${g.topicId}/rename`],
    [moderator, `/forum/p/${g.reply}/hide`],
    [GM.client, `${G.base}/t/${net.topicId}/move`],
    [GM.client, `${G.base}/p/${net.reply}/split`],
    [GM.client, `${H.base}/t/${g.topicId}/rename`],
    [admin, `/forum/c/${cat.g1}/edit`],
    [GO.client, `${G.base}/c/${cat.net1}/edit`],
  ]) {
    const r = await c.get(path);
    assert.equal(r.status, 404, `${path}: ${show(r)}`);
  }
  const before = snapshot(g.topicId, g.reply);
  for (const [path, fields] of [
    [`/forum/t/${g.topicId}/pin`, { value: 1 }],
    [`/forum/t/${g.topicId}/lock`, { value: 1 }],
    [`/forum/p/${g.reply}/hide`, { reason: 'Falsches Forum' }],
    [`/forum/p/${g.reply}/restore`, {}],
  ]) {
    const r = await send(moderator, path, fields);
    assert.equal(r.status, 404, `${path}: ${show(r)}`);
  }
  assert.equal(snapshot(g.topicId, g.reply), before);
  for (const path of ['/forum/t/999999999/pin', '/forum/t/abc/pin', '/forum/t/007/pin']) {
    const r = await send(moderator, path, { value: 1 });
    assert.equal(r.status, 404, `${path}: ${show(r)}`);
  }
});

// ------------------------------------------------------------ pin, lock ----

test('pin and lock: value=1 and value=0 set the flag, with an audit entry; anything else is 400 and changes nothing', async () => {
  const t = thread(cat.net1);
  for (const [route, col, on, off, flashOn] of [
    ['pin', 'pinned', 'forum.topic.pin', 'forum.topic.unpin', 'oben angeheftet'],
    ['lock', 'locked', 'forum.topic.lock', 'forum.topic.unlock', 'geschlossen'],
  ]) {
    const path = `/forum/t/${t.topicId}/${route}`;
    let r = await send(moderator, path, { value: '1' });
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, `/forum/t/${t.topicId}`);
    assert.equal(topicRow(t.topicId)[col], '1', `${route}: set`);
    const a = audit(on, t.topicId);
    assert.ok(a, `${route}: audit ${on}`);
    assert.equal(a.actor, userId(DEMO.moderator));
    assert.ok(r.cookie('kp_flash'), `${route}: a message for the next page`);
    const flash = await moderator.get(`/forum/t/${t.topicId}/rename`);
    assert.ok(mainText(flash.text).includes(flashOn), `${route}: the message says so`);
    for (const bad of ['2', 'yes', '', '-1', '01', ' 1']) {
      r = await send(moderator, path, { value: bad });
      assert.equal(r.status, 400, `${route} value=${JSON.stringify(bad)}: ${show(r)}`);
    }
    r = await send(moderator, path, {});
    assert.equal(r.status, 400, `${route} without value: ${show(r)}`);
    r = await send(moderator, path, [['value', '0'], ['value', '1']]);
    assert.equal(r.status, 400, `${route} with two values: ${show(r)}`);
    assert.equal(topicRow(t.topicId)[col], '1', `${route}: unchanged by bad input`);
    r = await send(moderator, path, { value: '0' });
    assert.equal(r.status, 303, show(r));
    assert.equal(topicRow(t.topicId)[col], '0', `${route}: cleared`);
    assert.ok(audit(off, t.topicId), `${route}: audit ${off}`);
  }
  // A group's moderator in the group's forum.
  const g = thread(cat.g1, G.id);
  const r = await send(GM.client, `${G.base}/t/${g.topicId}/lock`, { value: 1 });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `${G.base}/t/${g.topicId}`);
  assert.equal(topicRow(g.topicId).locked, '1');
  assert.equal(audit('forum.topic.lock', g.topicId).actor, GM.id);
});

test('CSRF: every moderation POST without a token or with another session\'s token is 403 and changes nothing', async () => {
  const t = thread(cat.net1, null, { replies: 2 });
  sql(`UPDATE forum_posts SET hidden_at = NOW(), hidden_reason = 'vorher' WHERE id = ${t.replies[1]}`);
  const reportId = Number(sql(`INSERT INTO reports (kind, content_id, group_id, reporter_id, reason, created_at) VALUES ('forum_post', ${t.reply}, NULL, ${R.id}, 'CSRF-Test', NOW()); SELECT LAST_INSERT_ID();`).pop()[0]);
  const before = snapshot(t.topicId, t.reply) + JSON.stringify(sql(`SELECT * FROM reports WHERE id = ${reportId}`)) + JSON.stringify(postRow(t.replies[1]));
  const other = await csrfOf(member);
  const routes = [
    [`/forum/t/${t.topicId}/pin`, { value: 1 }],
    [`/forum/t/${t.topicId}/lock`, { value: 1 }],
    [`/forum/t/${t.topicId}/rename`, { title: 'Ohne Token umbenannt' }],
    [`/forum/t/${t.topicId}/move`, { category: cat.net2 }],
    [`/forum/p/${t.reply}/hide`, { reason: 'Ohne Token' }],
    [`/forum/p/${t.replies[1]}/restore`, {}],
    [`/forum/p/${t.reply}/split`, { title: 'Ohne Token', category: cat.net2 }],
    [`/forum/reports/${reportId}/resolve`, {}],
    ['/forum/categories/new', { name: `Ohne Token ${tag('k')}` }],
    [`/forum/c/${cat.net1}/edit`, { name: 'Ohne Token' }],
  ];
  for (const [path, fields] of routes) {
    const c = path.includes('categor') || path.includes('/c/') ? admin : moderator;
    let r = await c.post(path, fields);
    assert.equal(r.status, 403, `${path} without token: ${show(r)}`);
    r = await c.post(path, { csrf: other, ...fields });
    assert.equal(r.status, 403, `${path} with another session's token: ${show(r)}`);
  }
  let r = await R.client.post(`/forum/p/${t.reply}/report`, { reason: 'Ohne Token gemeldet' });
  assert.equal(r.status, 403, show(r));
  r = await moderator.get(`/forum/t/${t.topicId}/pin`);
  assert.equal(r.status, 405, `GET on a POST route: ${show(r)}`);
  const after = snapshot(t.topicId, t.reply) + JSON.stringify(sql(`SELECT * FROM reports WHERE id = ${reportId}`)) + JSON.stringify(postRow(t.replies[1]));
  assert.equal(after, before);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM forum_categories WHERE name LIKE 'Ohne Token%'`)[0][0]), 0);
});

// -------------------------------------------------------------- rename ----

test('rename: the form shows the title; 3 to 200 characters; the old title goes into the audit log', async () => {
  const title = T('Alter Titel');
  const t = thread(cat.net1, null, { title });
  const path = `/forum/t/${t.topicId}/rename`;
  let r = await moderator.get(path);
  assert.equal(r.status, 200, show(r));
  assert.match(r.text, /<input id="f-title" name="title" type="text" value="([^"]*)"/);
  assert.equal(decode(/<input id="f-title" name="title" type="text" value="([^"]*)"/.exec(r.text)[1]), title);
  assert.ok(r.text.includes(`action="/forum/t/${t.topicId}/rename"`));
  for (const [value, message] of [
    ['', 'Bitte füllen Sie dieses Feld aus.'],
    ['   ', 'Bitte füllen Sie dieses Feld aus.'],
    ['ab', 'mindestens 3 Zeichen'],
    [' ab ', 'mindestens 3 Zeichen'],
    ['x'.repeat(201), 'höchstens 200 Zeichen'],
    ['ä'.repeat(201), 'höchstens 200 Zeichen'],
  ]) {
    r = await send(moderator, path, { title: value });
    assertFieldError(r, 'title', message, `title ${JSON.stringify(value.slice(0, 10))}`);
    if (value.trim()) assert.ok(r.text.includes(`value="${value.trim()}"`), 'the input is kept');
  }
  assert.equal(topicRow(t.topicId).title, title, 'refused titles change nothing');
  r = await send(moderator, path, { title: 'ä'.repeat(200) });
  assert.equal(r.status, 303, `200 characters are fine: ${show(r)}`);
  const fresh = T('  Neuer Titel');
  r = await send(moderator, path, { title: fresh });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/forum/t/${t.topicId}`);
  assert.equal(topicRow(t.topicId).title, fresh.trim(), 'stored without blanks around it');
  const a = audit('forum.topic.rename', t.topicId);
  assert.equal(a.detail, 'ä'.repeat(200), 'the audit entry keeps the title before');
  assert.equal(a.actor, userId(DEMO.moderator));
  r = await send(moderator, path, { title: 'Mit Feld', role: 'admin', category: cat.net2 });
  assert.equal(r.status, 303, `extra fields are ignored: ${show(r)}`);
  assert.equal(topicRow(t.topicId).category, cat.net1);
});

test('rename: an XSS corpus as title is stored as typed and comes back inert', async () => {
  const t = thread(cat.g1, G.id);
  const path = `${G.base}/t/${t.topicId}/rename`;
  for (const x of XSS) {
    const r = await send(GO.client, path, { title: x });
    assert.equal(r.status, 303, `${x}: ${show(r)}`);
    assert.equal(topicRow(t.topicId).title, x);
    for (const page of [path, `${G.base}/t/${t.topicId}/move`, `${G.base}/p/${t.reply}/hide`]) {
      const p = await GO.client.get(page);
      assert.equal(p.status, 200, show(p));
      assertInert(p.text, `${x} on ${page}`);
      assert.ok(decode(p.text).includes(x), `${x} is shown as text on ${page}`);
    }
  }
});

// ---------------------------------------------------------------- move ----

test('move: the form lists the forum\'s other open categories; a category of another forum, a retired one or the same is refused', async () => {
  const t = thread(cat.net1);
  const path = `/forum/t/${t.topicId}/move`;
  let r = await moderator.get(path);
  assert.equal(r.status, 200, show(r));
  const options = [...r.text.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
  assert.ok(options.includes(cat.net2), 'another category of the network forum');
  assert.ok(!options.includes(cat.net1), 'not the one it is in');
  assert.ok(!options.includes(cat.netRetired), 'not a retired one');
  assert.ok(!options.includes(cat.g1) && !options.includes(cat.g2), 'not a group\'s');
  const before = snapshot(t.topicId, t.reply);
  for (const [value, message] of [
    [cat.g1, 'Bitte wählen Sie einen der angebotenen Einträge.'],
    [cat.netRetired, 'Bitte wählen Sie einen der angebotenen Einträge.'],
    [cat.net1, 'Bitte wählen Sie einen der angebotenen Einträge.'],
    [999999999, 'Bitte wählen Sie einen der angebotenen Einträge.'],
    ['x1', 'Bitte wählen Sie einen der angebotenen Einträge.'],
    ['', 'Bitte füllen Sie dieses Feld aus.'],
  ]) {
    r = await send(moderator, path, { category: value });
    assertFieldError(r, 'category', message, `category ${value}`);
  }
  assert.equal(snapshot(t.topicId, t.reply), before, 'nothing moved');
  r = await send(GM.client, `${G.base}/t/${thread(cat.g1, G.id).topicId}/move`, { category: cat.net2 });
  assertFieldError(r, 'category', 'angebotenen', 'a group moderator cannot move into the network forum');
});

test('move: the topic goes to the chosen category with its posts; both categories counted again', async () => {
  const from = createCategory({ name: `Von ${tag('k')}` });
  const to = createCategory({ name: `Nach ${tag('k')}` });
  const stay = thread(from, null, { replies: 1 });
  const t = thread(from, null, { replies: 3 });
  const other = thread(to, null, { replies: 0 });
  assert.deepEqual(modCategoryCounts(from).stored, { topics: 2, posts: 6, last: t.replies[2] });
  const r = await send(moderator, `/forum/t/${t.topicId}/move`, { category: to });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/forum/t/${t.topicId}`);
  assert.equal(topicRow(t.topicId).category, to);
  for (const c of [from, to]) {
    const counts = modCategoryCounts(c);
    assert.deepEqual(counts.stored, counts.rows, `category ${c}: counts from the rows`);
  }
  assert.deepEqual(modCategoryCounts(from).stored, { topics: 1, posts: 2, last: stay.reply });
  assert.deepEqual(modCategoryCounts(to).stored, { topics: 2, posts: 5, last: other.postId });
  assert.deepEqual(sql(`SELECT DISTINCT IFNULL(group_id, 0) FROM forum_posts WHERE topic_id = ${t.topicId}`), [['0']], 'posts stay in the network forum');
  assert.equal(audit('forum.topic.move', t.topicId).detail, `category ${from} -> ${to}`);
  assert.ok(other.topicId);
  // In a group's forum, by its moderator; group ids stay.
  const g = thread(cat.g1, G.id, { replies: 2 });
  const gr = await send(GM.client, `${G.base}/t/${g.topicId}/move`, { category: cat.g2 });
  assert.equal(gr.status, 303, show(gr));
  assert.equal(topicRow(g.topicId).category, cat.g2);
  assert.equal(topicRow(g.topicId).group, G.id);
  assert.deepEqual(sql(`SELECT DISTINCT group_id FROM forum_posts WHERE topic_id = ${g.topicId}`), [[String(G.id)]]);
  for (const c of [cat.g1, cat.g2]) {
    const counts = modCategoryCounts(c);
    assert.deepEqual(counts.stored, counts.rows, `group category ${c}`);
  }
});

// ---------------------------------------------------- hide and restore ----

test('hide: a reason of 3 to 500 characters; the post is hidden with who and why, its open reports resolved; restore clears it', async () => {
  const t = thread(cat.net1, null, { replies: 2 });
  const path = `/forum/p/${t.reply}/hide`;
  let r = await moderator.get(path);
  assert.equal(r.status, 200, show(r));
  assert.ok(mainText(r.text).includes('Antwort 1'), 'the moderator sees the post');
  assert.ok(r.text.includes(`href="/forum/p/${t.reply}"`), 'a link to the post');
  const before = snapshot(t.topicId, t.reply);
  for (const [value, message] of [
    ['', 'Bitte füllen Sie dieses Feld aus.'],
    ['\n \n', 'Bitte füllen Sie dieses Feld aus.'],
    ['ab', 'mindestens 3 Zeichen'],
    ['y'.repeat(501), 'höchstens 500 Zeichen'],
  ]) {
    r = await send(moderator, path, { reason: value });
    assertFieldError(r, 'reason', message, `reason ${JSON.stringify(value.slice(0, 10))}`);
  }
  r = await send(moderator, path, { reason: 'zu' });
  assert.equal(r.status, 422);
  assert.ok(r.text.includes('>\nzu</textarea>'), 'the reason typed is kept');
  assert.equal(snapshot(t.topicId, t.reply), before, 'nothing hidden');
  // Two open reports of the post, one of another post.
  sql(`INSERT INTO reports (kind, content_id, group_id, reporter_id, reason, created_at) VALUES
       ('forum_post', ${t.reply}, NULL, ${R.id}, 'eins', NOW()), ('forum_post', ${t.reply}, NULL, ${X.id}, 'zwei', NOW()),
       ('forum_post', ${t.replies[1]}, NULL, ${R.id}, 'drei', NOW())`);
  r = await send(moderator, path, { reason: '  Enthält eine private Telefonnummer.  ' });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/forum/p/${t.reply}`);
  const p = postRow(t.reply);
  assert.equal(p.hidden, true);
  assert.equal(p.hiddenBy, userId(DEMO.moderator));
  assert.equal(p.reason, 'Enthält eine private Telefonnummer.');
  assert.equal(audit('forum.post.hide', t.reply).detail, 'Enthält eine private Telefonnummer.');
  assert.deepEqual(sql(`SELECT reason, resolved_by FROM reports WHERE kind = 'forum_post' AND content_id IN (${t.reply}, ${t.replies[1]}) ORDER BY id`), [
    ['eins', String(userId(DEMO.moderator))],
    ['zwei', String(userId(DEMO.moderator))],
    ['drei', null],
  ]);
  // Hidden already: the form offers to change the reason.
  r = await moderator.get(path);
  assert.equal(r.status, 200);
  assert.ok(r.text.includes('Enthält eine private Telefonnummer.</textarea>'), 'the reason as stored');
  assert.ok(mainText(r.text).includes('schon ausgeblendet'));
  r = await send(moderator, path, { reason: 'Andere Begründung' });
  assert.equal(r.status, 303);
  assert.equal(postRow(t.reply).reason, 'Andere Begründung');
  // Restore.
  r = await send(moderator, `/forum/p/${t.reply}/restore`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/forum/p/${t.reply}`);
  assert.deepEqual(postRow(t.reply), { topic: t.topicId, group: 0, hidden: false, hiddenBy: 0, reason: null, deleted: false });
  assert.equal(auditCount('forum.post.restore', t.reply), 1);
  r = await send(moderator, `/forum/p/${t.reply}/restore`);
  assert.equal(r.status, 303, 'a second restore is harmless');
  assert.equal(auditCount('forum.post.restore', t.reply), 1, 'and writes no second entry');
  r = await send(moderator, `/forum/p/${t.reply}/restore`, { reason: 'x' });
  assert.equal(r.status, 303, 'undeclared fields are ignored');
});

test('hide: a hidden first post leaves its topic in place; a deleted post cannot be hidden (403)', async () => {
  const word = tag('erst');
  const t = thread(cat.net1, null, { title: `Thema mit ${word}` });
  let r = await send(moderator, `/forum/p/${t.postId}/hide`, { reason: 'Werbung' });
  assert.equal(r.status, 303, show(r));
  assert.equal(postRow(t.postId).hidden, true);
  assert.equal(sql(`SELECT deleted_at FROM forum_topics WHERE id = ${t.topicId}`)[0][0], null, 'the topic is not deleted');
  assert.equal(topicRow(t.topicId).posts, 2, 'the thread keeps its place');
  r = await moderator.get(`/forum/t/${t.topicId}/rename`);
  assert.equal(r.status, 200, 'the topic is still there');
  r = await member.get(`/forum/search?q=${word}`);
  assert.ok(r.text.includes(`href="/forum/p/${t.postId}"`), 'and found by its title');
  assert.ok(!mainText(r.text).includes('erste'), 'without the hidden text');
  // Deleted by its author.
  const d = thread(cat.net1);
  sql(`UPDATE forum_posts SET deleted_at = NOW() WHERE id = ${d.reply}`);
  r = await moderator.get(`/forum/p/${d.reply}/hide`);
  assert.equal(r.status, 403, show(r));
  r = await send(moderator, `/forum/p/${d.reply}/hide`, { reason: 'Gelöscht und versteckt' });
  assert.equal(r.status, 403, show(r));
  assert.equal(postRow(d.reply).hidden, false);
});

test('hide: an XSS corpus in the reason and in the post is inert on the moderation pages', async () => {
  const body = XSS.join('\n\n');
  const t = modInsertTopic({ categoryId: cat.g1, groupId: G.id, title: T('XSS'), authorId: A.id, body: 'Anfang' });
  const reply = modInsertPost({ topicId: t.topicId, authorId: A.id, body });
  for (const page of [`/p/${reply}/hide`, `/p/${reply}/split`]) {
    const r = await GM.client.get(G.base + page);
    assert.equal(r.status, 200, show(r));
    assertInert(r.text, `post body on ${page}`);
  }
  const rr = await R.client.get(`${G.base}/p/${reply}/report`);
  assert.equal(rr.status, 200);
  assertInert(rr.text, 'post body on the report form');
  const reason = XSS.join(' ').slice(0, 480);
  let r = await send(GM.client, `${G.base}/p/${reply}/hide`, { reason });
  assert.equal(r.status, 303, show(r));
  assert.equal(postRow(reply).reason, reason);
  r = await GM.client.get(`${G.base}/p/${reply}/hide`);
  assertInert(r.text, 'reason in the form');
  assert.ok(decode(r.text).includes(reason), 'the reason is shown as typed');
});

// --------------------------------------------------------------- split ----

test('split: a reply becomes the first post of a new topic (its author\'s) in a category of the same forum; counts recounted', async () => {
  const from = createCategory({ name: `Split von ${tag('k')}` });
  const to = createCategory({ name: `Split nach ${tag('k')}` });
  const t = thread(from, null, { replies: 3 }); // replies by A, R, A
  const split = t.replies[1]; // R's
  let r = await moderator.get(`/forum/p/${split}/split`);
  assert.equal(r.status, 200, show(r));
  assert.match(r.text, new RegExp(`<option value="${from}" selected>`), 'the topic\'s own category first');
  const options = [...r.text.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
  assert.ok(options.includes(to) && !options.includes(cat.netRetired) && !options.includes(cat.g1));
  const before = snapshot(t.topicId, split);
  for (const [fields, field, message] of [
    [{ title: 'ab', category: to }, 'title', 'mindestens 3 Zeichen'],
    [{ title: '', category: to }, 'title', 'Bitte füllen'],
    [{ title: 'z'.repeat(201), category: to }, 'title', 'höchstens 200'],
    [{ title: 'Gutes Thema', category: cat.g1 }, 'category', 'angebotenen'],
    [{ title: 'Gutes Thema', category: cat.netRetired }, 'category', 'angebotenen'],
    [{ title: 'Gutes Thema', category: '' }, 'category', 'Bitte füllen'],
  ]) {
    r = await send(moderator, `/forum/p/${split}/split`, fields);
    assertFieldError(r, field, message, JSON.stringify(fields));
  }
  assert.equal(snapshot(t.topicId, split), before, 'nothing split');
  const title = T('Abgetrennt');
  r = await send(moderator, `/forum/p/${split}/split`, { title, category: to });
  assert.equal(r.status, 303, show(r));
  const m = /^\/forum\/t\/(\d+)$/.exec(r.location);
  assert.ok(m, r.location);
  const fresh = Number(m[1]);
  const nt = topicRow(fresh);
  assert.deepEqual(
    { category: nt.category, group: nt.group, title: nt.title, author: nt.author, posts: nt.posts, first: nt.first, last: nt.last },
    { category: to, group: 0, title, author: R.id, posts: 1, first: split, last: split },
  );
  assert.equal(postRow(split).topic, fresh);
  assert.equal(postRow(split).group, 0);
  const old = topicRow(t.topicId);
  assert.deepEqual({ posts: old.posts, first: old.first, last: old.last }, { posts: 3, first: t.postId, last: t.replies[2] });
  for (const id of [t.topicId, fresh]) {
    const c = modTopicCounts(id);
    assert.deepEqual(c.stored, c.rows, `topic ${id}`);
  }
  for (const id of [from, to]) {
    const c = modCategoryCounts(id);
    assert.deepEqual(c.stored, c.rows, `category ${id}`);
  }
  assert.deepEqual(modCategoryCounts(to).stored, { topics: 1, posts: 1, last: split });
  assert.equal(audit('forum.post.split', split).detail, `topic ${t.topicId} -> ${fresh}`);
  // Its author watches the new topic, as one they had begun themselves.
  assert.equal(sql(`SELECT COUNT(*) FROM forum_topic_watches WHERE topic_id = ${fresh} AND user_id = ${R.id}`)[0][0], '1');
  assert.equal(sql(`SELECT COUNT(*) FROM forum_topic_watches WHERE topic_id = ${fresh}`)[0][0], '1', 'nobody else');
  // Now the first post of its topic: no second split.
  r = await moderator.get(`/forum/p/${split}/split`);
  assert.equal(r.status, 403);
});

test('split: never a topic\'s first post or a deleted post (403); in a group forum the new topic stays in the group', async () => {
  const t = thread(cat.g1, G.id, { replies: 2 });
  let r = await GM.client.get(`${G.base}/p/${t.postId}/split`);
  assert.equal(r.status, 403, show(r));
  const before = snapshot(t.topicId, t.postId);
  r = await send(GM.client, `${G.base}/p/${t.postId}/split`, { title: 'Erster Beitrag', category: cat.g2 });
  assert.equal(r.status, 403, show(r));
  assert.equal(snapshot(t.topicId, t.postId), before);
  sql(`UPDATE forum_posts SET deleted_at = NOW() WHERE id = ${t.replies[1]}`);
  r = await send(GM.client, `${G.base}/p/${t.replies[1]}/split`, { title: 'Gelöschter Beitrag', category: cat.g2 });
  assert.equal(r.status, 403, show(r));
  r = await send(GM.client, `${G.base}/p/${t.reply}/split`, { title: 'In der Gruppe', category: cat.g2 });
  assert.equal(r.status, 303, show(r));
  const fresh = Number(/\/t\/(\d+)$/.exec(r.location)[1]);
  assert.equal(r.location, `${G.base}/t/${fresh}`);
  assert.equal(topicRow(fresh).group, G.id);
  assert.equal(topicRow(fresh).category, cat.g2);
  assert.equal(postRow(t.reply).group, G.id);
  for (const id of [cat.g1, cat.g2]) {
    const c = modCategoryCounts(id);
    assert.deepEqual(c.stored, c.rows, `category ${id}`);
  }
});

// -------------------------------------------------------------- report ----

test('report: any reader but the author, reason 5 to 1000 characters; one open report per member and post — the second is a friendly word', async () => {
  const t = thread(cat.net1);
  const path = `/forum/p/${t.reply}/report`; // the reply is A's
  let r = await A.client.get(path);
  assert.equal(r.status, 403, `the author: ${show(r)}`);
  r = await send(A.client, path, { reason: 'Eigener Beitrag' });
  assert.equal(r.status, 403, show(r));
  r = await R.client.get(path);
  assert.equal(r.status, 200, show(r));
  assert.ok(mainText(r.text).includes('Antwort 1'), 'the post is shown');
  const count = () => Number(sql(`SELECT COUNT(*) FROM reports WHERE kind = 'forum_post' AND content_id = ${t.reply}`)[0][0]);
  for (const [value, message] of [
    ['', 'Bitte füllen'],
    ['abcd', 'mindestens 5 Zeichen'],
    ['  ab  ', 'mindestens 5 Zeichen'],
    ['r'.repeat(1001), 'höchstens 1000 Zeichen'],
  ]) {
    r = await send(R.client, path, { reason: value });
    assertFieldError(r, 'reason', message, JSON.stringify(value.slice(0, 10)));
  }
  assert.equal(count(), 0);
  r = await send(R.client, path, { reason: 'Beleidigend gegenüber einer Kollegin.' });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/forum/p/${t.reply}`);
  assert.deepEqual(sql(`SELECT kind, content_id, group_id, reporter_id, reason, resolved_at FROM reports WHERE kind = 'forum_post' AND content_id = ${t.reply}`), [
    ['forum_post', String(t.reply), null, String(R.id), 'Beleidigend gegenüber einer Kollegin.', null],
  ]);
  r = await send(R.client, path, { reason: 'Noch einmal gemeldet.' });
  assert.equal(r.status, 200, show(r));
  assert.ok(mainText(r.text).includes('schon gemeldet'), 'a friendly word');
  assert.ok(!r.text.includes('class="error'), 'not an error');
  r = await R.client.get(path);
  assert.equal(r.status, 200);
  assert.ok(mainText(r.text).includes('schon gemeldet'));
  assert.ok(!r.text.includes('name="reason"'), 'no form');
  assert.equal(count(), 1, 'one open report');
  // Others report too; after it is resolved, the member may report again.
  r = await send(member, path, { reason: 'Auch mir aufgefallen.' });
  assert.equal(r.status, 303);
  sql(`UPDATE reports SET resolved_at = NOW() WHERE content_id = ${t.reply} AND reporter_id = ${R.id}`);
  r = await send(R.client, path, { reason: 'Wieder aufgetaucht.' });
  assert.equal(r.status, 303, show(r));
  assert.equal(count(), 3);
});

test('report: who may — open group non-members yes, closed group non-members 403, private 404, archived group 403, hidden or deleted posts 403', async () => {
  const g = thread(cat.g1, G.id);
  let r = await send(X.client, `${G.base}/p/${g.reply}/report`, { reason: 'Von außerhalb der Gruppe.' });
  assert.equal(r.status, 303, `open group, not a member: ${show(r)}`);
  assert.deepEqual(sql(`SELECT group_id, reporter_id FROM reports WHERE kind = 'forum_post' AND content_id = ${g.reply}`), [[String(G.id), String(X.id)]]);
  const c = thread(cat.c1, C.id);
  const p = thread(cat.p1, P.id);
  const a = thread(cat.a1, ARCH.id);
  for (const [client, path, want] of [
    [X.client, `${C.base}/p/${c.reply}/report`, 403],
    [X.client, `${P.base}/p/${p.reply}/report`, 404],
    [R.client, `${ARCH.base}/p/${a.reply}/report`, 403],
  ]) {
    r = await client.get(path);
    assert.equal(r.status, want, `GET ${path}: ${show(r)}`);
    r = await send(client, path, { reason: 'Darf ich das melden?' });
    assert.equal(r.status, want, `POST ${path}: ${show(r)}`);
  }
  r = await send(R.client, `${C.base}/p/${c.reply}/report`, { reason: 'Als Mitglied gemeldet.' });
  assert.equal(r.status, 303, `closed group member: ${show(r)}`);
  const h = thread(cat.net1, null, { replies: 2 });
  sql(`UPDATE forum_posts SET hidden_at = NOW(), hidden_reason = 'weg' WHERE id = ${h.replies[0]}`);
  sql(`UPDATE forum_posts SET deleted_at = NOW() WHERE id = ${h.replies[1]}`);
  for (const id of h.replies) {
    r = await send(R.client, `/forum/p/${id}/report`, { reason: 'Versteckt oder gelöscht.' });
    assert.equal(r.status, 403, show(r));
  }
  assert.deepEqual(sql(`SELECT content_id, reporter_id FROM reports WHERE kind = 'forum_post' AND content_id IN (${c.reply}, ${p.reply}, ${a.reply}, ${h.replies.join(',')})`), [[String(c.reply), String(R.id)]], 'only the closed group member\'s report');
});

// -------------------------------------------------- the reports list ----

test('reports: the forum\'s moderators see its open reports, oldest first, with excerpt, link, reporter, reason and time; resolve', async () => {
  const net = modInsertTopic({ categoryId: cat.net1, title: T('Gemeldet'), authorId: A.id, body: 'Start' });
  const bad = modInsertPost({ topicId: net.topicId, authorId: A.id, body: `Ein **fetter** [Link](https://example.org) ${tag('ex')}` });
  const g = thread(cat.g1, G.id);
  let r = await send(R.client, `/forum/p/${bad}/report`, { reason: XSS[0] + ' Erste Meldung' });
  assert.equal(r.status, 303, show(r));
  r = await send(member, `/forum/p/${bad}/report`, { reason: 'Zweite Meldung' });
  assert.equal(r.status, 303, show(r));
  r = await send(R.client, `${G.base}/p/${g.reply}/report`, { reason: 'Meldung in der Gruppe' });
  assert.equal(r.status, 303, show(r));
  const ids = sql(`SELECT id FROM reports WHERE kind = 'forum_post' AND content_id IN (${bad}, ${g.reply}) ORDER BY id`).map((x) => Number(x[0]));
  // Earlier tests (and runs) leave open reports: the page where these are.
  const earlier = Number(sql(`SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL AND group_id IS NULL AND kind = 'forum_post' AND id < ${ids[0]}`)[0][0]);
  const page = Math.floor(earlier / 25) + 1;
  r = await moderator.get(`/forum/reports?page=${page}`);
  assert.equal(r.status, 200, show(r));
  assertInert(r.text, 'reports list');
  let html = r.text;
  if (earlier % 25 === 24) html += (await moderator.get(`/forum/reports?page=${page + 1}`)).text;
  const listed = [...html.matchAll(/<li class="forum-report" id="report-(\d+)">/g)].map((m) => Number(m[1]));
  assert.ok(listed.includes(ids[0]) && listed.includes(ids[1]), `both network reports listed: ${listed}`);
  assert.deepEqual(listed, [...listed].sort((a, b) => a - b), 'oldest first');
  assert.ok(!listed.includes(ids[2]), 'not a group\'s reports');
  const text = mainText(html);
  assert.ok(text.includes('Ein fetter Link'), 'the excerpt is plain text');
  assert.ok(!r.text.includes('<strong>fetter</strong>'), 'no markup in the excerpt');
  assert.ok(r.text.includes(`href="/forum/p/${bad}"`), 'a link to the post');
  assert.ok(text.includes(R.name) && text.includes('Zweite Meldung'), 'reporter and reason');
  assert.match(r.text, /<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/);
  assert.ok(r.text.includes(`action="/forum/reports/${ids[0]}/resolve"`));
  r = await GM.client.get(`${G.base}/reports`);
  assert.equal(r.status, 200);
  assert.ok(mainText(r.text).includes('Meldung in der Gruppe'));
  assert.ok(!mainText(r.text).includes('Erste Meldung'));
  // Resolving: only in its own forum.
  r = await send(GM.client, `${G.base}/reports/${ids[0]}/resolve`);
  assert.equal(r.status, 404, `a network report from a group forum: ${show(r)}`);
  r = await send(moderator, `/forum/reports/${ids[2]}/resolve`);
  assert.equal(r.status, 404, `a group report from the network forum: ${show(r)}`);
  for (const bad2 of ['999999999', 'x', '0']) {
    r = await send(moderator, `/forum/reports/${bad2}/resolve`);
    assert.equal(r.status, 404, `report ${bad2}`);
  }
  r = await send(member, `/forum/reports/${ids[0]}/resolve`);
  assert.equal(r.status, 403, show(r));
  assert.deepEqual(sql(`SELECT COUNT(*) FROM reports WHERE id IN (${ids.join(',')}) AND resolved_at IS NOT NULL`), [['0']]);
  r = await send(moderator, `/forum/reports/${ids[0]}/resolve`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, '/forum/reports');
  assert.deepEqual(sql(`SELECT resolved_at IS NOT NULL, resolved_by FROM reports WHERE id = ${ids[0]}`), [['1', String(userId(DEMO.moderator))]]);
  assert.equal(audit('forum.report.resolve', ids[0]).detail, `post ${bad}`);
  r = await send(admin, `/forum/reports/${ids[0]}/resolve`);
  assert.equal(r.status, 303, 'resolved already: harmless');
  assert.deepEqual(sql(`SELECT resolved_by FROM reports WHERE id = ${ids[0]}`), [[String(userId(DEMO.moderator))]], 'the first resolver stays');
  r = await moderator.get(`/forum/reports?page=${page}`);
  assert.ok(!r.text.includes(`id="report-${ids[0]}"`), 'gone from the list');
  assert.ok(r.text.includes(`id="report-${ids[1]}"`), 'the other one stays');
  r = await send(GO.client, `${G.base}/reports/${ids[2]}/resolve`);
  assert.equal(r.status, 303, 'the group owner resolves in the group');
});

test('reports: paginated 25 a page, oldest first across pages; a deleted post shows no text', async () => {
  const grp = createGroup({ visibility: 'closed', members: [{ id: GO.id, role: 'owner' }, { id: A.id }] });
  const k = createCategory({ groupId: grp.id });
  const t = modInsertTopic({ categoryId: k, groupId: grp.id, authorId: A.id, body: 'Geheimer Inhalt, gelöscht' });
  sql(`UPDATE forum_posts SET deleted_at = NOW() WHERE id = ${t.postId}`);
  const values = Array.from({ length: 27 }, (_, i) => `('forum_post', ${t.postId}, ${grp.id}, ${R.id}, 'Meldung Nummer ${String(i + 1).padStart(2, '0')}', NOW() - INTERVAL ${100 - i} SECOND)`);
  sql(`INSERT INTO reports (kind, content_id, group_id, reporter_id, reason, created_at) VALUES ${values.join(',')}`);
  let r = await GO.client.get(`${grp.base}/reports`);
  assert.equal(r.status, 200, show(r));
  const nums = (html) => [...mainText(html).matchAll(/Meldung Nummer (\d\d)/g)].map((m) => Number(m[1]));
  assert.deepEqual(nums(r.text), Array.from({ length: 25 }, (_, i) => i + 1));
  assert.ok(r.text.includes(`href="${grp.base}/reports?page=2"`), 'a link to page 2');
  assert.ok(!mainText(r.text).includes('Geheimer Inhalt'), 'a deleted post\'s text is not shown');
  assert.ok(mainText(r.text).includes('gelöscht'), 'but that it was deleted');
  r = await GO.client.get(`${grp.base}/reports?page=2`);
  assert.deepEqual(nums(r.text), [26, 27]);
  r = await GO.client.get(`${grp.base}/reports?page=x`);
  assert.equal(r.status, 400);
});

// -------------------------------------------------------------- search ----

test('search: finds a topic by a word of its title and by a word of a post, with forum, category, excerpt and a link to the post', async () => {
  const tw = tag('titel');
  const bw = tag('text');
  const t = modInsertTopic({ categoryId: cat.net1, title: `Beratung ${tw} gesucht`, authorId: A.id, body: 'Wer kennt eine Stelle?' });
  const reply = modInsertPost({ topicId: t.topicId, authorId: R.id, body: `${'Viel Vorrede. '.repeat(30)}Die Stelle **${bw}** hilft weiter. ${'Und noch mehr. '.repeat(30)}` });
  let r = await member.get(`/forum/search?q=${tw}`);
  assert.equal(r.status, 200, show(r));
  assert.ok(r.text.includes(`href="/forum/p/${t.postId}"`), 'a title hit links to the first post');
  assert.ok(mainText(r.text).includes(`Beratung ${tw} gesucht`));
  assert.ok(mainText(r.text).includes('1 Thema gefunden'));
  assert.ok(r.text.includes(`href="/forum/c/${cat.net1}"`), 'the category');
  assert.ok(mainText(r.text).includes('Forum des Netzwerks'), 'the forum');
  r = await member.get(`/forum/search?q=${bw.toUpperCase()}`);
  assert.ok(r.text.includes(`href="/forum/p/${reply}"`), 'a body hit links to its post');
  const text = mainText(r.text);
  assert.ok(text.includes(`Die Stelle ${bw} hilft weiter.`), 'an excerpt around the word, as plain text');
  assert.ok(text.includes('…'), 'marked where cut');
  assert.ok(!r.text.includes(`<strong>${bw}`), 'no markup');
  r = await member.get(`/forum/search?q=${bw.slice(0, 6)}`);
  assert.ok(r.text.includes(`href="/forum/p/${reply}"`), 'a word\'s beginning finds it');
  r = await member.get(`/forum/search?q=${encodeURIComponent(`${tw} und Beratung`)}`);
  assert.ok(r.text.includes(`/forum/p/`) && mainText(r.text).includes(tw), 'a stopword among the words does not spoil the search');
  r = await member.get(`/forum/search?q=${encodeURIComponent(`${tw} ${tag('nirgends')}`)}`);
  assert.ok(mainText(r.text).includes('nichts gefunden'), 'every word must occur');
  r = await (await demoClient(DEMO.member2)).get(`/forum/search?q=${tw}`);
  assert.ok(mainText(r.text).includes('1 topic found'), `English: ${mainText(r.text).slice(0, 400)}`);
});

test('search: hidden and deleted posts, deleted topics never match', async () => {
  const hw = tag('versteckt');
  const dw = tag('geloescht');
  const tw = tag('weg');
  const t = thread(cat.net1, null, { replies: 0 });
  const hidden = modInsertPost({ topicId: t.topicId, authorId: A.id, body: `Geheim ${hw}` });
  const deleted = modInsertPost({ topicId: t.topicId, authorId: A.id, body: `Gelöscht ${dw}` });
  const gone = modInsertTopic({ categoryId: cat.net1, title: `Thema ${tw}`, authorId: A.id, body: `Text ${tw}` });
  let r = await member.get(`/forum/search?q=${hw}`);
  assert.ok(r.text.includes(`/forum/p/${hidden}`), 'found before hiding');
  r = await send(moderator, `/forum/p/${hidden}/hide`, { reason: 'Nicht öffentlich' });
  assert.equal(r.status, 303);
  sql(`UPDATE forum_posts SET deleted_at = NOW() WHERE id = ${deleted}`);
  sql(`UPDATE forum_topics SET deleted_at = NOW() WHERE id = ${gone.topicId}`);
  for (const [c, w] of [[member, hw], [moderator, hw], [member, dw], [member, tw], [admin, tw]]) {
    r = await c.get(`/forum/search?q=${w}`);
    assert.equal(r.status, 200);
    assert.ok(mainText(r.text).includes('nichts gefunden'), `${w}: ${mainText(r.text).slice(0, 300)}`);
  }
  r = await send(moderator, `/forum/p/${hidden}/restore`);
  r = await member.get(`/forum/search?q=${hw}`);
  assert.ok(r.text.includes(`/forum/p/${hidden}`), 'found again after restoring');
});

test('search: never shows a closed group\'s content to non-members, nor a private group\'s; a group forum searches only itself', async () => {
  const cw = tag('geschlossen');
  const pw = tag('privat');
  const ow = tag('offen');
  const nw = tag('netz');
  const ct = modInsertTopic({ categoryId: cat.c1, groupId: C.id, title: `Intern ${cw}`, authorId: A.id, body: `Nur für Mitglieder ${cw}` });
  const pt = modInsertTopic({ categoryId: cat.p1, groupId: P.id, title: 'Vertraulich', authorId: A.id, body: `Streng vertraulich ${pw}` });
  const ot = modInsertTopic({ categoryId: cat.g1, groupId: G.id, title: `Offen ${ow}`, authorId: A.id, body: `Für alle ${ow} ${nw}` });
  const nt = modInsertTopic({ categoryId: cat.net1, title: `Netzwerk ${nw}`, authorId: A.id, body: `Im Netz ${nw}` });
  // Nothing found, and the word only where the page repeats the search
  // (the field, the link to the same search in every forum).
  const none = (html, w, label) => {
    assert.ok(mainText(html).includes('nichts gefunden'), `${label}: ${mainText(html).slice(0, 300)}`);
    const rest = html.replaceAll(`value="${w}"`, '').replaceAll(`?q=${w}"`, '');
    assert.ok(!rest.includes(w), `${label}: the word only in the search itself`);
  };
  for (const c of [X.client, member, moderator, admin]) {
    none((await c.get(`/forum/search?q=${cw}`)).text, cw, 'closed group, not a member');
    none((await c.get(`/forum/search?q=${pw}`)).text, pw, 'private group, not a member');
  }
  let r = await A.client.get(`/forum/search?q=${cw}`);
  assert.ok(r.text.includes(`href="${C.base}/p/${ct.postId}"`), 'a member finds the closed group\'s topic');
  assert.ok(mainText(r.text).includes(`Forum der Gruppe ${sql(`SELECT name FROM \`groups\` WHERE id = ${C.id}`)[0][0]}`), 'named by its group');
  r = await A.client.get(`/forum/search?q=${pw}`);
  assert.ok(r.text.includes(`href="${P.base}/p/${pt.postId}"`), 'a member finds the private group\'s post');
  r = await X.client.get(`/forum/search?q=${ow}`);
  assert.ok(r.text.includes(`href="${G.base}/p/${ot.postId}"`), 'an open group\'s content for every member');
  // A group forum: only that group.
  r = await A.client.get(`${G.base}/search?q=${nw}`);
  assert.equal(r.status, 200);
  assert.ok(r.text.includes(`${G.base}/p/${ot.postId}`), 'the group\'s own');
  assert.ok(!r.text.includes(`/forum/p/${nt.postId}`), 'not the network\'s');
  assert.ok(r.text.includes(`href="/forum/search?q=${nw}"`), 'a link to search every forum');
  r = await A.client.get(`${G.base}/search?q=${cw}`);
  none(r.text, cw, 'the closed group\'s word in another group\'s forum');
  r = await A.client.get(`/forum/search?q=${nw}`);
  assert.ok(r.text.includes(`/forum/p/${nt.postId}`) && r.text.includes(`${G.base}/p/${ot.postId}`), 'the network search covers both');
  r = await X.client.get(`${C.base}/search?q=${cw}`);
  assert.equal(r.status, 403, 'a closed group\'s search for a non-member');
  r = await X.client.get(`${P.base}/search?q=${pw}`);
  assert.equal(r.status, 404, 'a private group\'s search for a non-member');
});

test('search: short or empty input gets a friendly word; operators and SQL in the input are harmless', async () => {
  let r = await member.get('/forum/search');
  assert.equal(r.status, 200);
  assert.ok(r.text.includes('role="search"') && r.text.includes('name="q"'), 'the form');
  assert.ok(!mainText(r.text).includes('mindestens ein Wort'), 'no message before a search');
  for (const q of ['', '   ', 'ab', 'a b c', 'und the', '++ -- ** ""', '%', '\u201ean\u201c']) {
    r = await member.get(`/forum/search?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200, `${JSON.stringify(q)}: ${show(r)}`);
    assert.ok(mainText(r.text).includes('mindestens ein Wort mit 3 oder mehr Buchstaben'), `${JSON.stringify(q)}: a friendly word`);
  }
  const w = tag('op');
  const t = modInsertTopic({ categoryId: cat.net1, title: `Operatoren ${w}`, authorId: A.id, body: `foo bar baz ${w}` });
  for (const q of [
    `+"foo" -bar* (baz) ~x @y`,
    `${w}" -IN BOOLEAN MODE) OR 1=1 -- `,
    `'; DROP TABLE forum_posts; -- ${w}`,
    `${w}*** @8 >< ((( """`,
    `\\${w}\\`,
    `${w} ${'wort '.repeat(20)}`,
    `<script>alert(1)</script> ${w}`,
  ]) {
    r = await member.get(`/forum/search?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200, `${q}: ${show(r)}`);
    assertInert(r.text, q);
  }
  r = await member.get(`/forum/search?q=${encodeURIComponent(`"${w}" -(foo)`)}`);
  assert.ok(r.text.includes(`/forum/p/${t.postId}`), 'the words still count, without their operators');
  r = await member.get(`/forum/search?q=${encodeURIComponent(`-${w}`)}`);
  assert.ok(r.text.includes(`/forum/p/${t.postId}`), 'a minus is no exclusion');
  assert.equal(Number(sql('SELECT COUNT(*) > 0 FROM forum_posts')[0][0]), 1, 'the table is still there');
  r = await member.get('/forum/search?q=test&page=abc');
  assert.equal(r.status, 400);
  r = await member.get(`/forum/search?q=${'x'.repeat(2001)}`);
  assert.equal(r.status, 400, 'longer than any form sends');
});

test('search: paginated 20 a page, by relevance then last activity; an XSS corpus in titles comes back inert', async () => {
  const w = tag('seite');
  const k = createCategory({ name: `Suche ${tag('k')}` });
  const ids = [];
  for (let i = 0; i < 22; i++) ids.push(modInsertTopic({ categoryId: k, title: `${XSS[i % XSS.length]} ${w}`, authorId: A.id, body: 'Inhalt', ageSeconds: 1000 - i * 10 }).postId);
  let r = await member.get(`/forum/search?q=${w}`);
  assert.equal(r.status, 200);
  assertInert(r.text, 'results');
  assert.ok(mainText(r.text).includes('22 Themen gefunden'));
  const linked = (html) => [...html.matchAll(/<h3><a href="\/forum\/p\/(\d+)"/g)].map((m) => Number(m[1]));
  const page1 = linked(r.text);
  assert.equal(page1.length, 20);
  assert.ok(r.text.includes(`href="/forum/search?q=${w}&amp;page=2"`), 'the pager keeps the words');
  r = await member.get(`/forum/search?q=${w}&page=2`);
  const page2 = linked(r.text);
  assert.equal(page2.length, 2);
  assert.deepEqual([...page1, ...page2].sort((a, b) => a - b), [...ids].sort((a, b) => a - b), 'each once');
  assert.deepEqual([...page1, ...page2], [...ids].reverse(), 'equal relevance: the latest activity first');
  r = await member.get(`/forum/search?q=${w}&page=99`);
  assert.equal(r.status, 200, 'a page past the end');
  assert.deepEqual(linked(r.text), page2, 'shows the last page');
  assert.match(r.text, /aria-current="page"><span class="vh">Seite <\/span>2</);
});

// ---------------------------------------------------------- categories ----

test('categories: site admins in the network forum, a group\'s owners in its forum — others 403', async () => {
  for (const [c, path, want, label] of [
    [admin, '/forum/categories/new', 200, 'site admin'],
    [moderator, '/forum/categories/new', 403, 'site moderator'],
    [member, '/forum/categories/new', 403, 'member'],
    [GO.client, '/forum/categories/new', 403, 'group owner in the network forum'],
    [GO.client, `${G.base}/categories/new`, 200, 'group owner'],
    [GM.client, `${G.base}/categories/new`, 403, 'group moderator'],
    [A.client, `${G.base}/categories/new`, 403, 'group member'],
    [admin, `${G.base}/categories/new`, 403, 'site admin in a group'],
    [GO.client, `${ARCH.base}/categories/new`, 403, 'group owner, archived group'],
    [X.client, `${C.base}/categories/new`, 403, 'outsider, closed group'],
    [X.client, `${P.base}/categories/new`, 404, 'outsider, private group'],
    [admin, `/forum/c/${cat.net1}/edit`, 200, 'site admin, edit'],
    [moderator, `/forum/c/${cat.net1}/edit`, 403, 'site moderator, edit'],
    [GO.client, `${G.base}/c/${cat.g1}/edit`, 200, 'group owner, edit'],
    [GM.client, `${G.base}/c/${cat.g1}/edit`, 403, 'group moderator, edit'],
    [GO.client, `${ARCH.base}/c/${cat.a1}/edit`, 403, 'group owner, archived, edit'],
  ]) {
    const r = await c.get(path);
    assert.equal(r.status, want, `${label}: GET ${path}: ${show(r)}`);
    if (want === 200) continue;
    const name = `Unbefugt ${tag('k')}`;
    const p = await send(c, path, { name });
    assert.equal(p.status, want, `${label}: POST ${path}: ${show(p)}`);
    assert.equal(Number(sql(`SELECT COUNT(*) FROM forum_categories WHERE name = ${lit(name)}`)[0][0]), 0, label);
  }
  assert.equal(sql(`SELECT name FROM forum_categories WHERE id = ${cat.net1}`)[0][0].startsWith('Netz eins'), true);
});

test('categories: create and edit with name, description, field of action, position and retired; bad input is refused at its field', async () => {
  const [field] = sql('SELECT id, name_de FROM fields_of_action WHERE retired = 0 ORDER BY position, id LIMIT 1')[0];
  let r = await admin.get('/forum/categories/new');
  assert.ok(r.text.includes(`<option value="${field}">`), 'fields of action offered');
  const name = `Sprachkurse ${tag('k')}`;
  const bad = [
    [{ name: 'a' }, 'name', 'mindestens 2 Zeichen'],
    [{ name: '' }, 'name', 'Bitte füllen'],
    [{ name: 'n'.repeat(121) }, 'name', 'höchstens 120 Zeichen'],
    [{ name, description: 'd'.repeat(2001) }, 'description', 'höchstens 2000 Zeichen'],
    [{ name, description: '>'.repeat(100) + ' x' }, 'description', 'verschachtelte'],
    [{ name, position: 'zehn' }, 'position', 'ganze Zahl'],
    [{ name, position: '99999' }, 'position', 'ganze Zahl'],
    [{ name, position: '1.5' }, 'position', 'ganze Zahl'],
    [{ name, field: '999999' }, 'field', 'angebotenen'],
    [{ name, field: 'x' }, 'field', 'angebotenen'],
    [{ name, retired: '2' }, 'retired', 'angebotenen'],
  ];
  for (const [fields, f, message] of bad) {
    r = await send(admin, '/forum/categories/new', fields);
    assertFieldError(r, f, message, JSON.stringify(fields).slice(0, 60));
  }
  r = await send(admin, '/forum/categories/new', { name: 'n'.repeat(121), description: 'Bleibt stehen', position: 'zehn' });
  assert.equal(r.status, 422);
  assert.ok(r.text.includes('>\nBleibt stehen</textarea>') && r.text.includes('value="zehn"'), 'the input is kept');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM forum_categories WHERE name LIKE ${lit(name + '%')} OR name LIKE 'nnnn%' OR name = 'a'`)[0][0]), 0, 'nothing created');
  r = await send(admin, '/forum/categories/new', { name: `  ${name}  `, description: 'Alles zu **Kursen**.', field, position: '-5', retired: '1' });
  assert.equal(r.status, 303, show(r));
  const id = Number(/^\/forum\/c\/(\d+)$/.exec(r.location)[1]);
  assert.deepEqual(sql(`SELECT group_id, name, description, field_id, position, retired, topic_count FROM forum_categories WHERE id = ${id}`), [[null, name, 'Alles zu **Kursen**.', field, '-5', '1', '0']]);
  assert.equal(audit('forum.category.create', id).detail, name);
  r = await admin.get(`/forum/c/${id}/edit`);
  assert.equal(r.status, 200);
  assert.ok(r.text.includes(`value="${name}"`) && r.text.includes('>\nAlles zu **Kursen**.</textarea>'));
  assert.ok(r.text.includes(`<option value="${field}" selected>`) && r.text.includes('value="-5"'));
  assert.match(r.text, /id="f-retired" name="retired" type="checkbox" value="1" checked/);
  r = await send(admin, `/forum/c/${id}/edit`, { name: `${name} neu`, description: '', field: '', position: '' });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/forum/c/${id}`);
  assert.deepEqual(sql(`SELECT name, description, field_id, position, retired FROM forum_categories WHERE id = ${id}`), [[`${name} neu`, null, null, '0', '0']]);
  assert.equal(audit('forum.category.edit', id).detail, `${name} neu`);
  r = await send(admin, `/forum/c/${id}/edit`, { name: 'x' });
  assertFieldError(r, 'name', 'mindestens 2 Zeichen');
  assert.equal(sql(`SELECT name FROM forum_categories WHERE id = ${id}`)[0][0], `${name} neu`);
  // A group owner's category belongs to the group.
  r = await send(GO.client, `${G.base}/categories/new`, { name: `Gruppenkategorie ${tag('k')}`, position: '3' });
  assert.equal(r.status, 303, show(r));
  const gid = Number(/\/c\/(\d+)$/.exec(r.location)[1]);
  assert.equal(r.location, `${G.base}/c/${gid}`);
  assert.deepEqual(sql(`SELECT group_id, position FROM forum_categories WHERE id = ${gid}`), [[String(G.id), '3']]);
  r = await send(admin, `/forum/c/${gid}/edit`, { name: 'Fremde Kategorie' });
  assert.equal(r.status, 404, 'a group\'s category from the network forum');
  // The new group category is a place to move topics to.
  const t = thread(cat.g1, G.id);
  r = await GM.client.get(`${G.base}/t/${t.topicId}/move`);
  assert.ok(r.text.includes(`<option value="${gid}"`));
});

test('categories: an XSS corpus in names and descriptions comes back inert', async () => {
  for (const x of XSS) {
    let r = await send(GO.client, `${G.base}/categories/new`, { name: `${x} ${tag('k')}`.slice(0, 120), description: `${x}\n\n${XSS.join('\n')}` });
    assert.equal(r.status, 303, `${x}: ${show(r)}`);
    const id = Number(/\/c\/(\d+)$/.exec(r.location)[1]);
    r = await GO.client.get(`${G.base}/c/${id}/edit`);
    assert.equal(r.status, 200);
    assertInert(r.text, `${x} in the category form`);
    const t = thread(cat.g1, G.id);
    r = await GM.client.get(`${G.base}/t/${t.topicId}/move`);
    assertInert(r.text, `${x} as a move target`);
  }
});
