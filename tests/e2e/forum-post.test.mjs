// The forum's post part (cgi/forum/post_*.c): new topics, replies with a
// quote, the preview without JavaScript, the one-time form token, editing
// one's own posts with every earlier text kept, a post's history, deleting
// one's own posts, and the notification rows a new post writes (topic and
// category watchers, @mentions) — in the network's forum and in groups'.
// Every route: the happy path, bad input (a message at the field, 422, the
// text and the token kept, nothing saved), access (signed out, someone
// else's post, locked topic, retired category, hidden and deleted posts,
// archived group, non-members of open, closed and private groups, another
// forum's ids), CSRF, and an XSS corpus that must come back inert. Topics
// and posts are made through the real forms; the database is read to see
// what was stored, and written only for what no form of this part does
// (groups, categories, watching, locking, hiding, an archived group).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Client, DEMO, ORIGIN, csrfFrom, demoClient, inputValue, inviteUsers, mainText, show, textOf } from './lib.mjs';
import { addGroupMember, createCategory, createGroup, lit, onceToken, sql, tag, userId } from './forum-lib.mjs';
import { decodeEntities } from './people-lib.mjs';

// ------------------------------------------------------------- strings ----

const strings = new Map();
/** Lang.KEY (de) from the post part's language file, else the common one. */
function t(key) {
  if (!strings.size) {
    for (const file of ['../../templates/lang/de.hdf', '../../templates/lang/de/forum_post.hdf']) {
      const path = [];
      for (const raw of readFileSync(new URL(file, import.meta.url), 'utf8').split('\n')) {
        const line = raw.trim();
        let m;
        if (!line || line.startsWith('#')) continue;
        if ((m = /^([\w.]+)\s*\{$/.exec(line))) path.push(m[1]);
        else if (line === '}') path.pop();
        else if ((m = /^([\w.]+)\s*=\s*(.*)$/.exec(line))) strings.set([...path, m[1]].join('.'), m[2]);
      }
    }
  }
  const v = strings.get(`Lang.${key}`);
  if (v === undefined) throw new Error(`no Lang.${key}`);
  return v;
}

// --------------------------------------------------------------- pages ----

const one = (q) => sql(q)[0]?.[0] ?? null;
const num = (q) => Number(one(q));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The message at a field (without the "Fehler:" prefix), or null. */
function fieldError(html, name) {
  const m = new RegExp(`<p class="field-error" id="e-${name}">([\\s\\S]*?)</p>`).exec(html);
  return m ? decodeEntities(textOf(m[1].replace(/<span class="error-prefix">[\s\S]*?<\/span>/, ''))) : null;
}

/** The text of the body text area as a browser would send it. */
function bodyValue(html) {
  const m = /<textarea\b[^>]*\bname="body"[^>]*>\n?([\s\S]*?)<\/textarea>/.exec(html);
  return m ? decodeEntities(m[1]) : undefined;
}

const titleValue = (html) => {
  const v = inputValue(html, 'title');
  return v === undefined ? undefined : decodeEntities(v);
};

/** The preview section's HTML, or null. */
function preview(html) {
  const m = /<section class="panel forum-preview"[\s\S]*?<\/section>/.exec(html);
  return m ? m[0] : null;
}

/** A form page: status 200, its csrf and one-time tokens. */
async function formOf(client, path) {
  const r = await client.get(path);
  assert.equal(r.status, 200, `${path}: ${show(r)}`);
  return { html: r.text, csrf: csrfFrom(r.text), once: inputValue(r.text, 'once') };
}

/** The id of the post a Location {base}/p/ID names. */
function postIn(base, location) {
  const m = new RegExp(`^${esc(base)}/p/(\\d+)$`).exec(location || '');
  assert.ok(m, `a permalink under ${base}, got ${location}`);
  return Number(m[1]);
}

/** A new topic through the form: {postId, topicId, res}. */
async function startTopic(client, base, cat, { title = `Thema ${tag('t')}`, body = 'Erster Beitrag.' } = {}) {
  const f = await formOf(client, `${base}/c/${cat}/new`);
  const res = await client.post(`${base}/c/${cat}/new`, { csrf: f.csrf, once: f.once, title, body });
  assert.equal(res.status, 303, show(res));
  const postId = postIn(base, res.location);
  return { postId, topicId: num(`SELECT topic_id FROM forum_posts WHERE id = ${postId}`), res };
}

/** A reply through the form: {postId, res}. */
async function replyTo(client, base, topicId, body = 'Eine Antwort.') {
  const f = await formOf(client, `${base}/t/${topicId}/reply`);
  const res = await client.post(`${base}/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body });
  assert.equal(res.status, 303, show(res));
  return { postId: postIn(base, res.location), res };
}

function topicRow(id) {
  const [r] = sql(`SELECT post_count, first_post_id, last_post_id, last_poster_id, title, category_id, IFNULL(group_id, 0), created_by
                   FROM forum_topics WHERE id = ${id}`);
  return {
    posts: Number(r[0]), first: Number(r[1]), last: Number(r[2]), lastPoster: Number(r[3]),
    title: r[4], category: Number(r[5]), group: Number(r[6]), createdBy: Number(r[7]),
  };
}

function categoryRow(id) {
  const [r] = sql(`SELECT topic_count, post_count, IFNULL(last_post_id, 0) FROM forum_categories WHERE id = ${id}`);
  return { topics: Number(r[0]), posts: Number(r[1]), last: Number(r[2]) };
}

function postRow(id) {
  // HEX: the client prints line breaks in values as they are.
  const [r] = sql(`SELECT HEX(body), IFNULL(edited_at, ''), revision_count, deleted_at IS NOT NULL, created_at, IFNULL(group_id, 0), created_by
                   FROM forum_posts WHERE id = ${id}`);
  return { body: Buffer.from(r[0], 'hex').toString('utf8'), editedAt: r[1], revisions: Number(r[2]), deleted: r[3] === '1', createdAt: r[4], group: Number(r[5]), author: Number(r[6]) };
}

const topicCount = (cat) => num(`SELECT COUNT(*) FROM forum_topics WHERE category_id = ${cat}`);
const postCount = (topic) => num(`SELECT COUNT(*) FROM forum_posts WHERE topic_id = ${topic}`);

/** Notification rows about a post: [{user, kind, actor, group, topic}]. */
function notificationsOf(postId) {
  return sql(`SELECT user_id, kind, IFNULL(actor_id, 0), IFNULL(group_id, 0), topic_id FROM notifications
              WHERE post_id = ${postId} ORDER BY user_id, kind`).map((r) => ({
    user: Number(r[0]), kind: r[1], actor: Number(r[2]), group: Number(r[3]), topic: Number(r[4]),
  }));
}

const watches = (uid, topic) => num(`SELECT COUNT(*) FROM forum_topic_watches WHERE user_id = ${uid} AND topic_id = ${topic}`);

/** Nothing in <main> that a browser would run: no script-like element,
 * no event handler attribute, no javascript:/data:/vbscript: URL. */
function assertInert(html, where) {
  const m = /<main\b[\s\S]*<\/main>/.exec(html);
  assert.ok(m, `${where}: a <main>`);
  for (const tag of m[0].matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const [all, name, attrs] = tag;
    assert.ok(!/^(script|iframe|object|embed|style|svg|math|base|meta|link|frame)$/i.test(name), `${where}: element ${all}`);
    assert.doesNotMatch(attrs.replace(/"[^"]*"/g, '""'), /(^|\s)on[a-z]+\s*=/i, `${where}: handler in ${all}`);
    assert.doesNotMatch(attrs.replace(/"[^"]*"/g, '""'), /=\s*[^"\s]/, `${where}: unquoted attribute in ${all}`);
    for (const a of attrs.matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) {
      if (!/^(href|src|action|formaction|srcset|poster|xlink:href)$/i.test(a[1])) continue;
      const v = decodeEntities(a[2]).replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      assert.doesNotMatch(v, /^(javascript|data|vbscript|file):/, `${where}: URL in ${all}`);
    }
  }
}

// ------------------------------------------------------------ accounts ----

let anna, ben, wera, mara, jean, nina, gmod, siteMod;
let annaId, benId, weraId, maraId, jeanId, ninaId, gmodId, siteModId;
let netCat; // a category of the network's forum
const T = tag('p');

before(async () => {
  const people = await inviteUsers(7, { name: `Forum ${T}` });
  [anna, ben, wera, mara, jean, nina, gmod] = people;
  // Names to mention: with spaces, hyphens and an apostrophe; unique.
  const names = [`Anna ${T} Schneider`, `Ben ${T}`, `Wera ${T}`, `Mara ${T} Quelle`, `Jean-Luc O'Neill-${T}`, `Nina ${T}`, `Gerd ${T} Moderator`];
  people.forEach((p, i) => {
    p.name = names[i];
    sql(`UPDATE users SET name = ${lit(names[i])} WHERE email = ${lit(p.email)}`);
  });
  [annaId, benId, weraId, maraId, jeanId, ninaId, gmodId] = people.map((p) => userId(p.email));
  siteMod = await demoClient(DEMO.moderator);
  siteModId = userId(DEMO.moderator);
  netCat = createCategory({ name: `Netz ${T}` });
});

// ---------------------------------------------------------- new topic ----

test('new topic: the form, then one topic with its first post, counts, watch, once row and flash', async () => {
  const f = await formOf(anna.client, `/forum/c/${netCat}/new`);
  assert.match(f.once || '', /^[A-Za-z0-9_-]{43}$/, 'a one-time token in the form');
  assert.equal(titleValue(f.html), '', 'an empty title field');
  assert.equal(bodyValue(f.html), '');
  assert.match(f.html, /<button type="submit" class="button button-secondary" name="preview" value="1">/);
  assert.ok(mainText(f.html).includes(t('ForumPost.Compose.WatchNote')), 'the page says the author will watch the topic');
  const before = categoryRow(netCat);
  const title = `  Dolmetschen ${tag('d')} gesucht  `;
  const body = 'Wer kennt **eine Stelle** für Traumaberatung auf Arabisch?\n\n- Duderstadt\n- Göttingen';
  const res = await anna.client.post(`/forum/c/${netCat}/new`, { csrf: f.csrf, once: f.once, title, body });
  assert.equal(res.status, 303, show(res));
  const postId = postIn('/forum', res.location);
  assert.equal(res.cookie('kp_flash')?.value, 'ForumPostTopicCreated');
  const p = postRow(postId);
  assert.equal(p.body, body);
  assert.equal(p.author, annaId);
  assert.equal(p.group, 0);
  const topicId = num(`SELECT topic_id FROM forum_posts WHERE id = ${postId}`);
  const tr = topicRow(topicId);
  assert.deepEqual(
    { title: tr.title, posts: tr.posts, first: tr.first, last: tr.last, lastPoster: tr.lastPoster, category: tr.category, group: tr.group, createdBy: tr.createdBy },
    { title: title.trim(), posts: 1, first: postId, last: postId, lastPoster: annaId, category: netCat, group: 0, createdBy: annaId },
  );
  const after = categoryRow(netCat);
  assert.deepEqual(after, { topics: before.topics + 1, posts: before.posts + 1, last: postId });
  assert.equal(watches(annaId, topicId), 1, 'the author watches the new topic');
  assert.equal(num(`SELECT COUNT(*) FROM form_once WHERE user_id = ${annaId} AND result = ${lit(`/forum/p/${postId}`)}`), 1, 'the token records where it led');
});

test('new topic in a group forum: group id on topic and post, the permalink under the group', async () => {
  const g = createGroup({ visibility: 'closed', members: [{ id: annaId }] });
  const cat = createCategory({ groupId: g.id });
  const { postId, topicId } = await startTopic(anna.client, g.base, cat, { title: 'Gruppenthema' });
  assert.equal(topicRow(topicId).group, g.id);
  assert.equal(postRow(postId).group, g.id);
  assert.deepEqual(categoryRow(cat), { topics: 1, posts: 1, last: postId });
});

test('new topic, bad input: a message at the field, 422, text and token kept, nothing created', async () => {
  const cat = createCategory();
  const f = await formOf(anna.client, `/forum/c/${cat}/new`);
  const cases = [
    [{ title: '', body: 'Text da' }, 'title', t('Err.Required')],
    [{ title: '    ', body: 'Text da' }, 'title', t('Err.Required')],
    [{ title: ' ab ', body: 'Text da' }, 'title', t('ForumPost.Err.TitleShort')],
    [{ title: 'ä'.repeat(201), body: 'Text da' }, 'title', t('ForumPost.Err.TitleLong')],
    [{ title: 'Ein Titel', body: '' }, 'body', t('Err.Required')],
    [{ title: 'Ein Titel', body: ' \n\t\n ' }, 'body', t('Err.Required')],
    [{ title: 'Ein Titel', body: 'x'.repeat(20001) }, 'body', t('ForumPost.Err.BodyLong')],
    [{ title: 'Ein Titel', body: 'ü'.repeat(20001) }, 'body', t('ForumPost.Err.BodyLong')],
    [{ title: 'Ein Titel', body: '>'.repeat(70) + ' tief' }, 'body', t('Err.TextTooComplex')],
  ];
  for (const [fields, field, message] of cases) {
    const r = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, ...fields });
    const what = `${JSON.stringify(fields).slice(0, 60)}`;
    assert.equal(r.status, 422, `${what}: ${show(r)}`);
    assert.equal(fieldError(r.text, field), message, what);
    assert.match(r.text, new RegExp(`<a href="#f-${field}">`), `${what}: in the summary`);
    assert.equal(titleValue(r.text) ?? '', fields.title, `${what}: title kept`);
    assert.equal(bodyValue(r.text), fields.body, `${what}: body kept`);
    assert.equal(inputValue(r.text, 'once'), f.once, `${what}: the same token`);
    assert.equal(preview(r.text), null, `${what}: no preview`);
  }
  assert.equal(topicCount(cat), 0);
  assert.deepEqual(categoryRow(cat), { topics: 0, posts: 0, last: 0 });
  // The limits themselves are fine (preview: nothing created).
  for (const fields of [{ title: 'abc', body: 'y'.repeat(20000) }, { title: 'ö'.repeat(200), body: 'ß'.repeat(20000) }]) {
    const r = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, preview: 1, ...fields });
    assert.equal(r.status, 200, show(r));
    assert.ok(preview(r.text));
  }
  // A refused submission did not use the token up: it still creates.
  const ok = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title: 'Nun richtig', body: 'Jetzt passt es.' });
  assert.equal(ok.status, 303, show(ok));
  assert.equal(topicCount(cat), 1);
});

test('new topic: broken input the parsers refuse is a 400 and creates nothing', async () => {
  const cat = createCategory();
  const f = await formOf(anna.client, `/forum/c/${cat}/new`);
  const raw = (extra) => `csrf=${encodeURIComponent(f.csrf)}&once=${encodeURIComponent(f.once)}&${extra}`;
  const bad = [
    ['invalid UTF-8 in the body', raw('title=Gut&body=%C3%28')],
    ['invalid UTF-8 in the title', raw('title=%FF%FE&body=Gut')],
    ['a line break in the title', raw('title=Zwei%0AZeilen&body=Gut')],
    ['a NUL byte', raw('title=Gut&body=a%00b')],
    ['the title twice', raw('title=Eins&title=Zwei&body=Gut')],
    ['no once', `csrf=${encodeURIComponent(f.csrf)}&title=Gut&body=Gut`],
    ['an empty once', `csrf=${encodeURIComponent(f.csrf)}&once=&title=Gut&body=Gut`],
    ['a malformed once', `csrf=${encodeURIComponent(f.csrf)}&once=abc&title=Gut&body=Gut`],
    ['a once with bad characters', `csrf=${encodeURIComponent(f.csrf)}&once=${'%24'.repeat(43)}&title=Gut&body=Gut`],
  ];
  for (const [what, body] of bad) {
    const r = await anna.client.post(`/forum/c/${cat}/new`, body);
    assert.equal(r.status, 400, `${what}: ${show(r)}`);
  }
  // Preview without a token: also 400 (the form always has one).
  const r = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, title: 'Gut', body: 'Gut', preview: 1 });
  assert.equal(r.status, 400);
  assert.equal(topicCount(cat), 0);
  assert.deepEqual(categoryRow(cat), { topics: 0, posts: 0, last: 0 });
});

// ------------------------------------------------------------ preview ----

test('preview: renders the text, keeps title, text and token, creates nothing; then the same form posts once', async () => {
  const cat = createCategory();
  const f = await formOf(anna.client, `/forum/c/${cat}/new`);
  const title = 'Vorschau & <Test>';
  const body = 'Ein **wichtiger** Hinweis mit [Link](https://example.org/x).\n\n# Überschrift';
  const r = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title, body, preview: 1 });
  assert.equal(r.status, 200, show(r));
  const p = preview(r.text);
  assert.ok(p, 'a preview section');
  assert.match(p, new RegExp(`<h2 id="preview-title">${esc(t('ForumPost.Preview.Title'))}</h2>`));
  assert.match(p, /<h3 class="forum-preview-title">Vorschau &amp; &lt;Test&gt;<\/h3>/);
  assert.match(p, /<strong>wichtiger<\/strong>/);
  assert.match(p, /<a href="https:\/\/example.org\/x">Link<\/a>/);
  assert.match(p, /<h3>Überschrift<\/h3>/, 'headings move down two levels');
  assert.equal(titleValue(r.text), title);
  assert.equal(bodyValue(r.text), body);
  assert.equal(inputValue(r.text, 'once'), f.once, 'the same token');
  assert.equal(topicCount(cat), 0, 'nothing created');
  assert.equal(num(`SELECT COUNT(*) FROM forum_posts WHERE body = ${lit(body)}`), 0);
  // A second preview, then sending: one topic.
  const r2 = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title, body: body + '!', preview: 1 });
  assert.equal(r2.status, 200);
  assert.equal(inputValue(r2.text, 'once'), f.once);
  const sent = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title, body: body + '!' });
  assert.equal(sent.status, 303, show(sent));
  assert.equal(topicCount(cat), 1);
  assert.equal(postRow(postIn('/forum', sent.location)).body, body + '!');
});

test('preview of a reply and of an edit: rendered, kept, nothing changed', async () => {
  const { topicId, postId } = await startTopic(anna.client, '/forum', netCat, { body: 'Original' });
  const f = await formOf(ben.client, `/forum/t/${topicId}/reply`);
  const r = await ben.client.post(`/forum/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body: '*kursiv*', preview: 1 });
  assert.equal(r.status, 200, show(r));
  assert.match(preview(r.text), /<em>kursiv<\/em>/);
  assert.equal(bodyValue(r.text), '*kursiv*');
  assert.equal(inputValue(r.text, 'once'), f.once);
  assert.equal(postCount(topicId), 1);
  const e = await formOf(anna.client, `/forum/p/${postId}/edit`);
  const r3 = await anna.client.post(`/forum/p/${postId}/edit`, { csrf: e.csrf, title: 'Neuer Titel', body: '**neu**', preview: 1 });
  assert.equal(r3.status, 200, show(r3));
  assert.match(preview(r3.text), /<h3 class="forum-preview-title">Neuer Titel<\/h3>/);
  assert.match(preview(r3.text), /<strong>neu<\/strong>/);
  assert.equal(titleValue(r3.text), 'Neuer Titel');
  assert.equal(bodyValue(r3.text), '**neu**');
  assert.equal(postRow(postId).body, 'Original');
  assert.equal(postRow(postId).revisions, 0);
  assert.notEqual(topicRow(topicId).title, 'Neuer Titel');
});

// ------------------------------------------------------ one-time token ----

test('double submit, one after the other: one topic, both answers lead to it', async () => {
  const cat = createCategory();
  const f = await formOf(anna.client, `/forum/c/${cat}/new`);
  const fields = { csrf: f.csrf, once: f.once, title: 'Doppelklick', body: 'Nur einmal bitte.' };
  const a = await anna.client.post(`/forum/c/${cat}/new`, fields);
  const b = await anna.client.post(`/forum/c/${cat}/new`, fields);
  assert.equal(a.status, 303);
  assert.equal(b.status, 303);
  assert.equal(b.location, a.location);
  assert.equal(topicCount(cat), 1);
  assert.deepEqual(categoryRow(cat), { topics: 1, posts: 1, last: postIn('/forum', a.location) });
  // Another token is another topic.
  const g = await formOf(anna.client, `/forum/c/${cat}/new`);
  assert.notEqual(g.once, f.once);
  const c = await anna.client.post(`/forum/c/${cat}/new`, { ...fields, once: g.once });
  assert.equal(c.status, 303);
  assert.notEqual(c.location, a.location);
  assert.equal(topicCount(cat), 2);
});

test('double submit, two at the same time: one topic, one reply, both answers lead to it', async () => {
  const cat = createCategory();
  const f = await formOf(anna.client, `/forum/c/${cat}/new`);
  const fields = { csrf: f.csrf, once: f.once, title: 'Gleichzeitig', body: 'Zwei Klicks.' };
  const [a, b] = await Promise.all([anna.client.post(`/forum/c/${cat}/new`, fields), anna.client.post(`/forum/c/${cat}/new`, fields)]);
  assert.deepEqual([a.status, b.status], [303, 303], `${show(a)} / ${show(b)}`);
  assert.equal(a.location, b.location);
  assert.equal(topicCount(cat), 1);
  const postId = postIn('/forum', a.location);
  const topicId = num(`SELECT topic_id FROM forum_posts WHERE id = ${postId}`);
  assert.deepEqual(categoryRow(cat), { topics: 1, posts: 1, last: postId });

  const r = await formOf(ben.client, `/forum/t/${topicId}/reply`);
  const rf = { csrf: r.csrf, once: r.once, body: 'Antwort, doppelt geklickt.' };
  const results = await Promise.all([1, 2, 3].map(() => ben.client.post(`/forum/t/${topicId}/reply`, rf)));
  assert.deepEqual(results.map((x) => x.status), [303, 303, 303], results.map(show).join(' / '));
  assert.equal(new Set(results.map((x) => x.location)).size, 1, 'all answers lead to the same post');
  assert.equal(postCount(topicId), 2);
  const replyId = postIn('/forum', results[0].location);
  assert.equal(topicRow(topicId).posts, 2);
  assert.equal(topicRow(topicId).last, replyId);
  assert.deepEqual(categoryRow(cat), { topics: 1, posts: 2, last: replyId });
  // Sent again later: still that reply.
  const again = await ben.client.post(`/forum/t/${topicId}/reply`, rf);
  assert.equal(again.status, 303);
  assert.equal(again.location, results[0].location);
  assert.equal(postCount(topicId), 2);
});

test('one-time tokens are per member: the same token from someone else creates their own post', async () => {
  const { topicId } = await startTopic(anna.client, '/forum', netCat);
  const once = onceToken();
  const a = await ben.client.post(`/forum/t/${topicId}/reply`, { csrf: await ben.client.csrf(`/forum/t/${topicId}/reply`), once, body: 'Ben' });
  const b = await wera.client.post(`/forum/t/${topicId}/reply`, { csrf: await wera.client.csrf(`/forum/t/${topicId}/reply`), once, body: 'Wera' });
  assert.equal(a.status, 303);
  assert.equal(b.status, 303);
  assert.notEqual(a.location, b.location);
  assert.equal(postCount(topicId), 3);
});

// -------------------------------------------------------------- reply ----

test('reply: the form, then the post with counts, the author watching, the permalink and flash', async () => {
  const cat = createCategory();
  const { topicId, postId: first } = await startTopic(anna.client, '/forum', cat);
  const f = await formOf(ben.client, `/forum/t/${topicId}/reply`);
  assert.equal(titleValue(f.html), undefined, 'no title field in a reply');
  assert.ok(f.once);
  assert.ok(mainText(f.html).includes(t('ForumPost.Compose.WatchNote')));
  assert.equal(watches(benId, topicId), 0);
  const res = await ben.client.post(`/forum/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body: 'Ich kenne jemanden.' });
  assert.equal(res.status, 303, show(res));
  assert.equal(res.cookie('kp_flash')?.value, 'ForumPostReplied');
  const replyId = postIn('/forum', res.location);
  assert.ok(replyId > first);
  assert.equal(postRow(replyId).body, 'Ich kenne jemanden.');
  assert.equal(postRow(replyId).author, benId);
  const tr = topicRow(topicId);
  assert.deepEqual([tr.posts, tr.first, tr.last, tr.lastPoster], [2, first, replyId, benId]);
  assert.deepEqual(categoryRow(cat), { topics: 1, posts: 2, last: replyId });
  assert.equal(watches(benId, topicId), 1, 'the replier watches the topic now');
  // A second reply of the same member: no second watch row, counts go on.
  await replyTo(ben.client, '/forum', topicId, 'Noch etwas.');
  assert.equal(watches(benId, topicId), 1);
  assert.equal(topicRow(topicId).posts, 3);
  assert.equal(categoryRow(cat).posts, 3);
});

test('reply, bad input: 422 with the text and token kept, nothing created', async () => {
  const { topicId } = await startTopic(anna.client, '/forum', netCat);
  const f = await formOf(ben.client, `/forum/t/${topicId}/reply`);
  for (const [body, message] of [
    ['', t('Err.Required')],
    ['\n\n   ', t('Err.Required')],
    ['z'.repeat(20001), t('ForumPost.Err.BodyLong')],
  ]) {
    const r = await ben.client.post(`/forum/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body });
    assert.equal(r.status, 422, show(r));
    assert.equal(fieldError(r.text, 'body'), message);
    assert.equal(bodyValue(r.text), body);
    assert.equal(inputValue(r.text, 'once'), f.once);
  }
  const r = await ben.client.post(`/forum/t/${topicId}/reply`, `csrf=${encodeURIComponent(f.csrf)}&once=${f.once}&body=%E2%82`);
  assert.equal(r.status, 400, 'invalid UTF-8');
  const r2 = await ben.client.post(`/forum/t/${topicId}/reply`, { csrf: f.csrf, body: 'ohne Token' });
  assert.equal(r2.status, 400, 'no once');
  assert.equal(postCount(topicId), 1);
  assert.equal(topicRow(topicId).posts, 1);
});

test('quote: the quoted post as a Markdown block quote with its author; nothing for what cannot be quoted', async () => {
  sql(`UPDATE users SET name = ${lit(`Eva *Stern* [${T}]`)} WHERE id = ${ninaId}`);
  try {
    const { topicId, postId } = await startTopic(nina.client, '/forum', netCat, { body: 'Erste Zeile\n\n> schon zitiert\nletzte <Zeile>' });
    const f = await formOf(ben.client, `/forum/t/${topicId}/reply?quote=${postId}`);
    const quote = bodyValue(f.html);
    assert.equal(quote, `**Eva \\*Stern\\* \\[${T}\\]** ${t('ForumPost.Quote.Wrote')}\n> Erste Zeile\n>\n> > schon zitiert\n> letzte <Zeile>\n\n`);
    // It renders as the attribution and a block quote.
    const p = await ben.client.post(`/forum/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body: quote + 'Dem stimme ich zu.', preview: 1 });
    assert.match(preview(p.text), new RegExp(`<p><strong>Eva \\*Stern\\* \\[${T}\\]</strong> schrieb:</p>\\n<blockquote>\\n<p>Erste Zeile</p>\\n<blockquote>\\n<p>schon zitiert<br />\\nletzte &lt;Zeile&gt;</p>`));
    // Sent: the reply holds the quote.
    const sent = await ben.client.post(`/forum/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body: quote + 'Dem stimme ich zu.' });
    assert.equal(sent.status, 303);
    const replyId = postIn('/forum', sent.location);
    assert.ok(postRow(replyId).body.startsWith('**Eva'));

    // Not quotable: a deleted or hidden post, a post of another topic, no id.
    const other = await startTopic(anna.client, '/forum', netCat);
    const hidden = (await replyTo(anna.client, '/forum', topicId, 'wird ausgeblendet')).postId;
    sql(`UPDATE forum_posts SET hidden_at = NOW(), hidden_by = ${siteModId}, hidden_reason = 'Test' WHERE id = ${hidden}`);
    const deleted = (await replyTo(anna.client, '/forum', topicId, 'wird gelöscht')).postId;
    sql(`UPDATE forum_posts SET deleted_at = NOW() WHERE id = ${deleted}`);
    for (const q of [hidden, deleted, other.postId, 'abc', '0', '', `0${postId}`, '99999999']) {
      const r = await ben.client.get(`/forum/t/${topicId}/reply?quote=${q}`);
      assert.equal(r.status, 200, `quote=${q}: ${show(r)}`);
      assert.equal(bodyValue(r.text), '', `quote=${q}: nothing prefilled`);
    }
    // The author's account gone: "a former member".
    const orphan = await startTopic(anna.client, '/forum', netCat, { body: 'verwaist' });
    sql(`UPDATE forum_posts SET created_by = NULL WHERE id = ${orphan.postId}`);
    const r = await ben.client.get(`/forum/t/${orphan.topicId}/reply?quote=${orphan.postId}`);
    assert.equal(bodyValue(r.text), `**${t('ForumPost.Quote.Unknown')}** ${t('ForumPost.Quote.Wrote')}\n> verwaist\n\n`);
  } finally {
    sql(`UPDATE users SET name = ${lit(nina.name)} WHERE id = ${ninaId}`);
  }
});

// --------------------------------------------------------------- edit ----

test('edit: the form prefilled, each edit keeps the earlier text dated when it was written', async () => {
  const cat = createCategory();
  const { topicId, postId } = await startTopic(anna.client, '/forum', cat, { title: 'Alter Titel', body: 'Fassung 1' });
  const reply = (await replyTo(anna.client, '/forum', topicId, 'Antwort 1')).postId;
  const countsBefore = [topicRow(topicId).posts, categoryRow(cat)];
  // First post: title and body; a reply: body only.
  const f = await formOf(anna.client, `/forum/p/${postId}/edit`);
  assert.equal(titleValue(f.html), 'Alter Titel');
  assert.equal(bodyValue(f.html), 'Fassung 1');
  assert.equal(inputValue(f.html, 'once'), undefined, 'an edit needs no one-time token');
  const fr = await formOf(anna.client, `/forum/p/${reply}/edit`);
  assert.equal(titleValue(fr.html), undefined);
  assert.equal(bodyValue(fr.html), 'Antwort 1');

  const created = postRow(postId).createdAt;
  sql(`UPDATE forum_posts SET created_at = created_at - INTERVAL 2 HOUR WHERE id = ${postId}`);
  const written1 = postRow(postId).createdAt;
  assert.notEqual(written1, created);
  // Edit 1: the body only.
  const e1 = await anna.client.post(`/forum/p/${postId}/edit`, { csrf: f.csrf, title: 'Alter Titel', body: 'Fassung 2' });
  assert.equal(e1.status, 303, show(e1));
  assert.equal(e1.location, `/forum/p/${postId}`);
  assert.equal(e1.cookie('kp_flash')?.value, 'ForumPostSaved');
  let p = postRow(postId);
  assert.equal(p.body, 'Fassung 2');
  assert.equal(p.revisions, 1);
  assert.ok(p.editedAt);
  let revs = sql(`SELECT body, IFNULL(title, '-'), created_at, created_by FROM forum_revisions WHERE post_id = ${postId} ORDER BY id`);
  assert.deepEqual(revs, [['Fassung 1', '-', written1, String(annaId)]]);
  // Edit 2: the title and the body; the revision keeps the old title and
  // is dated with the first edit.
  sql(`UPDATE forum_posts SET edited_at = edited_at - INTERVAL 1 HOUR WHERE id = ${postId}`);
  const written2 = postRow(postId).editedAt;
  const e2 = await anna.client.post(`/forum/p/${postId}/edit`, { csrf: f.csrf, title: '  Neuer Titel  ', body: 'Fassung 3' });
  assert.equal(e2.status, 303, show(e2));
  p = postRow(postId);
  assert.equal(p.body, 'Fassung 3');
  assert.equal(p.revisions, 2);
  assert.equal(topicRow(topicId).title, 'Neuer Titel');
  revs = sql(`SELECT body, IFNULL(title, '-'), created_at FROM forum_revisions WHERE post_id = ${postId} ORDER BY id`);
  assert.deepEqual(revs, [['Fassung 1', '-', written1], ['Fassung 2', 'Alter Titel', written2]]);
  // Edit 3: the title only.
  const e3 = await anna.client.post(`/forum/p/${postId}/edit`, { csrf: f.csrf, title: 'Dritter Titel', body: 'Fassung 3' });
  assert.equal(e3.status, 303);
  assert.equal(topicRow(topicId).title, 'Dritter Titel');
  revs = sql(`SELECT body, IFNULL(title, '-') FROM forum_revisions WHERE post_id = ${postId} ORDER BY id`);
  assert.deepEqual(revs[2], ['Fassung 3', 'Neuer Titel']);
  assert.equal(postRow(postId).revisions, 3);
  // The same again: nothing changes.
  const same = await anna.client.post(`/forum/p/${postId}/edit`, { csrf: f.csrf, title: 'Dritter Titel', body: 'Fassung 3' });
  assert.equal(same.status, 303);
  assert.equal(same.cookie('kp_flash')?.value, 'ForumPostUnchanged');
  assert.equal(postRow(postId).revisions, 3);
  assert.equal(num(`SELECT COUNT(*) FROM forum_revisions WHERE post_id = ${postId}`), 3);
  // A reply's edit: a title sent along is ignored; the topic keeps its.
  const er = await anna.client.post(`/forum/p/${reply}/edit`, { csrf: f.csrf, title: 'Eingeschmuggelt', body: 'Antwort 2' });
  assert.equal(er.status, 303, show(er));
  assert.equal(postRow(reply).body, 'Antwort 2');
  assert.equal(topicRow(topicId).title, 'Dritter Titel');
  assert.deepEqual(sql(`SELECT body, IFNULL(title, '-') FROM forum_revisions WHERE post_id = ${reply}`), [['Antwort 1', '-']]);
  // Counts are not an edit's business.
  assert.deepEqual([topicRow(topicId).posts, categoryRow(cat)], countsBefore);
});

test('edit, bad input: 422 with the input kept, nothing changed', async () => {
  const { topicId, postId } = await startTopic(anna.client, '/forum', netCat, { title: 'Bleibt so', body: 'Bleibt auch so' });
  const f = await formOf(anna.client, `/forum/p/${postId}/edit`);
  for (const [fields, field, message] of [
    [{ title: 'Bleibt so', body: '' }, 'body', t('Err.Required')],
    [{ title: 'Bleibt so', body: 'q'.repeat(20001) }, 'body', t('ForumPost.Err.BodyLong')],
    [{ title: '', body: 'neu' }, 'title', t('Err.Required')],
    [{ title: 'xy', body: 'neu' }, 'title', t('ForumPost.Err.TitleShort')],
    [{ title: 'x'.repeat(201), body: 'neu' }, 'title', t('ForumPost.Err.TitleLong')],
  ]) {
    const r = await anna.client.post(`/forum/p/${postId}/edit`, { csrf: f.csrf, ...fields });
    assert.equal(r.status, 422, show(r));
    assert.equal(fieldError(r.text, field), message);
    assert.equal(titleValue(r.text), fields.title);
    assert.equal(bodyValue(r.text), fields.body);
  }
  const r = await anna.client.post(`/forum/p/${postId}/edit`, `csrf=${encodeURIComponent(f.csrf)}&title=Gut&body=%C0%AF`);
  assert.equal(r.status, 400, 'overlong UTF-8');
  assert.equal(postRow(postId).body, 'Bleibt auch so');
  assert.equal(postRow(postId).revisions, 0);
  assert.equal(topicRow(topicId).title, 'Bleibt so');
});

// ------------------------------------------------------------ history ----

test('history: every reader sees the current text first, then the earlier ones newest first, with old titles', async () => {
  const { topicId, postId } = await startTopic(anna.client, '/forum', netCat, { title: 'Titel eins', body: 'Text **eins**' });
  const f = await formOf(anna.client, `/forum/p/${postId}/edit`);
  await anna.client.post(`/forum/p/${postId}/edit`, { csrf: f.csrf, title: 'Titel eins', body: 'Text **zwei**' });
  await anna.client.post(`/forum/p/${postId}/edit`, { csrf: f.csrf, title: 'Titel drei', body: 'Text **drei**' });
  const r = await ben.client.get(`/forum/p/${postId}/history`);
  assert.equal(r.status, 200, show(r));
  const items = [...r.text.matchAll(/<li class="forum-version[^"]*">([\s\S]*?)<\/li>/g)].map((m) => m[1]);
  assert.equal(items.length, 3);
  assert.match(items[0], new RegExp(`<h2>${esc(t('ForumPost.History.Current'))}</h2>`));
  assert.match(items[0], /<strong>drei<\/strong>/);
  assert.match(items[0], /Titel des Themas: <strong>Titel drei<\/strong>/);
  assert.match(items[1], /<strong>zwei<\/strong>/);
  assert.match(items[1], /Damaliger Titel des Themas: <strong>Titel eins<\/strong>/, 'the edit to "drei" changed the title');
  assert.match(items[2], /<strong>eins<\/strong>/);
  assert.doesNotMatch(items[2], /Titel des Themas/, 'that edit left the title alone');
  // Times: machine-readable and for people, as when each text was written.
  const written = sql(`SELECT DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%sZ') FROM forum_revisions WHERE post_id = ${postId} ORDER BY id DESC`).map((x) => x[0]);
  assert.match(items[1], new RegExp(`<time datetime="${written[0]}">\\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d</time>`));
  assert.match(items[2], new RegExp(`<time datetime="${written[1]}">`));
  assert.match(items[0], new RegExp(`<time datetime="${one(`SELECT DATE_FORMAT(edited_at, '%Y-%m-%dT%H:%i:%sZ') FROM forum_posts WHERE id = ${postId}`)}">`));
  assert.ok(r.text.includes(`href="/forum/p/${postId}"`), 'a link to the post');
  assert.ok(r.text.includes(`href="/forum/t/${topicId}"`), 'a link to the topic');
  // A post never edited.
  const { postId: plain } = await startTopic(anna.client, '/forum', netCat);
  const h = await ben.client.get(`/forum/p/${plain}/history`);
  assert.equal(h.status, 200);
  assert.ok(mainText(h.text).includes(t('ForumPost.History.None')));
  assert.equal([...h.text.matchAll(/<li class="forum-version/g)].length, 1);
});

test('history: 25 earlier texts a page, the current one on the first', async () => {
  const { postId } = await startTopic(anna.client, '/forum', netCat, { body: 'jetzt' });
  const values = Array.from({ length: 30 }, (_, i) => `(${postId}, ${lit(`alt-${i + 1}`)}, NULL, ${annaId}, NOW() - INTERVAL ${40 - i} MINUTE)`);
  sql(`INSERT INTO forum_revisions (post_id, body, title, created_by, created_at) VALUES ${values.join(', ')};
       UPDATE forum_posts SET revision_count = 30, edited_at = NOW() WHERE id = ${postId}`);
  const p1 = await ben.client.get(`/forum/p/${postId}/history`);
  const bodies = (html) => [...html.matchAll(/<li class="forum-version[^"]*">[\s\S]*?<div class="prose"><p>([^<]*)<\/p>/g)].map((m) => m[1]);
  assert.deepEqual(bodies(p1.text), ['jetzt', ...Array.from({ length: 25 }, (_, i) => `alt-${30 - i}`)]);
  assert.ok(p1.text.includes(`href="/forum/p/${postId}/history?page=2"`));
  const p2 = await ben.client.get(`/forum/p/${postId}/history?page=2`);
  assert.deepEqual(bodies(p2.text), ['alt-5', 'alt-4', 'alt-3', 'alt-2', 'alt-1']);
  const p9 = await ben.client.get(`/forum/p/${postId}/history?page=9`);
  assert.deepEqual(bodies(p9.text), bodies(p2.text), 'a page past the end is the last');
});

// ------------------------------------------------------------- delete ----

test('delete: a question, then a soft delete; counts stay; no second delete, no edit, no history', async () => {
  const cat = createCategory();
  const { topicId, postId: first } = await startTopic(anna.client, '/forum', cat);
  const { postId } = await replyTo(anna.client, '/forum', topicId, 'Das nehme ich **zurück**.');
  const counts = [topicRow(topicId), categoryRow(cat)];
  const q = await formOf(anna.client, `/forum/p/${postId}/delete`);
  assert.ok(mainText(q.html).includes(t('ForumPost.Delete.Question')));
  assert.match(q.html, /<strong>zurück<\/strong>/, 'the text to be deleted, rendered');
  assert.match(q.html, new RegExp(`<form class="form" method="post" action="/forum/p/${postId}/delete">`));
  const r = await anna.client.post(`/forum/p/${postId}/delete`, { csrf: q.csrf });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/forum/p/${postId}`);
  assert.equal(r.cookie('kp_flash')?.value, 'ForumPostDeleted');
  assert.equal(postRow(postId).deleted, true);
  assert.equal(postRow(postId).body, 'Das nehme ich **zurück**.', 'soft: the row stays');
  assert.deepEqual([topicRow(topicId), categoryRow(cat)], counts, 'a deleted post keeps its place in the counts');
  // Gone for the rest of this part.
  assert.equal((await anna.client.get(`/forum/p/${postId}/delete`)).status, 404);
  assert.equal((await anna.client.post(`/forum/p/${postId}/delete`, { csrf: q.csrf })).status, 404);
  assert.equal((await anna.client.get(`/forum/p/${postId}/edit`)).status, 404);
  const e = await anna.client.post(`/forum/p/${postId}/edit`, { csrf: q.csrf, body: 'wieder da?' });
  assert.equal(e.status, 404);
  assert.equal((await ben.client.get(`/forum/p/${postId}/history`)).status, 404);
  assert.equal((await anna.client.get(`/forum/p/${postId}/history`)).status, 404);
  assert.equal(postRow(postId).body, 'Das nehme ich **zurück**.');
  // The first post: the topic stays with its replies.
  const q1 = await formOf(anna.client, `/forum/p/${first}/delete`);
  assert.ok(mainText(q1.html).includes(t('ForumPost.Delete.FirstNote')));
  assert.equal((await anna.client.post(`/forum/p/${first}/delete`, { csrf: q1.csrf })).status, 303);
  assert.equal(one(`SELECT deleted_at IS NULL FROM forum_topics WHERE id = ${topicId}`), '1');
  assert.deepEqual([topicRow(topicId), categoryRow(cat)], counts);
  // Replies to the topic still work.
  await replyTo(ben.client, '/forum', topicId);
  assert.equal(topicRow(topicId).posts, 3);
});

// ------------------------------------------------------------- access ----

test("someone else's post: 403 for edit and delete, nothing changed; history is for every reader", async () => {
  const { postId } = await startTopic(anna.client, '/forum', netCat, { body: 'Annas Text' });
  const csrf = await ben.client.csrf(`/forum/p/${postId}/history`);
  assert.equal((await ben.client.get(`/forum/p/${postId}/edit`)).status, 403);
  assert.equal((await ben.client.post(`/forum/p/${postId}/edit`, { csrf, title: 'Übernommen', body: 'Bens Text' })).status, 403);
  assert.equal((await ben.client.get(`/forum/p/${postId}/delete`)).status, 403);
  assert.equal((await ben.client.post(`/forum/p/${postId}/delete`, { csrf })).status, 403);
  // A site moderator is no author either.
  const mc = await siteMod.csrf(`/forum/p/${postId}/history`);
  assert.equal((await siteMod.post(`/forum/p/${postId}/edit`, { csrf: mc, title: 'Mod', body: 'Mod' })).status, 403);
  assert.equal((await siteMod.post(`/forum/p/${postId}/delete`, { csrf: mc })).status, 403);
  const p = postRow(postId);
  assert.equal(p.body, 'Annas Text');
  assert.equal(p.deleted, false);
  assert.equal(p.revisions, 0);
  assert.equal((await ben.client.get(`/forum/p/${postId}/history`)).status, 200);
});

test('a hidden post: its author can neither edit nor delete it; its history is for moderators', async () => {
  const { topicId } = await startTopic(ben.client, '/forum', netCat);
  const { postId } = await replyTo(anna.client, '/forum', topicId, 'Grenzwertig');
  sql(`UPDATE forum_posts SET hidden_at = NOW(), hidden_by = ${siteModId}, hidden_reason = 'Beleidigung' WHERE id = ${postId}`);
  const csrf = await anna.client.csrf(`/forum/t/${topicId}/reply`);
  assert.equal((await anna.client.get(`/forum/p/${postId}/edit`)).status, 403);
  assert.equal((await anna.client.post(`/forum/p/${postId}/edit`, { csrf, body: 'entschärft' })).status, 403);
  assert.equal((await anna.client.get(`/forum/p/${postId}/delete`)).status, 403);
  assert.equal((await anna.client.post(`/forum/p/${postId}/delete`, { csrf })).status, 403);
  assert.equal(postRow(postId).body, 'Grenzwertig');
  assert.equal(postRow(postId).deleted, false);
  assert.equal((await anna.client.get(`/forum/p/${postId}/history`)).status, 403);
  assert.equal((await ben.client.get(`/forum/p/${postId}/history`)).status, 403);
  const m = await siteMod.get(`/forum/p/${postId}/history`);
  assert.equal(m.status, 200);
  assert.ok(mainText(m.text).includes(t('ForumPost.History.HiddenNote')));
});

test('locked topic: only moderators reply; nobody but moderators edits or deletes there', async () => {
  const { topicId, postId } = await startTopic(anna.client, '/forum', netCat);
  const f = await formOf(anna.client, `/forum/t/${topicId}/reply`);
  const own = (await replyTo(anna.client, '/forum', topicId, 'vor dem Schließen')).postId;
  const modPost = (await replyTo(siteMod, '/forum', topicId, 'Moderation vor dem Schließen')).postId;
  sql(`UPDATE forum_topics SET locked = 1 WHERE id = ${topicId}`);
  const before = topicRow(topicId);
  assert.equal((await ben.client.get(`/forum/t/${topicId}/reply`)).status, 403);
  // A form opened before the lock: refused too.
  assert.equal((await anna.client.post(`/forum/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body: 'zu spät' })).status, 403);
  assert.equal((await anna.client.post(`/forum/t/${topicId}/reply`, { csrf: f.csrf, once: f.once, body: 'zu spät', preview: 1 })).status, 403);
  for (const id of [postId, own]) {
    assert.equal((await anna.client.get(`/forum/p/${id}/edit`)).status, 403);
    assert.equal((await anna.client.post(`/forum/p/${id}/edit`, { csrf: f.csrf, title: 'geändert', body: 'geändert' })).status, 403);
    assert.equal((await anna.client.get(`/forum/p/${id}/delete`)).status, 403);
    assert.equal((await anna.client.post(`/forum/p/${id}/delete`, { csrf: f.csrf })).status, 403);
  }
  assert.deepEqual(topicRow(topicId), before);
  assert.equal(postRow(own).body, 'vor dem Schließen');
  // The history stays open.
  assert.equal((await ben.client.get(`/forum/p/${own}/history`)).status, 200);
  // A site moderator replies and edits their own post in the network forum.
  const { postId: modReply } = await replyTo(siteMod, '/forum', topicId, 'Geschlossen, weil erledigt.');
  assert.equal(topicRow(topicId).posts, before.posts + 1);
  assert.equal(topicRow(topicId).last, modReply);
  const mf = await formOf(siteMod, `/forum/p/${modPost}/edit`);
  assert.equal((await siteMod.post(`/forum/p/${modPost}/edit`, { csrf: mf.csrf, body: 'Moderation, ergänzt' })).status, 303);
  assert.equal(postRow(modPost).body, 'Moderation, ergänzt');
  // Locked while the form was open: the submission is refused, nothing stored.
  sql(`UPDATE forum_topics SET locked = 0 WHERE id = ${topicId}`);
  const g = await formOf(ben.client, `/forum/t/${topicId}/reply`);
  sql(`UPDATE forum_topics SET locked = 1 WHERE id = ${topicId}`);
  assert.equal((await ben.client.post(`/forum/t/${topicId}/reply`, { csrf: g.csrf, once: g.once, body: 'knapp' })).status, 403);
  assert.equal(postCount(topicId), before.posts + 1);
});

test('locked topic in a group: the group moderator replies, a site moderator as a member does not', async () => {
  const g = createGroup({ visibility: 'open', members: [{ id: annaId }, { id: gmodId, role: 'moderator' }, { id: siteModId }] });
  const cat = createCategory({ groupId: g.id });
  const { topicId } = await startTopic(anna.client, g.base, cat);
  sql(`UPDATE forum_topics SET locked = 1 WHERE id = ${topicId}`);
  assert.equal((await siteMod.get(`${g.base}/t/${topicId}/reply`)).status, 403, 'site roles give nothing in a group');
  assert.equal((await anna.client.get(`${g.base}/t/${topicId}/reply`)).status, 403);
  await replyTo(gmod.client, g.base, topicId, 'Als Moderator der Gruppe.');
  assert.equal(topicRow(topicId).posts, 2);
});

test('retired category: no new topics (403, nothing created); its topics still take replies', async () => {
  const cat = createCategory();
  const { topicId } = await startTopic(anna.client, '/forum', cat);
  const f = await formOf(anna.client, `/forum/c/${cat}/new`);
  sql(`UPDATE forum_categories SET retired = 1 WHERE id = ${cat}`);
  assert.equal((await anna.client.get(`/forum/c/${cat}/new`)).status, 403);
  const r = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title: 'Zu spät', body: 'Zu spät' });
  assert.equal(r.status, 403);
  assert.equal((await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title: 'Zu spät', body: 'x', preview: 1 })).status, 403);
  assert.equal(topicCount(cat), 1);
  await replyTo(ben.client, '/forum', topicId);
  assert.deepEqual(categoryRow(cat).topics, 1);
});

test('archived group: read-only for its members — no topic, reply, edit or delete; history readable', async () => {
  const g = createGroup({ visibility: 'closed', members: [{ id: annaId }, { id: gmodId, role: 'owner' }] });
  const cat = createCategory({ groupId: g.id });
  const { topicId, postId } = await startTopic(anna.client, g.base, cat);
  const forms = [];
  for (const c of [anna.client, gmod.client]) forms.push([c, await formOf(c, `${g.base}/c/${cat}/new`)]);
  const rf = await formOf(anna.client, `${g.base}/t/${topicId}/reply`);
  sql(`UPDATE \`groups\` SET archived_at = NOW() WHERE id = ${g.id}`);
  const counts = [topicRow(topicId), categoryRow(cat)];
  for (const [c, n] of forms) {
    assert.equal((await c.get(`${g.base}/c/${cat}/new`)).status, 403);
    assert.equal((await c.post(`${g.base}/c/${cat}/new`, { csrf: n.csrf, once: n.once, title: 'Archiv', body: 'Archiv' })).status, 403);
    assert.equal((await c.get(`${g.base}/t/${topicId}/reply`)).status, 403);
    assert.equal((await c.post(`${g.base}/t/${topicId}/reply`, { csrf: n.csrf, once: n.once, body: 'Archiv' })).status, 403);
  }
  assert.equal((await anna.client.post(`${g.base}/t/${topicId}/reply`, { csrf: rf.csrf, once: rf.once, body: 'Archiv' })).status, 403);
  assert.equal((await anna.client.get(`${g.base}/p/${postId}/edit`)).status, 403);
  assert.equal((await anna.client.post(`${g.base}/p/${postId}/edit`, { csrf: rf.csrf, title: 'Archiv', body: 'Archiv' })).status, 403);
  assert.equal((await anna.client.get(`${g.base}/p/${postId}/delete`)).status, 403);
  assert.equal((await anna.client.post(`${g.base}/p/${postId}/delete`, { csrf: rf.csrf })).status, 403);
  assert.deepEqual([topicRow(topicId), categoryRow(cat)], counts);
  assert.equal(postRow(postId).deleted, false);
  assert.equal((await anna.client.get(`${g.base}/p/${postId}/history`)).status, 200);
});

test('open group, non-member: reads the history, writes nothing (403)', async () => {
  const g = createGroup({ visibility: 'open', members: [{ id: annaId }] });
  const cat = createCategory({ groupId: g.id });
  const { topicId, postId } = await startTopic(anna.client, g.base, cat);
  assert.equal((await ben.client.get(`${g.base}/p/${postId}/history`)).status, 200);
  const csrf = await ben.client.csrf(`${g.base}/p/${postId}/history`);
  assert.equal((await ben.client.get(`${g.base}/c/${cat}/new`)).status, 403);
  assert.equal((await ben.client.post(`${g.base}/c/${cat}/new`, { csrf, once: onceToken(), title: 'Von außen', body: 'Von außen' })).status, 403);
  assert.equal((await ben.client.get(`${g.base}/t/${topicId}/reply`)).status, 403);
  assert.equal((await ben.client.post(`${g.base}/t/${topicId}/reply`, { csrf, once: onceToken(), body: 'Von außen' })).status, 403);
  assert.equal(topicCount(cat), 1);
  assert.equal(postCount(topicId), 1);
  // Having joined, the member writes.
  addGroupMember(g.id, benId);
  await replyTo(ben.client, g.base, topicId, 'Jetzt als Mitglied.');
  assert.equal(postCount(topicId), 2);
});

// Whoever is invited to a private group knows it exists (the invitation
// names it) but reads nothing yet: 403 like a closed group's outsiders.
test('closed group non-member: 403 everywhere; private group non-member: 404 everywhere; pending members alike', async () => {
  const closed = createGroup({ visibility: 'closed', members: [{ id: annaId }, { id: benId, state: 'requested' }] });
  const priv = createGroup({ visibility: 'private', members: [{ id: annaId }, { id: benId, state: 'invited' }] });
  for (const [g, benStatus, weraStatus] of [[closed, 403, 403], [priv, 403, 404]]) {
    const cat = createCategory({ groupId: g.id });
    const { topicId, postId } = await startTopic(anna.client, g.base, cat);
    for (const [c, status] of [[ben.client, benStatus], [wera.client, weraStatus]]) {
      const csrf = await c.csrf('/account');
      const paths = [`${g.base}/c/${cat}/new`, `${g.base}/t/${topicId}/reply`, `${g.base}/t/${topicId}/reply?quote=${postId}`,
        `${g.base}/p/${postId}/edit`, `${g.base}/p/${postId}/history`, `${g.base}/p/${postId}/delete`];
      for (const p of paths) assert.equal((await c.get(p)).status, status, `${g.base} GET ${p}`);
      assert.equal((await c.post(`${g.base}/c/${cat}/new`, { csrf, once: onceToken(), title: 'Hallo', body: 'Hallo' })).status, status);
      assert.equal((await c.post(`${g.base}/t/${topicId}/reply`, { csrf, once: onceToken(), body: 'Hallo' })).status, status);
      assert.equal((await c.post(`${g.base}/p/${postId}/edit`, { csrf, title: 'Hallo', body: 'Hallo' })).status, status);
      assert.equal((await c.post(`${g.base}/p/${postId}/delete`, { csrf })).status, status);
    }
    assert.equal(topicCount(cat), 1);
    assert.equal(postCount(topicId), 1);
  }
});

test("another forum's ids are not found; nor are unknown or non-canonical ids", async () => {
  const g = createGroup({ visibility: 'open', members: [{ id: annaId }] });
  const gcat = createCategory({ groupId: g.id });
  const inGroup = await startTopic(anna.client, g.base, gcat);
  const inNet = await startTopic(anna.client, '/forum', netCat);
  const other = createGroup({ visibility: 'open', members: [{ id: annaId }] });
  const paths = [
    `/forum/c/${gcat}/new`, `/forum/t/${inGroup.topicId}/reply`, `/forum/p/${inGroup.postId}/edit`, `/forum/p/${inGroup.postId}/history`, `/forum/p/${inGroup.postId}/delete`,
    `${g.base}/c/${netCat}/new`, `${g.base}/t/${inNet.topicId}/reply`, `${g.base}/p/${inNet.postId}/edit`, `${g.base}/p/${inNet.postId}/history`,
    `${other.base}/c/${gcat}/new`, `${other.base}/p/${inGroup.postId}/edit`,
    '/forum/c/99999999/new', '/forum/t/99999999/reply', '/forum/p/99999999/edit', '/forum/p/99999999/history', '/forum/p/99999999/delete',
    `/forum/c/0${netCat}/new`, `/forum/p/0${inNet.postId}/edit`, `/forum/t/+${inNet.topicId}/reply`, '/g/gibt-es-nicht/forum/c/1/new',
  ];
  for (const p of paths) assert.equal((await anna.client.get(p)).status, 404, p);
  const csrf = await anna.client.csrf('/account');
  assert.equal((await anna.client.post(`/forum/t/${inGroup.topicId}/reply`, { csrf, once: onceToken(), body: 'quer' })).status, 404);
  assert.equal((await anna.client.post(`/forum/p/${inGroup.postId}/delete`, { csrf })).status, 404);
  assert.equal((await anna.client.post(`${g.base}/c/${netCat}/new`, { csrf, once: onceToken(), title: 'quer', body: 'quer' })).status, 404);
  assert.equal(postCount(inGroup.topicId), 1);
  assert.equal(postRow(inGroup.postId).deleted, false);
});

test('signed out: GETs go to the sign-in, POSTs are refused; CSRF: no token or a foreign origin is 403', async () => {
  const { topicId, postId } = await startTopic(anna.client, '/forum', netCat, { body: 'Unverändert' });
  const anon = new Client();
  for (const p of [`/forum/c/${netCat}/new`, `/forum/t/${topicId}/reply`, `/forum/p/${postId}/edit`, `/forum/p/${postId}/history`, `/forum/p/${postId}/delete`]) {
    const r = await anon.get(p);
    assert.equal(r.status, 303, p);
    assert.equal(r.location, `/login?next=${p}`);
  }
  const csrfAnon = await anon.csrf('/login');
  for (const [p, fields] of [
    [`/forum/c/${netCat}/new`, { title: 'Anonym', body: 'Anonym', once: onceToken() }],
    [`/forum/t/${topicId}/reply`, { body: 'Anonym', once: onceToken() }],
    [`/forum/p/${postId}/edit`, { body: 'Anonym' }],
    [`/forum/p/${postId}/delete`, {}],
  ]) {
    assert.equal((await anon.post(p, { csrf: csrfAnon, ...fields })).status, 403, `signed out ${p}`);
    assert.equal((await anna.client.post(p, fields)).status, 403, `no token ${p}`);
    assert.equal((await anna.client.post(p, { csrf: 'x'.repeat(86), ...fields })).status, 403, `wrong token ${p}`);
    const csrf = await anna.client.csrf(`/forum/p/${postId}/history`);
    assert.equal((await anna.client.post(p, { csrf, ...fields }, { headers: { origin: 'https://evil.example' } })).status, 403, `foreign origin ${p}`);
    // Another member's token.
    const other = await ben.client.csrf(`/forum/p/${postId}/history`);
    assert.equal((await anna.client.post(p, { csrf: other, ...fields })).status, 403, `another session's token ${p}`);
  }
  assert.equal(postCount(topicId), 1);
  assert.equal(num(`SELECT COUNT(*) FROM forum_topics WHERE title = 'Anonym'`), 0);
  const p = postRow(postId);
  assert.equal(p.body, 'Unverändert');
  assert.equal(p.deleted, false);
  // The forms are POST only where they change something.
  assert.equal((await anna.client.request('PUT', `/forum/p/${postId}/edit`)).status, 405);
  assert.equal((await anna.client.post(`/forum/p/${postId}/history`, { csrf: await anna.client.csrf('/forum/p/' + postId + '/history') })).status, 405);
});

// ------------------------------------------------------ notifications ----

test('a reply notifies every watcher of the topic who may read it, never its author', async () => {
  const cat = createCategory();
  const { topicId } = await startTopic(anna.client, '/forum', cat);
  sql(`INSERT INTO forum_topic_watches (user_id, topic_id, created_at) VALUES (${weraId}, ${topicId}, NOW()), (${maraId}, ${topicId}, NOW())`);
  const { postId } = await replyTo(ben.client, '/forum', topicId, 'Neuigkeiten');
  assert.deepEqual(notificationsOf(postId), [annaId, weraId, maraId].sort((a, b) => a - b).map((user) => ({ user, kind: 'forum_reply', actor: benId, group: 0, topic: topicId })));
  // Ben watches now (he replied): Anna's reply reaches him, not her.
  const { postId: p2 } = await replyTo(anna.client, '/forum', topicId, 'Danke');
  assert.deepEqual(notificationsOf(p2).map((n) => n.user), [benId, weraId, maraId].sort((a, b) => a - b));
  // A suspended watcher gets nothing.
  sql(`UPDATE users SET status = 'suspended' WHERE id = ${maraId}`);
  try {
    const { postId: p3 } = await replyTo(anna.client, '/forum', topicId, 'Nochmal');
    assert.deepEqual(notificationsOf(p3).map((n) => n.user), [benId, weraId].sort((a, b) => a - b));
  } finally {
    sql(`UPDATE users SET status = 'active' WHERE id = ${maraId}`);
  }
});

test('group forums: only watchers who may read the group are notified', async () => {
  const priv = createGroup({ visibility: 'private', members: [{ id: annaId }, { id: benId }, { id: weraId, state: 'invited' }] });
  const cat = createCategory({ groupId: priv.id });
  const { topicId } = await startTopic(anna.client, priv.base, cat);
  // Watchers who cannot read it (left the group, never in it, only invited).
  sql(`INSERT INTO forum_topic_watches (user_id, topic_id, created_at) VALUES (${weraId}, ${topicId}, NOW()), (${maraId}, ${topicId}, NOW()), (${benId}, ${topicId}, NOW())`);
  const { postId } = await replyTo(anna.client, priv.base, topicId, 'Intern');
  assert.deepEqual(notificationsOf(postId), [{ user: benId, kind: 'forum_reply', actor: annaId, group: priv.id, topic: topicId }]);
  // An open group: every member of the network reads it.
  const open = createGroup({ visibility: 'open', members: [{ id: annaId }] });
  const ocat = createCategory({ groupId: open.id });
  const o = await startTopic(anna.client, open.base, ocat);
  sql(`INSERT INTO forum_topic_watches (user_id, topic_id, created_at) VALUES (${maraId}, ${o.topicId}, NOW())`);
  addGroupMember(open.id, benId);
  const { postId: op } = await replyTo(ben.client, open.base, o.topicId, 'Offen');
  assert.deepEqual(notificationsOf(op).map((n) => [n.user, n.group]), [[annaId, open.id], [maraId, open.id]].sort((a, b) => a[0] - b[0]));
  // A deleted group's forum is nobody's: covered by the scope (404).
});

test('a new topic notifies the watchers of its category who may read it, never its author', async () => {
  const cat = createCategory();
  sql(`INSERT INTO forum_category_watches (user_id, category_id, created_at) VALUES (${annaId}, ${cat}, NOW()), (${weraId}, ${cat}, NOW()), (${benId}, ${cat}, NOW())`);
  const { postId, topicId } = await startTopic(anna.client, '/forum', cat);
  assert.deepEqual(notificationsOf(postId), [benId, weraId].sort((a, b) => a - b).map((user) => ({ user, kind: 'forum_topic', actor: annaId, group: 0, topic: topicId })));
  // A reply there is not for the category's watchers.
  const { postId: r } = await replyTo(wera.client, '/forum', topicId);
  assert.deepEqual(notificationsOf(r).map((n) => [n.user, n.kind]), [[annaId, 'forum_reply']]);
  // A closed group's category: a watcher who left gets nothing.
  const g = createGroup({ visibility: 'closed', members: [{ id: annaId }, { id: benId }] });
  const gcat = createCategory({ groupId: g.id });
  sql(`INSERT INTO forum_category_watches (user_id, category_id, created_at) VALUES (${benId}, ${gcat}, NOW()), (${weraId}, ${gcat}, NOW())`);
  const gt = await startTopic(anna.client, g.base, gcat);
  assert.deepEqual(notificationsOf(gt.postId).map((n) => [n.user, n.kind, n.group]), [[benId, 'forum_topic', g.id]]);
});

test('mentions: @[Name] and @Name_With_Underscores notify once, only readers, never the author', async () => {
  const cat = createCategory();
  const body = [
    `Hallo @[${mara.name}] und @${jean.name.toLowerCase().replace(/ /g, '_')}.`,
    `Auch @${wera.name.replace(/ /g, '_')}, und @[ ${mara.name} ] noch einmal,`,
    `mich selbst @[${anna.name}], eine Adresse info@[${nina.name}] und niemand @[Niemand ${T}].`,
    `> @[${ben.name}] im Zitat zählt nicht`,
  ].join('\n');
  sql(`INSERT INTO forum_category_watches (user_id, category_id, created_at) VALUES (${weraId}, ${cat}, NOW())`);
  const { postId, topicId } = await startTopic(anna.client, '/forum', cat, { body });
  assert.deepEqual(
    notificationsOf(postId).map((n) => [n.user, n.kind, n.actor]),
    [[weraId, 'forum_topic', annaId], [maraId, 'forum_mention', annaId], [jeanId, 'forum_mention', annaId]].sort((a, b) => a[0] - b[0]),
    'Wera watches the category: her topic notice is enough',
  );
  // A reply mentioning a watcher of the topic: only the reply notice.
  sql(`INSERT INTO forum_topic_watches (user_id, topic_id, created_at) VALUES (${ninaId}, ${topicId}, NOW())`);
  const { postId: r } = await replyTo(ben.client, '/forum', topicId, `@[${nina.name}] @[${anna.name}] @[${mara.name}] schaut mal`);
  assert.deepEqual(
    notificationsOf(r).map((n) => [n.user, n.kind]),
    [[annaId, 'forum_reply'], [ninaId, 'forum_reply'], [maraId, 'forum_mention']].sort((a, b) => a[0] - b[0]),
  );
});

test('mentions in a private group reach its members only; at most 20 a post', async () => {
  const priv = createGroup({ visibility: 'private', members: [{ id: annaId }, { id: benId }] });
  const cat = createCategory({ groupId: priv.id });
  const { postId } = await startTopic(anna.client, priv.base, cat, { body: `@[${ben.name}] @[${mara.name}] @[${wera.name}]` });
  assert.deepEqual(notificationsOf(postId), [{ user: benId, kind: 'forum_mention', actor: annaId, group: priv.id, topic: num(`SELECT topic_id FROM forum_posts WHERE id = ${postId}`) }]);
  // 25 members named in one post: 20 rows.
  const names = Array.from({ length: 25 }, (_, i) => `Viele ${T} ${String.fromCharCode(97 + i)}`);
  sql(names.map((n, i) => `INSERT INTO users (email, name, status, approved_at) VALUES (${lit(`viele-${T}-${i}@example.org`)}, ${lit(n)}, 'active', NOW());`).join('\n'));
  const { postId: many } = await startTopic(anna.client, '/forum', createCategory(), { body: names.map((n) => `@[${n}]`).join(' ') });
  const rows = notificationsOf(many);
  assert.equal(rows.length, 20);
  assert.ok(rows.every((n) => n.kind === 'forum_mention'));
});

// ---------------------------------------------------------------- XSS ----

const XSS_TITLES = [`<script>alert(1)</script> ${T}`, `"><img src=x onerror=alert(1)> ${T}`, `<?cs var:Page.CSRF ?> {{7*7}} ${T}`];
const XSS_BODY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[klick](javascript:alert(1))',
  '[Entität](&#106;avascript:alert(1))',
  '[Tab](java\tscript:alert(1))',
  '![Bild](data:text/html,<script>alert(1)</script>)',
  '![x](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">roh</a>',
  '[vb](vbscript:msgbox(1)) [x](//evil.example/) ![t](https://evil.example/pixel.gif)',
  '<svg onload=alert(1)> <iframe src="javascript:alert(1)"></iframe>',
  '<?cs var:Page.CSRF ?> <?cs include:"layout.cs" ?>',
  '"><b onmouseover=alert(1)>x</b>',
].join('\n\n');

test('XSS corpus in titles and bodies: inert in the preview, the forms, the history, the quote and the topic page', async () => {
  const cat = createCategory({ name: `<script>alert(1)</script> ${T}` });
  for (const title of XSS_TITLES) {
    const f = await formOf(anna.client, `/forum/c/${cat}/new`);
    const pv = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title, body: XSS_BODY, preview: 1 });
    assert.equal(pv.status, 200, show(pv));
    assertInert(pv.text, `preview of ${title}`);
    assert.equal(titleValue(pv.text), title, 'the title comes back as typed');
    assert.equal(bodyValue(pv.text), XSS_BODY, 'the body comes back as typed');
    assert.ok(preview(pv.text).includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'raw HTML shown as text');
    assert.ok(preview(pv.text).includes('&lt;?cs var:Page.CSRF ?&gt;'), 'template syntax shown as text');
    const { postId, topicId } = await startTopic(anna.client, '/forum', cat, { title, body: XSS_BODY });
    assert.equal(topicRow(topicId).title, title);
    assert.equal(postRow(postId).body, XSS_BODY);
    // Edit form, edit preview, history with an earlier version, quote.
    const e = await formOf(anna.client, `/forum/p/${postId}/edit`);
    assertInert(e.html, 'edit form');
    assert.equal(titleValue(e.html), title);
    assert.equal(bodyValue(e.html), XSS_BODY);
    const ep = await anna.client.post(`/forum/p/${postId}/edit`, { csrf: e.csrf, title: `${title}!`, body: `${XSS_BODY}\n\nneu`, preview: 1 });
    assertInert(ep.text, 'edit preview');
    await anna.client.post(`/forum/p/${postId}/edit`, { csrf: e.csrf, title: `${title}!`, body: `${XSS_BODY}\n\nneu` });
    const h = await ben.client.get(`/forum/p/${postId}/history`);
    assert.equal(h.status, 200);
    assertInert(h.text, 'history');
    assert.equal([...h.text.matchAll(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/g)].length >= 2, true, 'both versions, as text');
    const q = await formOf(ben.client, `/forum/t/${topicId}/reply?quote=${postId}`);
    assertInert(q.html, 'reply with quote');
    const d = await formOf(anna.client, `/forum/p/${postId}/delete`);
    assertInert(d.html, 'delete question');
    // The topic page, where the READ part serves it already.
    const tp = await ben.client.get(`/forum/t/${topicId}`);
    if (tp.status === 200) assertInert(tp.text, 'topic page');
    else assert.equal(tp.status, 404, 'no topic page yet');
  }
  // No link or image survived with a bad URL in any rendering: checked by
  // assertInert; a plain https link would have (control).
  const f = await formOf(anna.client, `/forum/c/${cat}/new`);
  const ok = await anna.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title: 'Kontrolle', body: '[gut](https://example.org/) ![lokal](/static/favicon.svg)', preview: 1 });
  assert.match(preview(ok.text), /<a href="https:\/\/example.org\/">gut<\/a>/);
  assert.match(preview(ok.text), /<img src="\/static\/favicon.svg" alt="lokal" \/>/);
});

test('English pages for an English-speaking member', async () => {
  const { topicId } = await startTopic(anna.client, '/forum', netCat);
  sql(`UPDATE users SET lang = 'en' WHERE id = ${weraId}`);
  try {
    const r = await wera.client.get(`/forum/t/${topicId}/reply`, { headers: { 'accept-language': 'en' } });
    assert.equal(r.status, 200);
    assert.match(r.text, /<h1>Reply<\/h1>/);
    assert.match(r.text, /name="preview" value="1">Preview<\/button>/);
  } finally {
    sql(`UPDATE users SET lang = 'de' WHERE id = ${weraId}`);
  }
});

test('many members posting in one category at the same time: every post is created, the counts add up', async () => {
  const cat = createCategory();
  const seed = await startTopic(anna.client, '/forum', cat);
  const seed2 = await startTopic(ben.client, '/forum', cat);
  const members = [anna, ben, wera, mara, jean, nina, gmod];
  const forms = [];
  for (const m of members) {
    forms.push([m, 'new', await formOf(m.client, `/forum/c/${cat}/new`)]);
    forms.push([m, 'reply', await formOf(m.client, `/forum/t/${seed.topicId}/reply`)]);
    forms.push([m, 'reply2', await formOf(m.client, `/forum/t/${seed2.topicId}/reply`)]);
  }
  const results = await Promise.all(
    forms.map(([m, kind, f]) =>
      kind === 'new'
        ? m.client.post(`/forum/c/${cat}/new`, { csrf: f.csrf, once: f.once, title: `Gleichzeitig ${m.name}`, body: 'los' })
        : m.client.post(`/forum/t/${kind === 'reply' ? seed.topicId : seed2.topicId}/reply`, { csrf: f.csrf, once: f.once, body: 'los' }),
    ),
  );
  assert.deepEqual(results.map((r) => r.status), forms.map(() => 303), results.filter((r) => r.status !== 303).map(show).join(' / '));
  assert.equal(topicCount(cat), 2 + members.length);
  assert.equal(postCount(seed.topicId), 1 + members.length);
  assert.equal(postCount(seed2.topicId), 1 + members.length);
  assert.equal(topicRow(seed.topicId).posts, 1 + members.length);
  const c = categoryRow(cat);
  assert.equal(c.topics, 2 + members.length);
  assert.equal(c.posts, 2 + 3 * members.length);
  assert.equal(c.last, num(`SELECT MAX(p.id) FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id WHERE t.category_id = ${cat}`));
});
