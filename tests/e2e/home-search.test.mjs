// /search (cgi/home/search.c): MariaDB full-text search over topics and
// posts, groups, members, organisations and offers — only what the member
// may read. The leakage tests plant a word in a private group's name,
// description, topic and posts and search for it as an outsider, a site
// admin, someone who left and someone invited; the same for a closed
// group's content, hidden and deleted posts, suspended members and
// deleted organisations. Highlighting is escaped first, then marked.
// Filters (kind, group, since), pagination, the words MATCH must never
// see as operators, bad input.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, demoClient, inviteUsers, mainText, show } from './lib.mjs';
import { addGroupMember, createCategory, createGroup, modInsertPost, modInsertTopic, sql, tag, userId } from './forum-lib.mjs';
import { insertOffer, insertOrg, insertPerson } from './directory-lib.mjs';

let ann, ben, admin;
before(async () => {
  [ann, ben] = await inviteUsers(2, { name: 'Suchende' });
  for (const p of [ann, ben]) p.id = userId(p.email);
  admin = await demoClient(DEMO.admin);
});

const search = (client, q, extra = '') => client.get(`/search?q=${encodeURIComponent(q)}${extra}`);
/** The result links of one kind's section. */
function linksOf(html, kind) {
  const m = new RegExp(`<section class="panel search-kind" id="kind-${kind}"[\\s\\S]*?</section>`).exec(html);
  if (!m) return null;
  return [...m[0].matchAll(/<li><a href="([^"]+)"/g)].map((x) => x[1]);
}
/** A page without what the member typed (the search fields echo it). */
const page = (html) => html.replace(/ value="[^"]*"/g, '');
const totalOf = (html, kind) => {
  const m = new RegExp(`id="kind-${kind}-title">[^<]*<span class="badge"><span class="vh">[^<]*</span>(\\d+)<`).exec(html);
  return m ? Number(m[1]) : null;
};

test('topics and posts: found by a word of the title or the body, highlighted, linked to the post', async () => {
  const word = tag('wort');
  const cat = createCategory({});
  const t = modInsertTopic({ categoryId: cat, title: `Frage zu ${word}`, authorId: ann.id, body: 'Erster Beitrag.' });
  const p = modInsertPost({ topicId: t.topicId, authorId: ann.id, body: `Antwort: ${word}stelle in Göttingen` });
  const r = await search(ben.client, word);
  assert.equal(r.status, 200, show(r));
  const links = linksOf(r.text, 'posts');
  assert.equal(links.length, 1, 'one row per topic');
  assert.ok([`/forum/p/${t.postId}`, `/forum/p/${p}`].includes(links[0]));
  assert.match(r.text, new RegExp(`Frage zu <mark>${word}</mark>`));
  // A word's start finds the longer word ("Beratung" → "Beratungsstelle").
  const r2 = await search(ben.client, `${word}stelle`);
  assert.deepEqual(linksOf(r2.text, 'posts'), [`/forum/p/${p}`]);
  assert.match(r2.text, new RegExp(`<mark>${word}stelle</mark> in Göttingen`));
  // Umlauts: the collation finds "Göttingen" for "Gottingen", and the mark follows it.
  const r3 = await search(ben.client, `${word}stelle Gottingen`);
  assert.deepEqual(linksOf(r3.text, 'posts'), [`/forum/p/${p}`]);
  assert.match(r3.text, new RegExp(`<mark>${word}stelle</mark> in <mark>Göttingen</mark>`));
});

test('highlighting escapes first: markup in a post comes back as text, the match marked', async () => {
  const word = tag('xss');
  const cat = createCategory({});
  modInsertTopic({ categoryId: cat, title: `<img src=x onerror=alert(1)> ${word}`, body: `<script>alert(1)</script> ${word} "&' <b>fett</b>` });
  const r = await search(ben.client, word);
  assert.doesNotMatch(r.text, /<script>alert|<img src=x|<b>fett/);
  assert.match(r.text, /&lt;img src=x onerror=alert\(1\)&gt; <mark>/);
  assert.match(r.text, new RegExp(`<mark>${word}</mark>`));
});

test('private group: its name, description, topics and posts are found by its members only', async () => {
  const word = tag('geheim');
  const g = createGroup({ visibility: 'private', name: `Gruppe ${word}`, members: [{ id: ann.id, role: 'owner' }] });
  sql(`UPDATE \`groups\` SET description = 'Beschreibung mit ${word}dokument' WHERE id = ${g.id}`);
  const cat = createCategory({ groupId: g.id });
  const t = modInsertTopic({ categoryId: cat, groupId: g.id, title: `Thema ${word}`, body: `Text ${word}` });
  modInsertPost({ topicId: t.topicId, body: `Noch ein ${word}` });

  const member = await search(ann.client, word);
  assert.equal(linksOf(member.text, 'posts').length, 1);
  assert.deepEqual(linksOf(member.text, 'groups'), [`/g/${g.slug}`]);
  assert.deepEqual(linksOf((await search(ann.client, `${word}dokument`)).text, 'groups'), [`/g/${g.slug}`]);

  for (const [who, client] of [['outsider', ben.client], ['site admin', admin]]) {
    for (const q of [word, `${word}dokument`, `Thema ${word}`]) {
      const r = await search(client, q);
      assert.equal(r.status, 200);
      assert.doesNotMatch(page(r.text), new RegExp(word), `${who} searching ${q}: nothing of the group`);
      assert.deepEqual(linksOf(r.text, 'posts'), [], who);
      assert.deepEqual(linksOf(r.text, 'groups'), [], who);
      for (const k of ['posts', 'groups']) assert.equal(totalOf(r.text, k), 0, `${who}: ${k} total`);
    }
    // Nor through the group filter with the group's id.
    const f = await search(client, word, `&group=${g.id}`);
    assert.equal(f.status, 200);
    assert.doesNotMatch(page(f.text), new RegExp(word));
    assert.doesNotMatch(f.text, new RegExp(`value="${g.id}"`), 'not offered as a filter');
  }
  // Invited: knows the group (its name), not its content.
  addGroupMember(g.id, ben.id, 'member', 'invited');
  const inv = await search(ben.client, word);
  assert.deepEqual(linksOf(inv.text, 'groups'), [`/g/${g.slug}`]);
  assert.deepEqual(linksOf(inv.text, 'posts'), []);
  // A member who left: nothing any more, at once.
  addGroupMember(g.id, ben.id, 'member', 'active');
  assert.equal(linksOf((await search(ben.client, word)).text, 'posts').length, 1);
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${ben.id}`);
  const left = await search(ben.client, word);
  assert.doesNotMatch(page(left.text), new RegExp(word));
});

test('closed group: everybody finds the group, only members its content', async () => {
  const word = tag('zu');
  const g = createGroup({ visibility: 'closed', name: `Geschlossen ${word}`, members: [{ id: ann.id }] });
  const cat = createCategory({ groupId: g.id });
  modInsertTopic({ categoryId: cat, groupId: g.id, title: `Intern ${word}`, body: 'Interna.' });
  const out = await search(ben.client, word);
  assert.deepEqual(linksOf(out.text, 'groups'), [`/g/${g.slug}`]);
  assert.deepEqual(linksOf(out.text, 'posts'), []);
  assert.doesNotMatch(out.text, /Intern /);
  const inn = await search(ann.client, word);
  assert.equal(linksOf(inn.text, 'posts').length, 1);
  // A deleted group: gone for everybody.
  sql(`UPDATE \`groups\` SET deleted_at = NOW() WHERE id = ${g.id}`);
  const gone = await search(ann.client, word);
  assert.doesNotMatch(page(gone.text), new RegExp(word));
});

test('hidden and deleted posts, deleted topics are never found', async () => {
  const word = tag('weg');
  const cat = createCategory({});
  const a = modInsertTopic({ categoryId: cat, title: 'Sichtbar', body: `versteckt ${word}a` });
  const b = modInsertTopic({ categoryId: cat, title: 'Sichtbar', body: `gelöscht ${word}b` });
  const c = modInsertTopic({ categoryId: cat, title: `Thema ${word}c`, body: 'Text' });
  sql(`UPDATE forum_posts SET hidden_at = NOW() WHERE id = ${a.postId}`);
  sql(`UPDATE forum_posts SET deleted_at = NOW() WHERE id = ${b.postId}`);
  sql(`UPDATE forum_topics SET deleted_at = NOW() WHERE id = ${c.topicId}`);
  for (const q of [`${word}a`, `${word}b`, `${word}c`]) {
    const r = await search(ben.client, q);
    assert.deepEqual(linksOf(r.text, 'posts'), [], q);
    assert.doesNotMatch(r.text, /versteckt|gelöscht/);
  }
});

test('members, organisations and offers: found while they are there', async () => {
  const word = tag('pers');
  const active = insertPerson({ name: `Petra ${word}`, email: `${word}@example.test` });
  const gone = insertPerson({ name: `Paul ${word}`, email: `${word}x@example.test` });
  sql(`UPDATE users SET status = 'suspended' WHERE id = ${gone}`);
  const r = await search(ben.client, word);
  assert.deepEqual(linksOf(r.text, 'people'), [`/people/${active}`]);
  assert.match(r.text, new RegExp(`Petra <mark>${word}</mark>`));

  const ow = tag('org');
  const org = insertOrg({ name: `Verein ${ow}`, description: 'Hilfe beim Ankommen.' });
  const dead = insertOrg({ name: `Alt ${ow}`, deleted: true });
  const offer = insertOffer({ orgId: org, title: `Sprachkurs ${ow}`, description: 'Abends.' });
  insertOffer({ orgId: dead, title: `Kurs ${ow}` });
  const o = await search(ben.client, ow);
  assert.deepEqual(linksOf(o.text, 'orgs'), [`/orgs/${org}`]);
  assert.deepEqual(linksOf(o.text, 'offers'), [`/orgs/${org}/offers/${offer}`]);
});

test('filters: one kind paginated, a group, a period; the others say they were left out', async () => {
  const word = tag('viel');
  const cat = createCategory({});
  for (let i = 0; i < 23; i++) modInsertTopic({ categoryId: cat, title: `Thema ${i} ${word}`, body: 'x' });
  insertOrg({ name: `Org ${word}` });
  const all = await search(ben.client, word);
  assert.equal(linksOf(all.text, 'posts').length, 10, 'ten a kind on the overview');
  assert.equal(totalOf(all.text, 'posts'), 23);
  assert.match(all.text, new RegExp(`href="/search\\?q=${word}&amp;kind=posts"`));
  assert.equal(linksOf(all.text, 'orgs').length, 1);

  const p1 = await search(ben.client, word, '&kind=posts');
  assert.equal(linksOf(p1.text, 'posts').length, 20);
  assert.equal(linksOf(p1.text, 'orgs'), null, 'only the chosen kind');
  const p2 = await search(ben.client, word, '&kind=posts&page=2');
  assert.equal(linksOf(p2.text, 'posts').length, 3);
  assert.equal(new Set([...linksOf(p1.text, 'posts'), ...linksOf(p2.text, 'posts')]).size, 23);
  const past = await search(ben.client, word, '&kind=posts&page=9');
  assert.equal(linksOf(past.text, 'posts').length, 3, 'past the end: the last page');

  // A group: only that group's content; the kinds without a group are left out.
  const g = createGroup({ visibility: 'open', members: [{ id: ann.id }] });
  const gc = createCategory({ groupId: g.id });
  modInsertTopic({ categoryId: gc, groupId: g.id, title: `Gruppenthema ${word}`, body: 'x' });
  const inGroup = await search(ben.client, word, `&group=${g.id}`);
  assert.equal(linksOf(inGroup.text, 'posts').length, 1);
  assert.match(inGroup.text, /id="kind-orgs"[\s\S]*?Nicht durchsucht/);
  // A period: old topics fall out.
  sql(`UPDATE forum_topics t JOIN forum_posts p ON p.topic_id = t.id SET t.last_post_at = NOW() - INTERVAL 60 DAY, p.created_at = NOW() - INTERVAL 60 DAY
       WHERE t.title LIKE 'Thema %${word}'`);
  assert.equal(totalOf((await search(ben.client, word, '&since=month')).text, 'posts'), 1);
  assert.equal(totalOf((await search(ben.client, word, '&since=year')).text, 'posts'), 24);
  assert.match((await search(ben.client, word, '&since=week')).text, /id="kind-people"[\s\S]*?Nicht durchsucht/);
});

test("what MATCH must not see: operators, quotes, stopwords, short words; bad filters 400", async () => {
  for (const q of ['+', '-a*', '"', '(x) ~y <z> @3', 'the und with', 'ab', '*'.repeat(50), 'a'.repeat(200)]) {
    const r = await search(ben.client, q);
    assert.equal(r.status, 200, `${q}: ${show(r)}`);
  }
  assert.match(mainText((await search(ben.client, 'ab')).text), /mindestens 3 Buchstaben/);
  const word = tag('op');
  const cat = createCategory({});
  modInsertTopic({ categoryId: cat, title: `Eins ${word}`, body: 'x' });
  // "-word" would exclude it in boolean mode; here it is a word to find.
  assert.equal(linksOf((await search(ben.client, `-${word}`)).text, 'posts').length, 1);
  assert.equal(linksOf((await search(ben.client, `"${word}" (nichts)`)).text, 'posts').length, 0, 'every word must occur');
  for (const extra of ['&kind=alles', '&since=gestern', '&group=abc', '&group=-1', '&page=x', '&kind=posts&kind=orgs', '&foo=1']) {
    const r = await search(ben.client, word, extra);
    assert.equal(r.status, extra === '&foo=1' ? 200 : 400, extra);
  }
  assert.equal((await search(ben.client, 'x'.repeat(201))).status, 400, 'longer than the field');
  const anon = await new Client().get('/search?q=test');
  assert.equal(anon.status, 303);
  assert.match(anon.location, /^\/login\?next=/);
});
