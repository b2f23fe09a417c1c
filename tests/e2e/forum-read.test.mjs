// The forum's read part (cgi/forum/read_*.c): the categories of a forum,
// a category's topics (pinned first, then by last activity, replies, last
// poster, unread marker, 25 a page), a topic's posts (25 a page, author
// with photo and organisation, relative and absolute time, "bearbeitet",
// permalinks, deleted and hidden placeholders, the links to the other
// parts' pages only for whom they will serve), the permalink redirect,
// watching topics and categories, and how far a member has read — in the
// network's forum and in groups' forums of every kind. Topics and posts
// are written straight into the database (with the counts kept as the
// programs keep them, forum.h); the pages are read through nginx.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, Client, DEMO, csrfFrom, demoClient, inviteUser, inviteUsers, mainText, show, textOf } from './lib.mjs';
import { addGroupMember, createCategory, createGroup, lit, sql, tag, userId } from './forum-lib.mjs';
import { decodeEntities } from './people-lib.mjs';

// ------------------------------------------------------------- strings ----

const strings = new Map();
/** Lang.KEY (de) from the read part's language file, else the common one. */
function t(key) {
  if (!strings.size) {
    for (const file of ['../../templates/lang/de.hdf', '../../templates/lang/de/forum.hdf']) {
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

// ---------------------------------------------------------------- rows ----

const one = (q) => sql(q)[0]?.[0] ?? null;
const num = (q) => Number(one(q));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ago = (s) => `NOW() - INTERVAL ${Number(s)} SECOND`;

/** A topic with its first post, counts kept as forum_counts_* keep them.
 * ageSeconds: when it was written; pinned, locked: the flags. */
function insertTopic({ categoryId, groupId = null, title = `Thema ${tag('t')}`, authorId = null, body = 'Erster Beitrag.', ageSeconds = 0, pinned = 0, locked = 0 }) {
  const at = ago(ageSeconds);
  const rows = sql(
    `INSERT INTO forum_topics (category_id, group_id, title, created_by, created_at, updated_at, last_post_at, pinned, locked)
     VALUES (${categoryId}, ${lit(groupId)}, ${lit(title)}, ${lit(authorId)}, ${at}, ${at}, ${at}, ${pinned}, ${locked});
     SET @t = LAST_INSERT_ID();
     INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body) VALUES (@t, ${lit(groupId)}, ${lit(authorId)}, ${at}, ${lit(body)});
     SET @p = LAST_INSERT_ID();
     UPDATE forum_topics SET post_count = 1, first_post_id = @p, last_post_id = @p, last_poster_id = ${lit(authorId)} WHERE id = @t;
     UPDATE forum_categories SET topic_count = topic_count + 1, post_count = post_count + 1, last_post_id = @p, last_post_at = ${at} WHERE id = ${categoryId};
     SELECT @t, @p;`,
  );
  const last = rows[rows.length - 1];
  return { topicId: Number(last[0]), postId: Number(last[1]) };
}

/** A reply (the topic's forum), counts kept; returns its id. */
function insertPost({ topicId, authorId = null, body = 'Eine Antwort.', ageSeconds = 0 }) {
  const at = ago(ageSeconds);
  const rows = sql(
    `INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body)
     SELECT id, group_id, ${lit(authorId)}, ${at}, ${lit(body)} FROM forum_topics WHERE id = ${topicId};
     SET @p = LAST_INSERT_ID();
     UPDATE forum_topics SET post_count = post_count + 1, last_post_id = @p, last_post_at = ${at}, last_poster_id = ${lit(authorId)} WHERE id = ${topicId};
     UPDATE forum_categories c JOIN forum_topics t ON t.category_id = c.id
       SET c.post_count = c.post_count + 1, c.last_post_id = @p, c.last_post_at = ${at} WHERE t.id = ${topicId};
     SELECT @p;`,
  );
  return Number(rows[rows.length - 1][0]);
}

/** n replies at once (one statement per reply would be slow): ids in order. */
function insertPosts(topicId, n, { authorId = null, body = (i) => `Antwort ${i}` } = {}) {
  const ids = [];
  for (let i = 0; i < n; i++) ids.push(insertPost({ topicId, authorId, body: body(i) }));
  return ids;
}

const readMark = (uid, topicId) => one(`SELECT last_post_id FROM forum_reads WHERE user_id = ${uid} AND topic_id = ${topicId}`);
const topicWatch = (uid, topicId) => num(`SELECT COUNT(*) FROM forum_topic_watches WHERE user_id = ${uid} AND topic_id = ${topicId}`);
const categoryWatch = (uid, catId) => num(`SELECT COUNT(*) FROM forum_category_watches WHERE user_id = ${uid} AND category_id = ${catId}`);

// --------------------------------------------------------------- pages ----

/** <main> of a page. */
function mainOf(html) {
  const m = /<main\b[\s\S]*<\/main>/.exec(html);
  assert.ok(m, 'a <main>');
  return m[0];
}

/** The rows of a category page's topic table, in order. */
function topicRows(html, base) {
  return [...html.matchAll(/<tr class="forum-topic( forum-topic-unread)?">([\s\S]*?)<\/tr>/g)].map((m) => {
    const row = m[2];
    const id = new RegExp(`<a class="forum-topic-title" href="${esc(base)}/t/(\\d+)">([\\s\\S]*?)</a>`).exec(row);
    const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1]);
    return {
      id: Number(id[1]),
      title: decodeEntities(id[2]),
      unread: !!m[1],
      badges: [...row.matchAll(/<span class="badge[^"]*">([^<]*)<\/span>/g)].map((b) => b[1]),
      replies: Number(textOf(cells[0]).replace(/^.*:\s*/, '')),
      last: cells[1],
      row,
    };
  });
}

/** The ids of the posts (article id="p-N") on a topic page, in order. */
const postIds = (html) => [...html.matchAll(/<article class="forum-post[^"]*" id="p-(\d+)"/g)].map((m) => Number(m[1]));

/** One post's <article>. */
function article(html, id) {
  const m = new RegExp(`<article class="forum-post[^"]*" id="p-${id}"[\\s\\S]*?</article>`).exec(html);
  assert.ok(m, `post ${id} on the page`);
  return m[0];
}

/** Nothing in <main> that a browser would run: no script-like element,
 * no event handler attribute, no javascript:/data:/vbscript: URL. */
function assertInert(html, where) {
  for (const tg of mainOf(html).matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const [all, name, attrs] = tg;
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

async function page(client, path, status = 200) {
  const r = await client.get(path);
  assert.equal(r.status, status, `${path}: ${show(r)}`);
  return r.text;
}

/** The pager's current page and the number of pages linked. */
function pagerOf(html) {
  const cur = /aria-current="page"><span class="vh">[^<]*<\/span>(\d+)<\/a>/.exec(html);
  return cur ? Number(cur[1]) : null;
}

// ------------------------------------------------------------ accounts ----

let ana, ben, cara, dora, gmod, siteMod, admin;
let anaId, benId, caraId, doraId, gmodId, siteModId;
const T = tag('r');

before(async () => {
  const people = await inviteUsers(5, { name: `Lesen ${T}` });
  [ana, ben, cara, dora, gmod] = people;
  const names = [`Ana ${T} Lesend`, `Ben ${T} Antwort`, `Cara ${T} Gruppe`, `Dora ${T} Draußen`, `Gero ${T} Moderiert`];
  people.forEach((p, i) => {
    p.name = names[i];
    // Members since yesterday: what was written since then is new to them.
    sql(`UPDATE users SET name = ${lit(names[i])}, created_at = NOW() - INTERVAL 1 DAY WHERE email = ${lit(p.email)}`);
  });
  [anaId, benId, caraId, doraId, gmodId] = people.map((p) => userId(p.email));
  siteMod = await demoClient(DEMO.moderator);
  siteModId = userId(DEMO.moderator);
  admin = await demoClient(DEMO.admin);
});

// ------------------------------------------------------------- signed out ----

test('signed out: every page goes to /login, every watch POST is refused', async () => {
  const cat = createCategory();
  const { topicId, postId } = insertTopic({ categoryId: cat, authorId: anaId });
  const g = createGroup({ visibility: 'open', members: [{ id: anaId }] });
  const gcat = createCategory({ groupId: g.id });
  const gt = insertTopic({ categoryId: gcat, groupId: g.id, authorId: anaId });
  const anon = new Client();
  for (const path of ['/forum', `/forum/c/${cat}`, `/forum/t/${topicId}`, `/forum/t/${topicId}?page=1`, `/forum/p/${postId}`,
    g.base, `${g.base}/c/${gcat}`, `${g.base}/t/${gt.topicId}`, `${g.base}/p/${gt.postId}`]) {
    const r = await anon.get(path);
    assert.equal(r.status, 303, `${path}: ${show(r)}`);
    const [p, q] = path.split('?');
    assert.equal(r.location, `/login?next=${p}${q ? `%3F${encodeURIComponent(q)}` : ''}`, path);
  }
  const csrf = await anon.csrf('/login');
  for (const path of [`/forum/t/${topicId}/watch`, `/forum/c/${cat}/watch`, `${g.base}/t/${gt.topicId}/watch`]) {
    const r = await anon.post(path, { csrf, watch: 1 });
    assert.equal(r.status, 403, `${path}: ${show(r)}`);
  }
  assert.equal(num(`SELECT COUNT(*) FROM forum_topic_watches WHERE topic_id IN (${topicId}, ${gt.topicId})`), 0);
  assert.equal(num(`SELECT COUNT(*) FROM forum_category_watches WHERE category_id = ${cat}`), 0);
});

// ----------------------------------------------------------- categories ----

test('categories: in their order, retired last, with field, description, counts and last post', async () => {
  const k = tag('k');
  const c30 = createCategory({ name: `Drei ${k}`, position: 30 });
  const c10 = createCategory({ name: `Eins ${k}`, position: 10, description: 'Fragen zur **Sprache** und zu Kursen.' });
  const c20 = createCategory({ name: `Zwei ${k}`, position: 20 });
  const old = createCategory({ name: `Alt ${k}`, position: 0, retired: 1 });
  const field = sql(`SELECT id, name_de FROM fields_of_action ORDER BY position LIMIT 1`)[0];
  sql(`UPDATE forum_categories SET field_id = ${field[0]} WHERE id = ${c20}`);
  const { topicId } = insertTopic({ categoryId: c10, authorId: anaId, title: `Kurse ${k}`, ageSeconds: 7200 });
  const last = insertPost({ topicId, authorId: benId, ageSeconds: 3 * 3600 + 60 });
  insertTopic({ categoryId: c10, authorId: benId, ageSeconds: 9000 });
  // A group's category is not the network's.
  const g = createGroup({ visibility: 'open' });
  createCategory({ groupId: g.id, name: `Gruppe ${k}` });

  const html = await page(ana.client, '/forum');
  assert.match(html, /<title>Forum – /);
  assert.match(mainOf(html), /<h1>Forum<\/h1>/);
  const main = mainOf(html);
  const names = [...main.matchAll(/<h3><a href="\/forum\/c\/(\d+)">/g)].map((m) => Number(m[1]));
  const mine = names.filter((id) => [c10, c20, c30, old].includes(id));
  assert.deepEqual(mine, [c10, c20, c30, old], 'by position, the retired one after the others');
  const retired = new Set(sql('SELECT id FROM forum_categories WHERE group_id IS NULL AND retired = 1').map((r) => Number(r[0])));
  const firstRetired = names.findIndex((id) => retired.has(id));
  assert.ok(firstRetired > 0 && names.slice(firstRetired).every((id) => retired.has(id)), 'retired categories come after every other one');
  assert.ok(!main.includes(`Gruppe ${k}`), 'no group category in the network forum');

  const item = (id) => new RegExp(`<li class="forum-category[^"]*">\\s*<h3><a href="/forum/c/${id}">[\\s\\S]*?</li>`).exec(main)[0];
  assert.match(item(c10), /<div class="prose"><p>Fragen zur <strong>Sprache<\/strong> und zu Kursen.<\/p>/);
  assert.match(item(c10), new RegExp(`<p class="forum-counts">2 ${t('Forum.Index.Topics')} · 3 ${t('Forum.Index.Posts')}</p>`));
  // The last post is the one the writers stored last (the second topic's
  // first post, written after Ben's reply): the page counts nothing itself.
  const stored = num(`SELECT last_post_id FROM forum_categories WHERE id = ${c10}`);
  assert.match(item(c10), new RegExp(`<a href="/forum/p/${stored}">`));
  assert.ok(stored > last);
  assert.match(item(c20), new RegExp(`<p class="forum-field">${esc(t('Forum.Index.Field'))} ${esc(field[1])}</p>`));
  assert.match(item(c20), new RegExp(`<p class="forum-last">${esc(t('Forum.Index.NoPosts'))}</p>`));
  assert.match(item(old), new RegExp(`<span class="badge">${esc(t('Forum.Badge.Retired'))}</span>`));
  assert.ok(!item(c30).includes('forum-field'), 'no field of action when there is none');
  // Members manage nothing here.
  assert.ok(!main.includes('/forum/categories/new'));
  assert.ok(!main.includes('/forum/reports'));
  assert.ok(!main.includes(`/forum/c/${c10}/edit`));
  // The search form of the forum.
  assert.match(main, /<form class="forum-search" method="get" action="\/forum\/search" role="search">/);
  assert.match(main, /<label for="f-q">/);
});

test('categories: the last post names its topic, author and time, and links the permalink', async () => {
  const cat = createCategory({ name: `Letzter ${tag('k')}` });
  const { topicId } = insertTopic({ categoryId: cat, authorId: anaId, title: `Wohnungssuche ${T}`, ageSeconds: 3 * 86400 });
  const p = insertPost({ topicId, authorId: benId, ageSeconds: 2 * 3600 + 30 });
  const html = mainOf(await page(ana.client, '/forum'));
  const li = new RegExp(`<li class="forum-category">\\s*<h3><a href="/forum/c/${cat}">[\\s\\S]*?</li>`).exec(html)[0];
  const lastP = /<p class="forum-last">([\s\S]*?)<\/p>/.exec(li)[1];
  assert.match(lastP, new RegExp(`<a href="/forum/p/${p}">Wohnungssuche ${T}</a>`));
  assert.match(lastP, new RegExp(`<a href="/people/${benId}">Ben ${T} Antwort</a>`));
  assert.match(lastP, /<span class="forum-ago">vor 2 Stunden<\/span>/);
  assert.match(lastP, /<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">\d\d\.\d\d\.\d{4}, \d\d:\d\d<\/time>/);
});

test('categories: admins get the category links, moderators the reports; a group forum names the group', async () => {
  const cat = createCategory();
  const a = mainOf(await page(admin, '/forum'));
  assert.match(a, /<a href="\/forum\/categories\/new">/);
  assert.match(a, new RegExp(`<a href="/forum/c/${cat}/edit">`));
  const m = mainOf(await page(siteMod, '/forum'));
  assert.match(m, /<a href="\/forum\/reports">/);
  assert.ok(!m.includes('/forum/categories/new'), 'a site moderator does not manage categories');

  const g = createGroup({ visibility: 'closed', name: `Sprachmittlung ${T}`, members: [{ id: anaId, role: 'owner' }, { id: benId }] });
  const empty = await page(ana.client, g.base);
  assert.match(empty, new RegExp(`<title>${esc(t('Forum.Title.Group'))} Sprachmittlung ${T} – `));
  assert.match(mainOf(empty), new RegExp(`<h1>${esc(t('Forum.Title.Group'))} Sprachmittlung ${T}</h1>`));
  assert.match(mainOf(empty), new RegExp(`<p class="empty">${esc(t('Forum.Index.None'))}</p>`));
  assert.match(mainOf(empty), new RegExp(`<a href="${g.base}/categories/new">`), 'the owner manages the categories');
  assert.match(mainOf(empty), new RegExp(`<a href="${g.base}/reports">`), 'the owner moderates');
  assert.match(mainOf(empty), new RegExp(`action="${g.base}/search"`));
  const member = mainOf(await page(ben.client, g.base));
  assert.ok(!member.includes('/categories/new') && !member.includes('/reports'), 'a member neither');
  // Site roles give nothing in a group.
  addGroupMember(g.id, userId(DEMO.admin));
  const adm = mainOf(await page(admin, g.base));
  assert.ok(!adm.includes('/categories/new') && !adm.includes('/reports'), 'a site admin who is a member is a member');
  const gcat = createCategory({ groupId: g.id, name: `Termine ${T}` });
  const listed = mainOf(await page(ben.client, g.base));
  assert.match(listed, new RegExp(`<a href="${g.base}/c/${gcat}">Termine ${T}</a>`));
  assert.ok(!listed.includes(`/forum/c/${cat}"`), 'the network categories are not in the group forum');
});

// --------------------------------------------------------- topic lists ----

test('topic list: pinned first, then by last activity; replies, starter, last poster; links', async () => {
  const cat = createCategory({ name: `Liste ${T}`, description: 'Alles zum *Thema*.' });
  const a = insertTopic({ categoryId: cat, authorId: anaId, title: 'Alt, aber angeheftet', ageSeconds: 5 * 86400, pinned: 1 });
  const b = insertTopic({ categoryId: cat, authorId: benId, title: 'Älter', ageSeconds: 4 * 86400 });
  const c = insertTopic({ categoryId: cat, authorId: anaId, title: 'Neu belebt', ageSeconds: 3 * 86400 });
  insertPost({ topicId: c.topicId, authorId: benId, ageSeconds: 600 });
  insertPost({ topicId: c.topicId, authorId: caraId, ageSeconds: 120 });
  const d = insertTopic({ categoryId: cat, authorId: benId, title: 'Mittel', ageSeconds: 3600, locked: 1 });
  const e = insertTopic({ categoryId: cat, authorId: null, title: 'Verwaist', ageSeconds: 7200 });
  const html = await page(ana.client, `/forum/c/${cat}`);
  assert.match(html, new RegExp(`<title>Liste ${T} – `));
  const main = mainOf(html);
  assert.match(main, new RegExp(`<h1>Liste ${T}</h1>`));
  assert.match(main, /<div class="prose forum-description"><p>Alles zum <em>Thema<\/em>.<\/p>/);
  assert.match(main, new RegExp(`<li><a href="/forum">Forum</a></li>\\s*<li aria-current="page">Liste ${T}</li>`), 'crumbs');
  const rows = topicRows(main, '/forum');
  assert.deepEqual(rows.map((r) => r.id), [a.topicId, c.topicId, d.topicId, e.topicId, b.topicId]);
  const by = Object.fromEntries(rows.map((r) => [r.id, r]));
  assert.deepEqual(by[a.topicId].badges.filter((x) => x !== t('Forum.Badge.Unread')), [t('Forum.Badge.Pinned')]);
  assert.deepEqual(by[d.topicId].badges.filter((x) => x !== t('Forum.Badge.Unread')), [t('Forum.Badge.Locked')]);
  assert.equal(by[c.topicId].replies, 2);
  assert.equal(by[a.topicId].replies, 0);
  assert.match(by[c.topicId].row, new RegExp(`${esc(t('Forum.Category.StartedBy'))} <a href="/people/${anaId}">Ana ${T} Lesend</a>`));
  assert.match(by[c.topicId].last, new RegExp(`<a href="/people/${caraId}">Cara ${T} Gruppe</a>`));
  assert.match(by[c.topicId].last, /<span class="forum-ago">vor 2 Minuten<\/span>/);
  const lastId = num(`SELECT last_post_id FROM forum_topics WHERE id = ${c.topicId}`);
  assert.match(by[c.topicId].last, new RegExp(`<a href="/forum/p/${lastId}">`), 'the last post by its permalink');
  assert.ok(!/StartedBy|Begonnen/.test(by[e.topicId].row), 'no starter for an account that is gone');
  assert.equal(rows[0].title, 'Alt, aber angeheftet');
  // A member may start a topic and watch the category.
  assert.match(main, new RegExp(`<a class="button" href="/forum/c/${cat}/new">${esc(t('Forum.Category.NewTopic'))}</a>`));
  assert.match(main, new RegExp(`<form class="inline-form forum-watch" method="post" action="/forum/c/${cat}/watch">`));
  assert.match(main, new RegExp(`<h2 id="topics-title">5 ${esc(t('Forum.Category.Count'))}`));
  // A new reply moves a topic to the top of the unpinned ones.
  insertPost({ topicId: b.topicId, authorId: anaId });
  const again = topicRows(mainOf(await page(ana.client, `/forum/c/${cat}`)), '/forum');
  assert.deepEqual(again.map((r) => r.id), [a.topicId, b.topicId, c.topicId, d.topicId, e.topicId]);
});

test('topic list: the same last activity is ordered by the newer topic first', async () => {
  const cat = createCategory();
  const x = insertTopic({ categoryId: cat, ageSeconds: 100 });
  const y = insertTopic({ categoryId: cat, ageSeconds: 100 });
  sql(`UPDATE forum_topics SET last_post_at = (SELECT last_post_at FROM (SELECT last_post_at FROM forum_topics WHERE id = ${x.topicId}) s) WHERE id = ${y.topicId}`);
  const rows = topicRows(await page(ana.client, `/forum/c/${cat}`), '/forum');
  assert.deepEqual(rows.map((r) => r.id), [y.topicId, x.topicId]);
});

test('topic list: empty state, retired category takes no new topic', async () => {
  const cat = createCategory({ name: `Leer ${T}` });
  const main = mainOf(await page(ana.client, `/forum/c/${cat}`));
  assert.match(main, /<p class="empty">Noch keine Themen in dieser Kategorie.<\/p>/);
  assert.ok(!main.includes('<table'), 'no table without topics');
  assert.ok(!main.includes('class="pager"'));
  const old = createCategory({ name: `Ruhend ${T}`, retired: 1 });
  insertTopic({ categoryId: old, authorId: anaId });
  const r = mainOf(await page(ana.client, `/forum/c/${old}`));
  assert.ok(!r.includes(`/forum/c/${old}/new`), 'no new topic in a retired category');
  assert.ok(r.includes(t('Forum.Category.Retired')), 'the page says why');
  assert.equal(topicRows(r, '/forum').length, 1, 'its topics stay readable');
});

test('topic list: 25 a page; ?page= out of range or malformed is 404', async () => {
  const cat = createCategory();
  const ids = [];
  for (let i = 0; i < 26; i++) ids.push(insertTopic({ categoryId: cat, ageSeconds: 1000 - i }).topicId);
  const newestFirst = [...ids].reverse();
  const p1 = await page(ana.client, `/forum/c/${cat}`);
  assert.deepEqual(topicRows(p1, '/forum').map((r) => r.id), newestFirst.slice(0, 25));
  assert.equal(pagerOf(p1), 1);
  assert.match(p1, new RegExp(`<a href="/forum/c/${cat}\\?page=2" rel="next">`));
  const p2 = await page(ana.client, `/forum/c/${cat}?page=2`);
  assert.deepEqual(topicRows(p2, '/forum').map((r) => r.id), newestFirst.slice(25));
  assert.equal(pagerOf(p2), 2);
  assert.match(p2, new RegExp(`<title>[^<]* – ${esc(t('Forum.PageN'))} 2 – `));
  assert.deepEqual(topicRows(await page(ana.client, `/forum/c/${cat}?page=1`), '/forum').map((r) => r.id), newestFirst.slice(0, 25));
  assert.deepEqual(topicRows(await page(ana.client, `/forum/c/${cat}?page=`), '/forum').map((r) => r.id), newestFirst.slice(0, 25), 'an empty page is the first');
  for (const q of ['0', '-1', 'abc', '3', '999', '01', '+2', '2.0', '1e1', '99999999999999999999', '1&page=2']) {
    const r = await ana.client.get(`/forum/c/${cat}?page=${q}`);
    assert.equal(r.status, 404, `page=${q}: ${show(r)}`);
  }
  // An empty category has its one page.
  const empty = createCategory();
  assert.equal((await ana.client.get(`/forum/c/${empty}?page=1`)).status, 200);
  assert.equal((await ana.client.get(`/forum/c/${empty}?page=2`)).status, 404);
});

// ------------------------------------------------------------- unread ----

test('unread: new since joining, read after opening, unread again after a new post', async () => {
  const cat = createCategory();
  const fresh = insertTopic({ categoryId: cat, authorId: benId, ageSeconds: 3600 });
  const before = insertTopic({ categoryId: cat, authorId: benId, ageSeconds: 2 * 86400 });
  const unread = async () => Object.fromEntries(topicRows(await page(ana.client, `/forum/c/${cat}`), '/forum').map((r) => [r.id, r.unread]));
  assert.deepEqual(await unread(), { [fresh.topicId]: true, [before.topicId]: false }, 'what came before joining is not new');
  const row = topicRows(await page(ana.client, `/forum/c/${cat}`), '/forum').find((r) => r.id === fresh.topicId);
  assert.ok(row.badges.includes(t('Forum.Badge.Unread')), 'said in words, not only by weight');
  assert.equal(readMark(anaId, fresh.topicId), null);
  await page(ana.client, `/forum/t/${fresh.topicId}`);
  assert.equal(Number(readMark(anaId, fresh.topicId)), fresh.postId);
  assert.deepEqual(await unread(), { [fresh.topicId]: false, [before.topicId]: false });
  // Ben's view is his own.
  assert.equal(topicRows(await page(ben.client, `/forum/c/${cat}`), '/forum').find((r) => r.id === fresh.topicId).unread, true);
  const reply = insertPost({ topicId: before.topicId, authorId: benId });
  assert.deepEqual(await unread(), { [fresh.topicId]: false, [before.topicId]: true }, 'an old topic with a new post');
  insertPost({ topicId: fresh.topicId, authorId: caraId });
  assert.deepEqual(await unread(), { [fresh.topicId]: true, [before.topicId]: true });
  await page(ana.client, `/forum/t/${before.topicId}`);
  assert.equal(Number(readMark(anaId, before.topicId)), reply);
  assert.deepEqual(await unread(), { [fresh.topicId]: true, [before.topicId]: false });
});

test('unread: a page marks what it shows; an older page read later does not move the mark back', async () => {
  const cat = createCategory();
  const { topicId, postId } = insertTopic({ categoryId: cat, authorId: benId, ageSeconds: 600 });
  const ids = [postId, ...insertPosts(topicId, 29, { authorId: benId })];
  await page(ana.client, `/forum/t/${topicId}`);
  assert.equal(Number(readMark(anaId, topicId)), ids[24], 'up to the last post of page 1');
  assert.equal(topicRows(await page(ana.client, `/forum/c/${cat}`), '/forum')[0].unread, true, 'page 2 is still unread');
  await page(ana.client, `/forum/t/${topicId}?page=2`);
  assert.equal(Number(readMark(anaId, topicId)), ids[29]);
  await page(ana.client, `/forum/t/${topicId}?page=1`);
  assert.equal(Number(readMark(anaId, topicId)), ids[29], 'never back');
  assert.equal(topicRows(await page(ana.client, `/forum/c/${cat}`), '/forum')[0].unread, false);
  assert.equal(num(`SELECT COUNT(*) FROM forum_reads WHERE user_id = ${anaId} AND topic_id = ${topicId}`), 1);
  // A page that is not there marks nothing.
  sql(`DELETE FROM forum_reads WHERE user_id = ${anaId} AND topic_id = ${topicId}`);
  assert.equal((await ana.client.get(`/forum/t/${topicId}?page=3`)).status, 404);
  assert.equal(readMark(anaId, topicId), null);
});

// ------------------------------------------------------------- topics ----

test('topic: 25 posts a page in order, the pager, ?page= out of range or malformed is 404', async () => {
  const cat = createCategory({ name: `Seiten ${T}` });
  const { topicId, postId } = insertTopic({ categoryId: cat, authorId: anaId, title: `Lange Diskussion ${T}` });
  const ids = [postId, ...insertPosts(topicId, 25, { authorId: benId })];
  const p1 = await page(ana.client, `/forum/t/${topicId}`);
  assert.deepEqual(postIds(p1), ids.slice(0, 25));
  assert.match(p1, new RegExp(`<title>Lange Diskussion ${T} – `));
  assert.match(mainOf(p1), new RegExp(`<h1>Lange Diskussion ${T}</h1>`));
  assert.match(mainOf(p1), new RegExp(`<li><a href="/forum">Forum</a></li>\\s*<li><a href="/forum/c/${cat}">Seiten ${T}</a></li>\\s*<li aria-current="page">Lange Diskussion ${T}</li>`));
  assert.equal(pagerOf(p1), 1);
  assert.match(p1, new RegExp(`<a href="/forum/t/${topicId}\\?page=2" rel="next">`));
  const p2 = await page(ana.client, `/forum/t/${topicId}?page=2`);
  assert.deepEqual(postIds(p2), ids.slice(25));
  assert.match(p2, new RegExp(`<title>Lange Diskussion ${T} – ${esc(t('Forum.PageN'))} 2 – `));
  assert.match(p2, new RegExp(`<a href="/forum/t/${topicId}\\?page=1" rel="prev">`));
  assert.deepEqual(postIds(await page(ana.client, `/forum/t/${topicId}?page=1`)), ids.slice(0, 25));
  for (const q of ['0', '-1', 'abc', '3', '999', '02', '+1', '', '1&page=1']) {
    const r = await ana.client.get(`/forum/t/${topicId}?page=${q}`);
    assert.equal(r.status, q === '' ? 200 : 404, `page=${q}: ${show(r)}`);
  }
  // A 25-post topic has one page.
  const small = insertTopic({ categoryId: cat });
  insertPosts(small.topicId, 24);
  const s = await page(ana.client, `/forum/t/${small.topicId}`);
  assert.equal(postIds(s).length, 25);
  assert.ok(!s.includes('class="pager"'));
  assert.equal((await ana.client.get(`/forum/t/${small.topicId}?page=2`)).status, 404);
});

test('topic: each post with author, photo, first organisation, times, edited marker, permalink, rendered text', async () => {
  const cat = createCategory();
  // Ben works for two organisations (the first by name is shown) and was
  // in a third that is gone.
  const k = tag('o');
  const orgs = sql(
    `INSERT INTO orgs (name, type_id, created_at, updated_at) SELECT ${lit(`Zeta ${k}`)}, id, NOW(), NOW() FROM org_types LIMIT 1; SELECT LAST_INSERT_ID();
     INSERT INTO orgs (name, type_id, created_at, updated_at) SELECT ${lit(`Beta ${k}`)}, id, NOW(), NOW() FROM org_types LIMIT 1; SELECT LAST_INSERT_ID();
     INSERT INTO orgs (name, type_id, created_at, updated_at, deleted_at) SELECT ${lit(`Alpha ${k}`)}, id, NOW(), NOW(), NOW() FROM org_types LIMIT 1; SELECT LAST_INSERT_ID();`,
  ).map((r) => Number(r[0]));
  for (const o of orgs) sql(`INSERT INTO org_members (org_id, user_id, position) VALUES (${o}, ${benId}, 0)`);
  const { topicId, postId } = insertTopic({ categoryId: cat, authorId: anaId, ageSeconds: 3 * 86400, body: 'Hallo **alle**,\nwer kennt [die Stelle](https://example.org/stelle)?' });
  const reply = insertPost({ topicId, authorId: benId, ageSeconds: 5 * 60 + 10, body: '# Antwort\n\n- eins\n- zwei' });
  const gone = insertPost({ topicId, authorId: null, ageSeconds: 30 });
  sql(`UPDATE forum_posts SET revision_count = 2, edited_at = NOW() WHERE id = ${reply}`);
  const html = await page(ana.client, `/forum/t/${topicId}`);
  const first = article(html, postId);
  assert.match(first, new RegExp(`<img class="forum-post-thumb" src="/people/${anaId}/thumb" alt="" width="48" height="48">`));
  assert.match(first, new RegExp(`<h3 class="forum-post-author" id="p-${postId}-by"><span class="vh">${esc(t('Forum.Post.By'))} </span><a href="/people/${anaId}">Ana ${T} Lesend</a></h3>`));
  assert.match(first, /<span class="forum-ago">vor 3 Tagen<\/span>/);
  assert.match(first, /<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">\d\d\.\d\d\.\d{4}, \d\d:\d\d<\/time>/);
  assert.match(first, new RegExp(`<a href="/forum/p/${postId}">${esc(t('Forum.Post.Permalink'))}</a>`));
  assert.match(first, /<div class="prose"><p>Hallo <strong>alle<\/strong>,<br \/>\nwer kennt <a href="https:\/\/example.org\/stelle">die Stelle<\/a>\?<\/p>/);
  assert.ok(!first.includes('/history'), 'not edited: no history link');
  assert.ok(!first.includes('/orgs/'), 'Ana has no organisation');
  const second = article(html, reply);
  assert.match(second, new RegExp(`<a href="/orgs/${orgs[1]}">Beta ${k}</a>`), 'the first organisation by name that is not deleted');
  assert.ok(!second.includes(`Zeta ${k}`) && !second.includes(`Alpha ${k}`));
  assert.match(second, /<span class="forum-ago">vor 5 Minuten<\/span>/);
  assert.match(second, new RegExp(`<a href="/forum/p/${reply}/history">${esc(t('Forum.Post.Edited'))}<span class="vh">`));
  assert.match(second, /<h3>Antwort<\/h3>\s*<ul>\s*<li>eins<\/li>/);
  const third = article(html, gone);
  assert.ok(third.includes(t('Forum.Post.FormerMember')));
  assert.ok(!third.includes('<img'), 'no photo of an account that is gone');
  assert.match(third, /<span class="forum-ago">gerade eben<\/span>/);
  assert.equal(num(`SELECT COUNT(*) FROM org_members WHERE user_id = ${benId}`), 3);
});

test('topic: relative times in English for an English reader', async () => {
  const en = await demoClient(DEMO.member2);
  const cat = createCategory();
  const { topicId, postId } = insertTopic({ categoryId: cat, ageSeconds: 2 * 3600 + 5 });
  const p = insertPost({ topicId, ageSeconds: 40 * 86400 });
  const html = await page(en, `/forum/t/${topicId}`);
  assert.match(article(html, postId), /<span class="forum-ago">2 hours ago<\/span>/);
  assert.match(article(html, p), /<span class="forum-ago">1 month ago<\/span>/);
  assert.match(article(html, p), /<time datetime="[^"]+">\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d<\/time>/);
});

// ---------------------------------------------------------- permalinks ----

test('permalink: 303 to the page and anchor of the post (1, 25, 26), in a group forum too', async () => {
  const cat = createCategory();
  const { topicId, postId } = insertTopic({ categoryId: cat, authorId: anaId });
  const ids = [postId, ...insertPosts(topicId, 26)];
  for (const [i, want] of [[0, `/forum/t/${topicId}#p-${ids[0]}`], [24, `/forum/t/${topicId}#p-${ids[24]}`], [25, `/forum/t/${topicId}?page=2#p-${ids[25]}`], [26, `/forum/t/${topicId}?page=2#p-${ids[26]}`]]) {
    const r = await ana.client.get(`/forum/p/${ids[i]}`);
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, want, `post ${i + 1}`);
    const target = await page(ana.client, want.replace(/#.*/, ''));
    assert.ok(postIds(target).includes(ids[i]), `post ${i + 1} is on the page it leads to`);
  }
  const g = createGroup({ visibility: 'private', members: [{ id: anaId }] });
  const gcat = createCategory({ groupId: g.id });
  const gt = insertTopic({ categoryId: gcat, groupId: g.id, authorId: anaId });
  const r = await ana.client.get(`${g.base}/p/${gt.postId}`);
  assert.equal(r.status, 303);
  assert.equal(r.location, `${g.base}/t/${gt.topicId}#p-${gt.postId}`);
  // Not a post of this forum, not a post, not an id.
  for (const path of [`/forum/p/${gt.postId}`, `${g.base}/p/${postId}`, '/forum/p/999999999', '/forum/p/0', '/forum/p/007', `/forum/p/${postId}x`]) {
    const x = await ana.client.get(path);
    assert.equal(x.status, 404, `${path}: ${show(x)}`);
  }
  // A deleted topic's posts are gone.
  sql(`UPDATE forum_topics SET deleted_at = NOW() WHERE id = ${gt.topicId}`);
  assert.equal((await ana.client.get(`${g.base}/p/${gt.postId}`)).status, 404);
  assert.equal((await ana.client.get(`${g.base}/t/${gt.topicId}`)).status, 404);
});

// ------------------------------------------------- deleted and hidden ----

test('deleted and hidden posts keep their place; hidden text only for moderators, marked', async () => {
  const cat = createCategory();
  const secret = `Geheimer Text ${tag('s')}`;
  const gone = `Gelöschter Text ${tag('s')}`;
  const { topicId, postId } = insertTopic({ categoryId: cat, authorId: anaId });
  const del = insertPost({ topicId, authorId: benId, body: gone });
  const hid = insertPost({ topicId, authorId: benId, body: secret });
  const after = insertPost({ topicId, authorId: anaId });
  sql(`UPDATE forum_posts SET deleted_at = NOW(), revision_count = 1 WHERE id = ${del};
       UPDATE forum_posts SET hidden_at = NOW(), hidden_by = ${siteModId}, hidden_reason = 'Persönliche Daten <b>entfernt</b>', revision_count = 1 WHERE id = ${hid};`);
  for (const [who, c] of [['ana', ana.client], ['ben', ben.client]]) {
    const html = await page(c, `/forum/t/${topicId}`);
    assert.deepEqual(postIds(html), [postId, del, hid, after], `${who}: every post in its place`);
    assert.ok(!html.includes(secret), `${who}: no hidden text`);
    assert.ok(!html.includes(gone), `${who}: no deleted text`);
    const d = article(html, del);
    assert.match(d, /<p class="forum-placeholder">Dieser Beitrag wurde von der Verfasserin oder dem Verfasser gelöscht.<\/p>/);
    assert.ok(!/\/(edit|delete|report|history|hide|split)"/.test(d) && !d.includes('quote='), `${who}: nothing to do with a deleted post`);
    const h = article(html, hid);
    assert.match(h, new RegExp(`<p class="forum-placeholder">${esc(t('Forum.Post.Hidden'))} ${esc(t('Forum.Post.HiddenReason'))} Persönliche Daten &lt;b&gt;entfernt&lt;/b&gt;</p>`));
    assert.ok(!/\/(edit|delete|report|history|hide|split)"/.test(h) && !h.includes('quote='), `${who}: nothing to do with a hidden post`);
  }
  const mod = await page(siteMod, `/forum/t/${topicId}`);
  const h = article(mod, hid);
  assert.match(h, new RegExp(`<p class="forum-hidden-label">${esc(t('Forum.Post.HiddenText'))}</p>\\s*<div class="prose"><p>${secret}</p>`));
  assert.match(h, new RegExp(`<form class="inline-form" method="post" action="/forum/p/${hid}/restore"><input type="hidden" name="csrf" value="[^"]+"><button type="submit" class="link-button">${esc(t('Forum.Post.Restore'))}</button></form>`));
  assert.match(h, new RegExp(`<a href="/forum/p/${hid}/history">`), 'moderators see the history of a hidden post');
  assert.match(h, new RegExp(`<a href="/forum/p/${hid}/split">`));
  assert.ok(!h.includes(`/p/${hid}/hide"`), 'hidden already');
  assert.ok(!mod.includes(gone), 'a deleted text is gone for moderators too');
  const d = article(mod, del);
  assert.ok(!d.includes('/restore') && !d.includes('/hide"') && !d.includes('/split"'), 'nothing to moderate in a deleted post');
});

// ----------------------------------------------- links to other parts ----

test('links: reply, quote, edit, delete, report for whom the pages will serve; moderators tools', async () => {
  const cat = createCategory();
  const { topicId, postId } = insertTopic({ categoryId: cat, authorId: anaId, title: `Werkzeuge ${T}` });
  const benPost = insertPost({ topicId, authorId: benId });
  const anaPost = insertPost({ topicId, authorId: anaId });
  const html = mainOf(await page(ana.client, `/forum/t/${topicId}`));
  assert.match(html, new RegExp(`<a class="button" href="/forum/t/${topicId}/reply">${esc(t('Forum.Topic.Reply'))}</a>`));
  for (const id of [postId, anaPost]) {
    const a = article(html, id);
    assert.match(a, new RegExp(`<a href="/forum/t/${topicId}/reply\\?quote=${id}">${esc(t('Forum.Post.Quote'))}</a>`));
    assert.match(a, new RegExp(`<a href="/forum/p/${id}/edit">${esc(t('Forum.Post.Edit'))}</a>`));
    assert.match(a, new RegExp(`<a href="/forum/p/${id}/delete">${esc(t('Forum.Post.Delete'))}</a>`));
    assert.ok(!a.includes('/report"'), 'not one\'s own post');
  }
  const b = article(html, benPost);
  assert.match(b, new RegExp(`<a href="/forum/p/${benPost}/report">${esc(t('Forum.Post.Report'))}</a>`));
  assert.ok(!b.includes('/edit"') && !b.includes('/delete"'), 'not someone else\'s post');
  for (const x of ['/hide"', '/split"', '/restore"', '/pin"', '/lock"', '/rename"', '/move"']) assert.ok(!html.includes(x), `no ${x} for a member`);
  assert.ok(!html.includes('forum-mod-tools'));

  const mod = mainOf(await page(siteMod, `/forum/t/${topicId}`));
  assert.match(mod, new RegExp(`<form class="inline-form" method="post" action="/forum/t/${topicId}/pin"><input type="hidden" name="csrf" value="[^"]+">\\s*<input type="hidden" name="value" value="1">\\s*<button type="submit" class="button button-secondary button-small">${esc(t('Forum.Topic.Pin'))}</button>`));
  assert.match(mod, new RegExp(`action="/forum/t/${topicId}/lock"><input type="hidden" name="csrf" value="[^"]+">\\s*<input type="hidden" name="value" value="1">\\s*<button[^>]*>${esc(t('Forum.Topic.Lock'))}</button>`));
  assert.match(mod, new RegExp(`<a href="/forum/t/${topicId}/rename">${esc(t('Forum.Topic.Rename'))}</a>`));
  assert.match(mod, new RegExp(`<a href="/forum/t/${topicId}/move">${esc(t('Forum.Topic.Move'))}</a>`));
  assert.match(article(mod, postId), new RegExp(`<a href="/forum/p/${postId}/hide">${esc(t('Forum.Post.Hide'))}</a>`));
  assert.ok(!article(mod, postId).includes('/split"'), 'the first post is not split off');
  assert.match(article(mod, benPost), new RegExp(`<a href="/forum/p/${benPost}/split">${esc(t('Forum.Post.Split'))}</a>`));
  assert.match(article(mod, benPost), new RegExp(`/forum/p/${benPost}/report"`), 'moderators may report others\' posts too');

  // Pinned and locked: badges in words; the buttons undo; locked topics
  // take replies from moderators only.
  sql(`UPDATE forum_topics SET pinned = 1, locked = 1 WHERE id = ${topicId}`);
  const locked = mainOf(await page(ana.client, `/forum/t/${topicId}`));
  assert.match(locked, new RegExp(`<p class="forum-badges"><span class="badge">${esc(t('Forum.Badge.Pinned'))}</span> <span class="badge">${esc(t('Forum.Badge.Locked'))}</span></p>`));
  assert.ok(locked.includes(t('Forum.Topic.Locked')));
  assert.ok(!locked.includes(`/t/${topicId}/reply`), 'no reply or quote in a locked topic');
  assert.ok(!locked.includes('/edit"') && !locked.includes('/delete"'), 'no editing in a locked topic');
  assert.match(article(locked, benPost), /\/report"/, 'reporting still works');
  const modLocked = mainOf(await page(siteMod, `/forum/t/${topicId}`));
  assert.match(modLocked, new RegExp(`<a class="button" href="/forum/t/${topicId}/reply">`));
  assert.match(modLocked, new RegExp(`action="/forum/t/${topicId}/pin"><input type="hidden" name="csrf" value="[^"]+">\\s*<input type="hidden" name="value" value="0">\\s*<button[^>]*>${esc(t('Forum.Topic.Unpin'))}</button>`));
  assert.match(modLocked, new RegExp(`action="/forum/t/${topicId}/lock"><input type="hidden" name="csrf" value="[^"]+">\\s*<input type="hidden" name="value" value="0">\\s*<button[^>]*>${esc(t('Forum.Topic.Unlock'))}</button>`));
  assert.match(article(modLocked, benPost), new RegExp(`reply\\?quote=${benPost}"`));
});

test('links: the forms they lead to answer (the other parts serve whom the page shows them to)', async () => {
  const cat = createCategory();
  const { topicId } = insertTopic({ categoryId: cat, authorId: anaId });
  const benPost = insertPost({ topicId, authorId: benId });
  const html = mainOf(await page(ana.client, `/forum/t/${topicId}`));
  const links = [...html.matchAll(/<a (?:class="[^"]*" )?href="(\/forum\/[^"#]+)"/g)].map((m) => decodeEntities(m[1]))
    .filter((l) => /\/(reply|edit|delete|report|history)(\?|$)/.test(l));
  assert.ok(links.length >= 5, `links: ${links}`);
  for (const l of links) {
    const r = await ana.client.get(l);
    assert.equal(r.status, 200, `${l}: ${show(r)}`);
  }
  const mod = mainOf(await page(siteMod, `/forum/t/${topicId}`));
  const modLinks = [...mod.matchAll(/<a href="(\/forum\/[tp]\/\d+\/(?:rename|move|hide|split))"/g)].map((m) => m[1]);
  assert.deepEqual(modLinks.filter((l) => l.endsWith('/split')), [`/forum/p/${benPost}/split`]);
  for (const l of modLinks) {
    const r = await siteMod.get(l);
    assert.equal(r.status, 200, `${l}: ${show(r)}`);
  }
});

// -------------------------------------------------------------- groups ----

test('access: open group — non-members read every page but see no writing links', async () => {
  const g = createGroup({ visibility: 'open', name: `Offen ${T}`, members: [{ id: anaId }] });
  const cat = createCategory({ groupId: g.id, name: `Offene Kategorie ${T}` });
  const { topicId, postId } = insertTopic({ categoryId: cat, groupId: g.id, authorId: anaId });
  const idx = mainOf(await page(dora.client, g.base));
  assert.match(idx, new RegExp(`<h1>${esc(t('Forum.Title.Group'))} Offen ${T}</h1>`));
  assert.ok(idx.includes(t('Forum.Note.NotMember')));
  const c = mainOf(await page(dora.client, `${g.base}/c/${cat}`));
  assert.match(c, new RegExp(`<li><a href="${g.base}">${esc(t('Forum.Title.Group'))} Offen ${T}</a></li>`), 'the crumbs name the group');
  assert.ok(!c.includes(`/c/${cat}/new`), 'no new topic');
  assert.match(c, new RegExp(`action="${g.base}/c/${cat}/watch"`), 'but watching');
  const tp = mainOf(await page(dora.client, `${g.base}/t/${topicId}`));
  assert.ok(tp.includes(t('Forum.Note.NotMember')));
  assert.ok(!tp.includes('/reply'), 'no reply, no quote');
  assert.match(article(tp, postId), new RegExp(`<a href="${g.base}/p/${postId}/report">`), 'readers may report');
  assert.equal((await dora.client.get(`${g.base}/p/${postId}`)).status, 303);
  // A member writes.
  const m = mainOf(await page(ana.client, `${g.base}/t/${topicId}`));
  assert.match(m, new RegExp(`<a class="button" href="${g.base}/t/${topicId}/reply">`));
  assert.ok(!m.includes(t('Forum.Note.NotMember')));
  assert.match(mainOf(await page(ana.client, `${g.base}/c/${cat}`)), new RegExp(`href="${g.base}/c/${cat}/new"`));
  // Non-members may watch what they read.
  const csrf = csrfFrom(tp);
  const w = await dora.client.post(`${g.base}/t/${topicId}/watch`, { csrf, watch: 1 });
  assert.equal(w.status, 303, show(w));
  assert.equal(topicWatch(doraId, topicId), 1);
});

test('access: closed group — non-members 403 on every route, members 200', async () => {
  const g = createGroup({ visibility: 'closed', members: [{ id: anaId }, { id: caraId, state: 'requested' }] });
  const cat = createCategory({ groupId: g.id });
  const { topicId, postId } = insertTopic({ categoryId: cat, groupId: g.id, authorId: anaId });
  const csrf = await dora.client.csrf('/forum');
  for (const who of [dora, cara]) {
    for (const path of [g.base, `${g.base}/c/${cat}`, `${g.base}/t/${topicId}`, `${g.base}/t/${topicId}?page=1`, `${g.base}/p/${postId}`]) {
      const r = await who.client.get(path);
      assert.equal(r.status, 403, `${who.name} ${path}: ${show(r)}`);
    }
    for (const path of [`${g.base}/t/${topicId}/watch`, `${g.base}/c/${cat}/watch`]) {
      const r = await who.client.post(path, { csrf: await who.client.csrf('/forum'), watch: 1 });
      assert.equal(r.status, 403, `${who.name} POST ${path}: ${show(r)}`);
    }
  }
  assert.equal(num(`SELECT COUNT(*) FROM forum_topic_watches WHERE topic_id = ${topicId}`), 0);
  assert.equal(num(`SELECT COUNT(*) FROM forum_category_watches WHERE category_id = ${cat}`), 0);
  assert.equal(readMark(doraId, topicId), null);
  for (const path of [g.base, `${g.base}/c/${cat}`, `${g.base}/t/${topicId}`]) await page(ana.client, path);
  assert.equal((await ana.client.get(`${g.base}/p/${postId}`)).status, 303);
  assert.ok(csrf);
});

test('access: private group — non-members 404 on every route, members 200; removal takes effect at once', async () => {
  const g = createGroup({ visibility: 'private', name: `Privat ${T}`, members: [{ id: anaId }, { id: caraId, state: 'invited' }] });
  const cat = createCategory({ groupId: g.id });
  const { topicId, postId } = insertTopic({ categoryId: cat, groupId: g.id, authorId: anaId });
  const routes = [g.base, `${g.base}/c/${cat}`, `${g.base}/c/${cat}?page=1`, `${g.base}/t/${topicId}`, `${g.base}/p/${postId}`, `${g.base}/t/${topicId}?page=9`];
  // Dora is nobody there: 404. Cara is invited: she knows the group (the
  // invitation names it) and reads nothing before accepting: 403.
  for (const [who, status] of [[dora, 404], [cara, 403]]) {
    for (const path of routes) {
      const r = await who.client.get(path);
      assert.equal(r.status, status, `${who.name} ${path}: ${show(r)}`);
      assert.ok(!r.text.includes(`Privat ${T}`), 'neither the name nor anything of the content is on the page');
    }
    for (const path of [`${g.base}/t/${topicId}/watch`, `${g.base}/c/${cat}/watch`]) {
      const r = await who.client.post(path, { csrf: await who.client.csrf('/forum'), watch: 1 });
      assert.equal(r.status, status, `${who.name} POST ${path}: ${show(r)}`);
    }
  }
  // Site admins are no exception.
  assert.equal((await admin.get(`${g.base}/t/${topicId}`)).status, 404);
  assert.equal(num(`SELECT COUNT(*) FROM forum_topic_watches WHERE topic_id = ${topicId}`), 0);
  for (const path of routes.slice(0, 4)) await page(ana.client, path);
  // Ana leaves: the URLs she kept are gone for her.
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${anaId}`);
  for (const path of routes) assert.equal((await ana.client.get(path)).status, 404, path);
});

test('access: an archived group is read-only — no writing or moderating links, members and moderators alike', async () => {
  const g = createGroup({ visibility: 'closed', archived: true, members: [{ id: anaId }, { id: gmodId, role: 'moderator' }, { id: caraId, role: 'owner' }] });
  const cat = createCategory({ groupId: g.id });
  const { topicId, postId } = insertTopic({ categoryId: cat, groupId: g.id, authorId: anaId });
  const other = insertPost({ topicId, authorId: gmodId });
  for (const who of [ana, gmod, cara]) {
    const idx = mainOf(await page(who.client, g.base));
    assert.ok(idx.includes(t('Forum.Note.Archived')), `${who.name}: the page says it is archived`);
    assert.ok(!idx.includes('/categories/new') && !idx.includes('/reports') && !idx.includes('/edit"'), `${who.name}: no managing`);
    const c = mainOf(await page(who.client, `${g.base}/c/${cat}`));
    assert.ok(!c.includes('/new"'), `${who.name}: no new topic`);
    const tp = mainOf(await page(who.client, `${g.base}/t/${topicId}`));
    for (const x of ['/reply', '/edit"', '/delete"', '/report"', '/hide"', '/split"', '/pin"', '/lock"', '/rename"', '/move"', 'forum-mod-tools']) {
      assert.ok(!tp.includes(x), `${who.name}: no ${x} in an archived group`);
    }
    assert.deepEqual(postIds(tp), [postId, other]);
  }
});

test('access: group moderators moderate their group only; site moderators have no power in a group', async () => {
  const g = createGroup({ visibility: 'open', members: [{ id: gmodId, role: 'moderator' }, { id: anaId }] });
  const cat = createCategory({ groupId: g.id });
  const gt = insertTopic({ categoryId: cat, groupId: g.id, authorId: anaId });
  insertPost({ topicId: gt.topicId, authorId: anaId });
  const net = insertTopic({ categoryId: createCategory(), authorId: anaId });
  const inGroup = mainOf(await page(gmod.client, `${g.base}/t/${gt.topicId}`));
  assert.match(inGroup, new RegExp(`action="${g.base}/t/${gt.topicId}/pin"`));
  assert.match(inGroup, new RegExp(`href="${g.base}/p/${gt.postId}/hide"`));
  const inNet = mainOf(await page(gmod.client, `/forum/t/${net.topicId}`));
  assert.ok(!inNet.includes('forum-mod-tools') && !inNet.includes('/hide"'), 'a group moderator is a member in the network forum');
  const siteInGroup = mainOf(await page(siteMod, `${g.base}/t/${gt.topicId}`));
  assert.ok(!siteInGroup.includes('forum-mod-tools') && !siteInGroup.includes('/hide"'), 'a site moderator reads an open group like any non-member');
  assert.ok(!siteInGroup.includes('/reply'));
});

test('access: an item of another forum under this forum\'s URL is 404', async () => {
  const g1 = createGroup({ visibility: 'open', members: [{ id: anaId }] });
  const g2 = createGroup({ visibility: 'open', members: [{ id: anaId }] });
  const c1 = createCategory({ groupId: g1.id });
  const t1 = insertTopic({ categoryId: c1, groupId: g1.id, authorId: anaId });
  const cn = createCategory();
  const tn = insertTopic({ categoryId: cn, authorId: anaId });
  const csrf = await ana.client.csrf('/forum');
  const cases = [
    `/forum/c/${c1}`, `/forum/t/${t1.topicId}`, `/forum/p/${t1.postId}`,
    `${g2.base}/c/${c1}`, `${g2.base}/t/${t1.topicId}`, `${g2.base}/p/${t1.postId}`,
    `${g1.base}/c/${cn}`, `${g1.base}/t/${tn.topicId}`, `${g1.base}/p/${tn.postId}`,
    '/g/no-such-group/forum', `/g/no-such-group/forum/t/${tn.topicId}`,
    '/forum/c/0', '/forum/c/abc', '/forum/t/99999999', `/forum/t/0${tn.topicId}`,
  ];
  for (const path of cases) {
    const r = await ana.client.get(path);
    assert.equal(r.status, 404, `${path}: ${show(r)}`);
  }
  for (const path of [`/forum/t/${t1.topicId}/watch`, `${g2.base}/t/${t1.topicId}/watch`, `${g1.base}/c/${cn}/watch`, `/forum/c/${c1}/watch`]) {
    const r = await ana.client.post(path, { csrf, watch: 1 });
    assert.equal(r.status, 404, `POST ${path}: ${show(r)}`);
  }
  assert.equal(topicWatch(anaId, t1.topicId), 0);
  assert.equal(categoryWatch(anaId, cn) + categoryWatch(anaId, c1), 0);
  assert.equal(readMark(anaId, t1.topicId), null, 'a topic shown under no forum is not marked read');
});

// ------------------------------------------------------------ watching ----

test('watch: a topic — on, twice is once, off; the button says which; back to the page it was on', async () => {
  const cat = createCategory();
  const { topicId } = insertTopic({ categoryId: cat, authorId: benId });
  insertPosts(topicId, 30);
  let html = await page(ana.client, `/forum/t/${topicId}?page=2`);
  assert.match(html, new RegExp(`<form class="inline-form forum-watch" method="post" action="/forum/t/${topicId}/watch"><input type="hidden" name="csrf" value="[^"]+">\\s*<input type="hidden" name="watch" value="1">\\s*<input type="hidden" name="page" value="2">\\s*<button type="submit" class="button button-secondary button-small">${esc(t('Forum.Topic.Watch'))}</button>`));
  const csrf = csrfFrom(html);
  const on = await ana.client.post(`/forum/t/${topicId}/watch`, { csrf, watch: 1, page: 2 });
  assert.equal(on.status, 303, show(on));
  assert.equal(on.location, `/forum/t/${topicId}?page=2`);
  assert.equal(on.cookie('kp_flash')?.value, 'ForumWatchingTopic');
  assert.equal(topicWatch(anaId, topicId), 1);
  html = await page(ana.client, on.location);
  assert.ok(mainText(html).includes(t('Flash.ForumWatchingTopic')), 'the message');
  assert.match(html, new RegExp(`<input type="hidden" name="watch" value="0">\\s*<input type="hidden" name="page" value="2">\\s*<button[^>]*>${esc(t('Forum.Topic.Unwatch'))}</button>`));
  assert.ok(mainText(html).includes(t('Forum.Topic.Watching')));
  const again = await ana.client.post(`/forum/t/${topicId}/watch`, { csrf, watch: 1 });
  assert.equal(again.status, 303);
  assert.equal(again.location, `/forum/t/${topicId}`);
  assert.equal(topicWatch(anaId, topicId), 1, 'once');
  // A page past the end goes to the last one.
  const far = await ana.client.post(`/forum/t/${topicId}/watch`, { csrf, watch: 1, page: 7 });
  assert.equal(far.location, `/forum/t/${topicId}?page=2`);
  const off = await ana.client.post(`/forum/t/${topicId}/watch`, { csrf, watch: 0 });
  assert.equal(off.status, 303);
  assert.equal(off.cookie('kp_flash')?.value, 'ForumNotWatchingTopic');
  assert.equal(topicWatch(anaId, topicId), 0);
  assert.equal((await ana.client.post(`/forum/t/${topicId}/watch`, { csrf, watch: 0 })).status, 303, 'off twice is fine');
  assert.equal(topicWatch(anaId, topicId), 0);
  // Someone else's watching is theirs.
  sql(`INSERT INTO forum_topic_watches (user_id, topic_id, created_at) VALUES (${benId}, ${topicId}, NOW())`);
  await ana.client.post(`/forum/t/${topicId}/watch`, { csrf, watch: 0 });
  assert.equal(topicWatch(benId, topicId), 1);
});

test('watch: a category — on and off with its message', async () => {
  const cat = createCategory();
  let html = await page(ana.client, `/forum/c/${cat}`);
  assert.match(html, new RegExp(`action="/forum/c/${cat}/watch"><input type="hidden" name="csrf" value="[^"]+">\\s*<input type="hidden" name="watch" value="1">\\s*<button[^>]*>${esc(t('Forum.Category.Watch'))}</button>`));
  const csrf = csrfFrom(html);
  const on = await ana.client.post(`/forum/c/${cat}/watch`, { csrf, watch: 1 });
  assert.equal(on.status, 303, show(on));
  assert.equal(on.location, `/forum/c/${cat}`);
  assert.equal(on.cookie('kp_flash')?.value, 'ForumWatchingCategory');
  assert.equal(categoryWatch(anaId, cat), 1);
  html = await page(ana.client, `/forum/c/${cat}`);
  assert.match(html, new RegExp(`<input type="hidden" name="watch" value="0">\\s*<button[^>]*>${esc(t('Forum.Category.Unwatch'))}</button>`));
  assert.ok(mainText(html).includes(t('Forum.Category.Watching')));
  await ana.client.post(`/forum/c/${cat}/watch`, { csrf, watch: 1 });
  assert.equal(categoryWatch(anaId, cat), 1);
  const off = await ana.client.post(`/forum/c/${cat}/watch`, { csrf, watch: 0 });
  assert.equal(off.cookie('kp_flash')?.value, 'ForumNotWatchingCategory');
  assert.equal(categoryWatch(anaId, cat), 0);
  // A retired category can still be watched (and left).
  const old = createCategory({ retired: 1 });
  assert.equal((await ana.client.post(`/forum/c/${old}/watch`, { csrf, watch: 1 })).status, 303);
  assert.equal(categoryWatch(anaId, old), 1);
});

test('watch: CSRF, bad values and GET are refused and change nothing', async () => {
  const cat = createCategory();
  const { topicId } = insertTopic({ categoryId: cat, authorId: benId });
  const csrf = await ana.client.csrf(`/forum/t/${topicId}`);
  const benCsrf = await ben.client.csrf('/forum');
  for (const path of [`/forum/t/${topicId}/watch`, `/forum/c/${cat}/watch`]) {
    const cases = [
      [{ watch: 1 }, 403, 'no token'],
      [{ csrf: benCsrf, watch: 1 }, 403, 'another session\'s token'],
      [{ csrf: 'x'.repeat(86), watch: 1 }, 403, 'a made-up token'],
      [{ csrf }, 400, 'no value'],
      [{ csrf, watch: '' }, 400, 'an empty value'],
      [{ csrf, watch: 2 }, 400, 'a value other than 1|0'],
      [{ csrf, watch: 'ja' }, 400, 'a word'],
      [[['csrf', csrf], ['watch', '1'], ['watch', '1']], 400, 'twice'],
      [{ csrf, watch: 1, page: 'abc' }, 400, 'a page that is no number'],
      [{ csrf, watch: 1, page: 0 }, 400, 'page 0'],
    ];
    for (const [fields, status, what] of cases) {
      const r = await ana.client.post(path, fields);
      assert.equal(r.status, status, `${path} ${what}: ${show(r)}`);
    }
    const foreign = await ana.client.post(path, { csrf, watch: 1 }, { headers: { origin: 'https://evil.example' } });
    assert.equal(foreign.status, 403, `${path}: a foreign Origin`);
    const get = await ana.client.get(path);
    assert.equal(get.status, 405, `GET ${path}`);
  }
  assert.equal(topicWatch(anaId, topicId), 0);
  assert.equal(categoryWatch(anaId, cat), 0);
  // Extra fields are ignored: the watch is the user's own.
  const r = await ana.client.post(`/forum/t/${topicId}/watch`, { csrf, watch: 1, user_id: benId });
  assert.equal(r.status, 303);
  assert.equal(topicWatch(anaId, topicId), 1);
  assert.equal(topicWatch(benId, topicId), 0);
});

// ---------------------------------------------------------------- XSS ----

const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  "'><iframe src=javascript:alert(4)>",
  '&#106;avascript:alert(5)',
  '<?cs var:Page.CSRF ?>',
];
const XSS_MD = [
  '[Klick](javascript:alert(1))',
  '![Bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[Eintrag](&#106;avascript:alert(2))',
  '[v](vbscript:msgbox(1))',
  '<a href="javascript:alert(3)">a</a>',
  '<img src=x onerror=alert(4)>',
  '<script>alert(5)</script>',
  '![pixel](https://evil.example/p.png)',
  '[d](data:text/html,<script>alert(6)</script>)',
  '<?cs var:Page.CSRF ?>',
].join('\n\n');

test('XSS: titles, bodies, category and group names come back inert', async () => {
  const name = XSS.join(' ');
  const g = createGroup({ visibility: 'open', name: name.slice(0, 120), members: [{ id: anaId, role: 'moderator' }] });
  const cat = createCategory({ groupId: g.id, name: name.slice(0, 120), description: XSS_MD });
  const { topicId, postId } = insertTopic({ categoryId: cat, groupId: g.id, authorId: anaId, title: name.slice(0, 200), body: XSS_MD });
  const hid = insertPost({ topicId, authorId: benId, body: XSS_MD });
  sql(`UPDATE forum_posts SET hidden_at = NOW(), hidden_reason = ${lit(name.slice(0, 500))} WHERE id = ${hid}`);
  sql(`UPDATE users SET name = ${lit(`Ben ${T} <img src=x onerror=alert(9)>`)} WHERE id = ${benId}`);
  try {
    const netCat = createCategory({ name: name.slice(0, 120), description: XSS_MD });
    insertTopic({ categoryId: netCat, authorId: benId, title: name.slice(0, 200) });
    for (const [client, path] of [[ana.client, g.base], [ana.client, `${g.base}/c/${cat}`], [ana.client, `${g.base}/t/${topicId}`], [dora.client, `${g.base}/t/${topicId}`],
      [ana.client, '/forum'], [ana.client, `/forum/c/${netCat}`]]) {
      const html = await page(client, path);
      assertInert(html, path);
      assert.ok(!html.includes('<script>alert'), `${path}: no script`);
      assert.ok(!html.includes('<?cs'), `${path}: template syntax is text`);
      assert.ok(html.includes('&lt;?cs var:Page.CSRF ?&gt;'), `${path}: shown as typed`);
    }
    const tp = await page(ana.client, `${g.base}/t/${topicId}`);
    assert.match(tp, /<h1>&lt;script&gt;alert\(1\)&lt;\/script&gt; &lt;img src=x onerror=alert\(2\)&gt; &quot;&gt;&lt;svg onload=alert\(3\)&gt;/);
    assert.match(tp, /<title>&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const body = article(tp, postId);
    assert.match(body, /<p>Klick<\/p>/, 'a javascript: link loses its link');
    assert.match(body, /<p>&lt;script&gt;alert\(5\)&lt;\/script&gt;<\/p>/);
    assert.match(body, /<a href="https:\/\/evil.example\/p.png">pixel<\/a>/, 'a foreign image becomes a link');
    assert.ok(!/<img[^>]*evil/.test(body));
    // The hidden post's reason (moderators see the text: ana moderates).
    assert.match(article(tp, hid), /forum-placeholder">[^<]*&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(article(tp, hid), /forum-hidden-label/);
  } finally {
    sql(`UPDATE users SET name = ${lit(`Ben ${T} Antwort`)} WHERE id = ${benId}`);
  }
});

// ------------------------------------------------------------- routes ----

test('routes: unknown sub-routes are 404 for GET and HEAD; HEAD of a page has no body', async () => {
  const cat = createCategory();
  const { topicId, postId } = insertTopic({ categoryId: cat, authorId: anaId });
  const g = createGroup({ visibility: 'open', members: [{ id: anaId }] });
  for (const path of ['/forum/', '/forum/x', '/forum/c', `/forum/c/${cat}/x`, `/forum/t/${topicId}/x`, '/forum/t', `/forum/p/${postId}/x`, '/forum/p',
    `${g.base}/`, `${g.base}/zzz`, `${g.base}/t/${topicId}/watch/x`, '/forum/categories', `/forum/c/${cat}/watch/1`]) {
    for (const method of ['GET', 'HEAD']) {
      const r = await ana.client.request(method, path);
      assert.equal(r.status, 404, `${method} ${path}: ${show(r)}`);
    }
  }
  const head = await ana.client.request('HEAD', `/forum/t/${topicId}`);
  assert.equal(head.status, 200);
  assert.equal(head.text, '');
  assert.equal((await ana.client.request('HEAD', '/forum')).status, 200);
  assert.equal((await ana.client.request('HEAD', `/forum/p/${postId}`)).status, 303);
  // POST to a reading page is not allowed.
  const r = await ana.client.post(`/forum/t/${topicId}`, { csrf: await ana.client.csrf('/forum') });
  assert.equal(r.status, 405);
  assert.ok(BASE);
});
