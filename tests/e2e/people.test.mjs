// The member directory and profiles (cgi/people): the list with its search,
// filters and pager; a member's page; who sees the phone number and the
// e-mail address (page and vCard); the vCard itself; the initials avatar.
// Only active members are ever shown. State-changing steps use fresh
// members (invited here); the demo network (80 active members, of them
// admin 1, moderator 2, member1 3, member2 4; ids 5 and 6 are the pending
// "Leyla Haddad" and the suspended "Thomas Berger") is only read.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client,
  DEMO,
  demoClient,
  inviteUser,
  kpctlOk,
  normalisePage,
  registerUser,
  show,
} from './lib.mjs';
import {
  decodeEntities,
  filterChoices,
  getBytes,
  langText,
  listAll,
  listPeople,
  multipart,
  orgSql,
  ownId,
  parseList,
  postProfile,
  profileOf,
  readable,
  token,
  vcardOf,
} from './people-lib.mjs';

let member; // member1 (Anna Schneider, id 3)
let member2; // member2 (Daniel Okafor, id 4)
let admin;
let choices; // the filter form's choices: {fields, languages, municipalities}
const tok = token(); // in the names of this file's fresh members
const tokF = token(); // only X and Y (filters)
let X, Y; // filters: different field, languages and municipality
let V; // visibility of phone and e-mail
let E; // vCard escaping
let A; // avatar initials
let S; // suspended after setting a profile
let W1, W2, W3; // LIKE wildcards in names
let pendingName;
let F1, F2, M1, M2; // a field and a municipality of X, of Y

const FIRST_LETTER = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();

async function idOf(u) {
  u.id = await ownId(u.client);
  return u;
}

async function saveProfile(u, fields, who = u.client) {
  const r = await postProfile(who, u.id, fields);
  assert.equal(r.status, 303, `saving the profile of ${u.name}: ${show(r)}`);
  assert.equal(r.location, `/people/${u.id}`);
  return r;
}

async function rename(u, name) {
  const r = await u.client.submit('/account', '/account/profile', { name, lang: 'de' });
  assert.equal(r.status, 303, `renaming to ${JSON.stringify(name)}: ${show(r)}`);
  u.name = name;
}

before(async () => {
  [member, member2, admin] = [await demoClient(DEMO.member1), await demoClient(DEMO.member2), await demoClient(DEMO.admin)];
  const invited = await Promise.all([
    inviteUser({ name: `Xaver Filterprobe ${tokF}` }),
    inviteUser({ name: `Yvonne Filterprobe ${tokF}` }),
    inviteUser({ name: `Vera Sichtbar ${tok}` }),
    inviteUser({ name: `Emil Karte ${tok}` }),
    inviteUser({ name: `Ada Bild ${tok}` }),
    inviteUser({ name: `Siegfried Gesperrt ${tok}` }),
    inviteUser({ name: `Unter_Strich ${tok}` }),
    inviteUser({ name: `UnterXStrich ${tok}` }),
    inviteUser({ name: `Voll 100%ig ${tok}` }),
  ]);
  [X, Y, V, E, A, S, W1, W2, W3] = await Promise.all(invited.map(idOf));
  pendingName = `Wartend Unbestaetigt ${tok}`;
  await registerUser({ name: pendingName, approve: false });

  const list = await listPeople(member);
  choices = filterChoices(list.html);
  assert.ok(choices.fields.size >= 10, `10 fields of action in the filter form (${choices.fields.size})`);
  assert.ok(choices.municipalities.size >= 16, `16 municipalities (${choices.municipalities.size})`);
  assert.ok(choices.languages.has('vi') && choices.languages.has('ar') && choices.languages.has('ti'));
  const fieldIds = [...choices.fields.keys()];
  const munIds = [...choices.municipalities.keys()];
  [F1, F2] = [fieldIds[fieldIds.length - 2], fieldIds[fieldIds.length - 1]];
  [M1, M2] = [munIds[munIds.length - 2], munIds[munIds.length - 1]];

  await saveProfile(X, {
    position: `Filterprobe Beratung ${tokF}`,
    municipality: M1,
    field: [F1],
    language: ['vi', 'ar'],
    about: 'Ich bin **ansprechbar** für Filterfragen.',
  });
  await saveProfile(Y, { position: `Filterprobe Bildung ${tokF}`, municipality: M2, field: [F2], language: ['ti', 'ar'] });
  await saveProfile(S, { position: `Gesperrtes Profil ${tok}`, municipality: M1, field: [F1], language: ['de'] });
  kpctlOk('user', 'suspend', S.email);
});

// ------------------------------------------------------------- access ----

test('signed out: every people page → 303 to /login?next=PATH, the form POST → 403', async () => {
  const anon = new Client();
  for (const path of ['/people', '/people/3', '/people/3/vcard', '/people/3/photo', '/people/3/thumb', '/people/3/edit', '/profile/edit']) {
    const r = await anon.get(path);
    assert.equal(r.status, 303, `${path}: ${show(r)}`);
    assert.equal(r.location, `/login?next=${path}`, path);
    assert.ok(!/Schneider|BEGIN:VCARD|<svg/.test(r.text), `${path} shows nothing of the member`);
  }
  const q = await anon.get('/people?q=Schneider');
  assert.equal(q.status, 303);
  assert.match(q.location, /^\/login\?next=\/people/);
  const { body, contentType } = multipart([['position', 'Anonym']]);
  const p = await anon.request('POST', '/people/3/edit', { body, contentType });
  assert.equal(p.status, 403, show(p));
  assert.equal((await profileOf(member, 3)).position, 'Sprachkursträger, Kursorganisation');
});

// --------------------------------------------------------------- list ----

test('the list: 25 members a page, a pager, every active member counted', async () => {
  const l = await listPeople(member);
  assert.ok(l.total >= 80, `80 demo members and more (${l.total})`);
  assert.equal(l.people.length, 25, 'a page holds 25');
  assert.ok(l.pager, 'a pager');
  assert.equal(l.pages, Math.ceil(l.total / 25), 'pages in the pager');
  assert.equal(l.page, 1);
  for (const p of l.people) {
    assert.ok(p.id > 0 && p.name, JSON.stringify(p));
    assert.equal(p.thumb, `/people/${p.id}/thumb`);
  }
  assert.equal(new Set(l.people.map((p) => p.id)).size, 25, 'no member twice');
});

test('sorted by name; page=2 continues the list; a page beyond the end shows the last page', async () => {
  const p1 = await listPeople(member);
  const p2 = await listPeople(member, { page: 2 });
  assert.equal(p2.page, 2, 'page 2 is the current page');
  assert.equal(p2.people.length, Math.min(25, p1.total - 25));
  const ids1 = new Set(p1.people.map((p) => p.id));
  assert.ok(p2.people.every((p) => !ids1.has(p.id)), 'page 2 holds other members than page 1');
  // Sorted by name: the first letters never go backwards, across pages too
  // (names from other tests may start with punctuation: only letters count).
  const letters = [...p1.people, ...p2.people].map((p) => FIRST_LETTER(p.name)).filter((c) => /[A-Z]/.test(c));
  for (let i = 1; i < letters.length; i++)
    assert.ok(letters[i - 1] <= letters[i], `sorted by name: ${letters.join('')}`);

  const last = await listPeople(member, { page: p1.pages });
  assert.equal(last.people.length, p1.total - 25 * (p1.pages - 1), 'the last page holds the rest');
  for (const beyond of [p1.pages + 1, 999, 999999999]) {
    const b = await listPeople(member, { page: beyond });
    assert.equal(b.page, p1.pages, `page=${beyond} is clamped to the last page`);
    assert.deepEqual(b.people.map((p) => p.id), last.people.map((p) => p.id), `page=${beyond}`);
  }
  for (const first of ['0', '1', '']) {
    const r = await member.get(`/people?page=${first}`);
    if (first === '0' && r.status === 400) continue; // refusing page 0 is fine too
    assert.equal(r.status, 200, `page=${first}: ${show(r)}`);
    assert.deepEqual(parseList(r.text).people.map((p) => p.id), p1.people.map((p) => p.id), `page=${first} is page 1`);
  }
});

test('every active member is listed exactly once; pending and suspended accounts never', async () => {
  const all = await listAll(member);
  const ids = all.people.map((p) => p.id);
  assert.equal(ids.length, all.total, 'the pages hold as many members as the count says');
  assert.equal(new Set(ids).size, ids.length, 'nobody on two pages');
  const names = all.people.map((p) => p.name);
  for (const id of [1, 2, 3, 4, 7, X.id, V.id]) assert.ok(ids.includes(id), `active member ${id} is listed`);
  assert.ok(names.includes('Anna Schneider') && names.includes('Daniel Okafor'));
  for (const id of [5, 6, S.id]) assert.ok(!ids.includes(id), `member ${id} (pending/suspended) is not listed`);
  for (const name of ['Leyla Haddad', 'Thomas Berger', S.name, pendingName]) assert.ok(!names.includes(name), `${name} is not listed`);
  // Nor found by a search for them.
  for (const q of ['Leyla Haddad', 'Thomas Berger', 'Berger', 'Gesperrt', 'Wartend Unbestaetigt', `Gesperrtes Profil ${tok}`]) {
    const r = await listPeople(member, { q });
    assert.equal(r.total, 0, `q=${q} finds nobody: ${r.people.map((p) => p.name)}`);
    assert.ok(readable(r.html).includes(langText('People.FoundNone')), `q=${q}: "${langText('People.FoundNone')}"`);
  }
  // Filters do not bring the suspended member back (S chose M1 and F1).
  const f = await listAll(member, { municipality: M1, field: F1 });
  assert.ok(!f.people.some((p) => p.id === S.id), 'suspended member not in a filtered list');
});

test('search by a part of the name or the position, in any case', async () => {
  for (const q of ['chneid', 'SCHNEIDER', 'anna schn']) {
    const r = await listPeople(member, { q });
    assert.ok(r.people.some((p) => p.id === 3), `q=${q} finds Anna Schneider`);
    for (const p of r.people)
      assert.ok(`${p.name} ${p.position}`.toLowerCase().includes(q.toLowerCase()), `q=${q} found ${p.name} / ${p.position}`);
  }
  const byPosition = await listPeople(member, { q: 'Kursorganisation' });
  assert.ok(byPosition.people.some((p) => p.id === 3), 'found by a word of the position');
  assert.ok(byPosition.people.every((p) => p.position.includes('Kursorganisation')));
  const mine = await listPeople(member, { q: tokF });
  assert.deepEqual(mine.people.map((p) => p.id).sort(), [X.id, Y.id].sort(), 'the unique word finds exactly X and Y');
  assert.equal(mine.total, 2);
  // The query is shown back in the search field.
  assert.match(mine.html, new RegExp(`name="q"[^>]*value="${tokF}"`));
  const none = await listPeople(member, { q: `nichtvorhanden${token()}` });
  assert.equal(none.total, 0);
  assert.equal(none.people.length, 0);
});

test('% _ and \\ in the search match themselves, not everything', async () => {
  const all = await listPeople(member);
  for (const q of ['%', '_', '\\', '%%', '_%_', '%a%']) {
    const r = await listPeople(member, { q });
    assert.ok(r.total < all.total, `q=${q} does not match everybody (${r.total} of ${all.total})`);
    for (const p of r.people)
      assert.ok(`${p.name}\n${p.position}`.toLowerCase().includes(q.toLowerCase()), `q=${JSON.stringify(q)} found ${p.name} / ${p.position}`);
  }
  const pct = await listPeople(member, { q: `0%ig ${tok}` });
  assert.deepEqual(pct.people.map((p) => p.id), [W3.id], '"0%ig" finds the member named so');
  const pctAll = await listAll(member, { q: '%' });
  assert.ok(pctAll.people.some((p) => p.id === W3.id), '"%" finds the name with a %');
  // "_" matches only "_": Unter_Strich, not UnterXStrich.
  const us = await listPeople(member, { q: `r_S` });
  assert.ok(us.people.some((p) => p.id === W1.id), 'r_S finds Unter_Strich');
  assert.ok(!us.people.some((p) => p.id === W2.id), 'r_S does not find UnterXStrich');
  const wild = await listPeople(member, { q: `Unter%${tok}` });
  assert.equal(wild.total, 0, '"%" inside a word is no wildcard');
  const wild2 = await listPeople(member, { q: `Unter_____${tok}` });
  assert.equal(wild2.total, 0, '"_" is no single-character wildcard');
});

test('each filter narrows the list to the members who chose it', async () => {
  const all = await listPeople(member);
  const base = { q: tokF };
  const ids = async (extra) => (await listAll(member, { ...base, ...extra })).people.map((p) => p.id).sort();
  assert.deepEqual(await ids({ field: F1 }), [X.id], 'field F1: X');
  assert.deepEqual(await ids({ field: F2 }), [Y.id], 'field F2: Y');
  assert.deepEqual(await ids({ lang: 'vi' }), [X.id], 'lang vi: X');
  assert.deepEqual(await ids({ lang: 'ti' }), [Y.id], 'lang ti: Y');
  assert.deepEqual(await ids({ lang: 'ar' }), [X.id, Y.id].sort(), 'lang ar: both');
  assert.deepEqual(await ids({ lang: 'ps' }), [], 'lang ps: nobody');
  assert.deepEqual(await ids({ municipality: M1 }), [X.id], 'municipality M1: X');
  assert.deepEqual(await ids({ municipality: M2 }), [Y.id], 'municipality M2: Y');

  // Without the search word: each filter alone gives fewer than all, and
  // what it lists has what was chosen.
  const byMun = await listAll(member, { municipality: M1 });
  assert.ok(byMun.total < all.total && byMun.total >= 1);
  assert.ok(byMun.people.some((p) => p.id === X.id));
  for (const p of byMun.people) assert.equal(p.place, choices.municipalities.get(M1), `${p.name} is in ${choices.municipalities.get(M1)}`);
  const byField = await listPeople(member, { field: F1 });
  assert.ok(byField.total < all.total && byField.total >= 1);
  for (const p of byField.people.slice(0, 6))
    assert.ok((await profileOf(member, p.id)).fields.includes(choices.fields.get(F1)), `${p.name} works in ${choices.fields.get(F1)}`);
  const byLang = await listPeople(member, { lang: 'vi' });
  assert.ok(byLang.total < all.total && byLang.total >= 1);
  for (const p of byLang.people.slice(0, 6))
    assert.ok((await profileOf(member, p.id)).languages.includes(choices.languages.get('vi')), `${p.name} speaks vi`);
  // The chosen filters are selected in the form again.
  assert.match(byLang.html, /<option value="vi" selected>/);
  assert.match((await listPeople(member, { municipality: M1 })).html, new RegExp(`<option value="${M1}" selected>`));
  assert.match(byField.html, new RegExp(`<option value="${F1}" selected>`));
});

test('filters combine (AND)', async () => {
  const ids = async (q) => (await listAll(member, { q: tokF, ...q })).people.map((p) => p.id);
  assert.deepEqual(await ids({ field: F1, lang: 'ar', municipality: M1 }), [X.id]);
  assert.deepEqual(await ids({ field: F2, lang: 'ar', municipality: M2 }), [Y.id]);
  assert.deepEqual(await ids({ field: F1, lang: 'ti' }), [], 'X has F1 but not ti');
  assert.deepEqual(await ids({ field: F1, municipality: M2 }), []);
  assert.deepEqual(await ids({ lang: 'vi', municipality: M2 }), []);
  // Without the word: every combination is a subset of each part.
  const a = await listAll(member, { lang: 'de' });
  const b = await listAll(member, { field: F1 });
  const ab = await listAll(member, { lang: 'de', field: F1 });
  const inA = new Set(a.people.map((p) => p.id));
  const inB = new Set(b.people.map((p) => p.id));
  assert.ok(ab.total <= Math.min(a.total, b.total));
  for (const p of ab.people) assert.ok(inA.has(p.id) && inB.has(p.id), `${p.name} is in both`);
  assert.equal(ab.total, a.people.filter((p) => inB.has(p.id)).length, 'exactly the intersection');
});

test('the pager keeps the filters in its links', async () => {
  const l = await listPeople(member, { lang: 'de' });
  assert.ok(l.total > 25, `more than one page of German speakers (${l.total})`);
  assert.ok(l.pager);
  const next = l.links.find((h) => /[?&]page=2(&|$)/.test(h));
  assert.ok(next, `a link to page 2: ${l.links}`);
  const params = new URLSearchParams(next.split('?')[1]);
  assert.equal(params.get('lang'), 'de', `the link keeps lang=de: ${next}`);
  const p2 = await listPeople(member, next.split('?')[1]);
  assert.equal(p2.page, 2);
  assert.equal(p2.total, l.total, 'page 2 of the same search');
  // A search word with characters that need encoding survives too.
  const q = 'a & b "c"';
  const r = await member.get(`/people?${new URLSearchParams({ q, page: '1' })}`);
  assert.equal(r.status, 200);
  assert.ok(!r.text.includes('"c""'), 'the query is escaped in the search field');
  assert.match(r.text, /value="a &amp; b &(quot|#34);c&(quot|#34);"/);
});

// --------------------------------------------------------------- sort ----

/** Where each id stands in a list of people (ids) as a Map id → index. */
const rankOf = (people) => new Map(people.map((p, i) => [p.id, i]));

test('sort: the same members by name, newest first and by municipality', async () => {
  // Four fresh members, made one after the other: the order they were
  // made in, the order of their names and the order of their
  // municipalities all differ. Bert and Zora share a municipality (then
  // by name); Mia has none (last).
  const st = token();
  const made = [];
  for (const first of ['Zora', 'Anton', 'Mia', 'Bert']) made.push(await idOf(await inviteUser({ name: `${first} Sortierprobe ${st}` })));
  const [zora, anton, mia, bert] = made;
  const munIds = [...choices.municipalities.keys()]; // in the form's order, by name
  const [firstMun, lastMun] = [munIds[0], munIds[munIds.length - 1]];
  await saveProfile(zora, { position: 'Sortierprobe', municipality: firstMun });
  await saveProfile(anton, { position: 'Sortierprobe', municipality: lastMun });
  await saveProfile(bert, { position: 'Sortierprobe', municipality: firstMun });
  // Mia has no profile at all: no municipality.

  const order = async (sort) => {
    const l = await listPeople(member, sort === undefined ? { q: st } : { q: st, sort });
    assert.equal(l.total, 4, `sort=${sort}: the four members`);
    return l.people.map((p) => p.name.split(' ')[0]);
  };
  assert.deepEqual(await order(undefined), ['Anton', 'Bert', 'Mia', 'Zora'], 'default: by name');
  assert.deepEqual(await order(''), ['Anton', 'Bert', 'Mia', 'Zora'], 'sort= (empty): by name');
  assert.deepEqual(await order('name'), ['Anton', 'Bert', 'Mia', 'Zora'], 'sort=name');
  assert.deepEqual(await order('new'), ['Bert', 'Mia', 'Anton', 'Zora'], 'sort=new: the last made first');
  assert.deepEqual(await order('municipality'), ['Bert', 'Zora', 'Anton', 'Mia'], 'sort=municipality: then name; none last');
  const byMun = await listPeople(member, { q: st, sort: 'municipality' });
  assert.deepEqual(
    byMun.people.map((p) => p.place),
    [choices.municipalities.get(firstMun), choices.municipalities.get(firstMun), choices.municipalities.get(lastMun), ''],
  );

  // The order follows the data: Anton moves to the first municipality
  // and comes before Bert and Zora there.
  await saveProfile(anton, { position: 'Sortierprobe', municipality: firstMun });
  assert.deepEqual(await order('municipality'), ['Anton', 'Bert', 'Zora', 'Mia']);
  // A new name changes the name order, not the newest-first order.
  await rename(zora, `Aaron Sortierprobe ${st}`);
  assert.deepEqual(await order('name'), ['Aaron', 'Anton', 'Bert', 'Mia']);
  assert.deepEqual(await order('new'), ['Bert', 'Mia', 'Anton', 'Aaron']);
  // Newest first over everybody: the last one made heads the list.
  const newest = await listPeople(member, { sort: 'new' });
  assert.deepEqual(newest.people.slice(0, 4).map((p) => p.id), [bert.id, mia.id, anton.id, zora.id]);
});

test('sort=new over all members: the newest account first, across pages', async () => {
  const all = await listAll(member, { sort: 'new' });
  assert.equal(all.people.length, all.total);
  assert.equal(new Set(all.people.map((p) => p.id)).size, all.total, 'nobody twice');
  // When each account was made, read from the database (the page does not
  // show it): never newer than the one before; at the same second, the
  // smaller id after the larger.
  const made = new Map(orgSql(`SELECT id, UNIX_TIMESTAMP(created_at) FROM users WHERE id IN (${all.people.map((p) => p.id).join(',')})`).map(([id, t]) => [Number(id), Number(t)]));
  for (let i = 1; i < all.people.length; i++) {
    const [a, b] = [all.people[i - 1], all.people[i]];
    const ok = made.get(a.id) > made.get(b.id) || (made.get(a.id) === made.get(b.id) && a.id > b.id);
    assert.ok(ok, `${a.name} (${a.id}, ${made.get(a.id)}) before ${b.name} (${b.id}, ${made.get(b.id)})`);
  }
  // Not merely by id: the demo network has accounts made after
  // accounts with a larger id.
  const ids = all.people.map((p) => p.id);
  assert.ok(ids.some((id, i) => i > 0 && id > ids[i - 1]), 'some account with a larger id is older');
});

test('sort=municipality over all members: municipalities as in the filter form, then names, none last', async () => {
  const all = await listAll(member, { sort: 'municipality' });
  const byName = rankOf((await listAll(member, { sort: 'name' })).people);
  assert.equal(all.people.length, byName.size, 'the same members as by name');
  const munRank = new Map([...choices.municipalities.values()].map((name, i) => [name, i]));
  const rank = (p) => (p.place === '' ? munRank.size : munRank.get(p.place));
  for (const p of all.people) assert.ok(rank(p) !== undefined, `${p.name}: a municipality of the form (${p.place})`);
  for (let i = 1; i < all.people.length; i++) {
    const [a, b] = [all.people[i - 1], all.people[i]];
    assert.ok(rank(a) < rank(b) || (rank(a) === rank(b) && byName.get(a.id) < byName.get(b.id)), `${a.name} (${a.place}) before ${b.name} (${b.place})`);
  }
  assert.ok(all.people.some((p) => p.place === ''), 'members without a municipality, at the end');
  assert.ok(new Set(all.people.map((p) => p.place)).size >= 10, 'many municipalities');
});

test('the chosen order is selected in the form, kept by the pager and by the reset link rule', async () => {
  const def = await listPeople(member);
  assert.match(def.html, /<select id="f-sort" name="sort">/);
  assert.match(def.html, /<label for="f-sort">/, 'the select has a label');
  assert.match(def.html, /<option value="name" selected>/, 'by name when nothing is chosen');
  assert.ok(!readable(def.html).includes(langText('People.Reset')), 'no reset link without a choice');
  // The default order stays out of the pager's links, also when chosen.
  for (const l of [def, await listPeople(member, { sort: 'name' })]) {
    assert.ok(l.links.length > 0, 'a pager');
    for (const h of l.links) assert.ok(!/[?&]sort=/.test(h), `no sort in ${h}`);
  }
  for (const sort of ['new', 'municipality']) {
    const l = await listPeople(member, { sort });
    assert.match(l.html, new RegExp(`<option value="${sort}" selected>`), `${sort} is selected`);
    assert.equal((l.html.match(/<option value="(name|new|municipality)" selected>/g) || []).length, 1, 'one order selected');
    assert.ok(readable(l.html).includes(langText('People.Reset')), `sort=${sort}: the reset link`);
    const next = l.links.find((h) => /[?&]page=2(&|$)/.test(h));
    assert.ok(next, `a link to page 2: ${l.links}`);
    for (const h of l.links) assert.equal(new URLSearchParams(h.split('?')[1]).get('sort'), sort, `${h} keeps sort=${sort}`);
    // Following the link continues the same order: pages 1 and 2 are
    // the first 50 of the whole list in this order.
    const p2 = await listPeople(member, next.split('?')[1]);
    assert.equal(p2.page, 2);
    assert.match(p2.html, new RegExp(`<option value="${sort}" selected>`), 'page 2 shows the order chosen');
    const all = await listAll(member, { sort });
    assert.deepEqual([...l.people, ...p2.people].map((p) => p.id), all.people.slice(0, 50).map((p) => p.id), `sort=${sort}: page 2 continues page 1`);
  }
  // With filters: the links keep both.
  const f = await listPeople(member, { lang: 'de', sort: 'municipality' });
  assert.ok(f.total > 25, `more than one page of German speakers (${f.total})`);
  const link = new URLSearchParams(f.links.find((h) => /[?&]page=2(&|$)/.test(h)).split('?')[1]);
  assert.equal(link.get('lang'), 'de');
  assert.equal(link.get('sort'), 'municipality');
  // In English too.
  const en = await listPeople(member2, { sort: 'new' });
  for (const key of ['People.Sort', 'People.SortName', 'People.SortNew', 'People.SortMunicipality'])
    assert.ok(readable(en.html).includes(langText(key, 'en')), `English: ${langText(key, 'en')}`);
});

test('bad sort values → 400 error page (no list)', async () => {
  const bad = ['sort=bogus', 'sort=NEW', 'sort=Name', 'sort=name%20', 'sort=%20new', 'sort=new&sort=name', 'sort=created_at', 'sort=u.id', `sort=${'n'.repeat(13)}`, 'sort=municipality2', 'sort=new%00', "sort=name'--"];
  for (const qs of bad) {
    const r = await member.get(`/people?${qs}`);
    assert.equal(r.status, 400, `${qs}: ${show(r)}`);
    assert.ok(readable(r.text).includes(langText('Error.400.Title')), `${qs}: the 400 page`);
    assert.ok(!/class="person"/.test(r.text), `${qs}: no list`);
  }
  // Signed out, a sorted list is no way in either.
  const anon = await new Client().get('/people?sort=new');
  assert.equal(anon.status, 303);
  assert.match(anon.location, /^\/login\?next=\/people/);
});

test('bad filter values → 400 error page (no list)', async () => {
  const bad = [
    'field=abc',
    'field=1x',
    'field=-1',
    'lang=xyz',
    'lang=d',
    'municipality=-1',
    'municipality=abc',
    'page=x',
    'page=-1',
    'page=1.5',
    'q=a&q=b',
    'field=1&field=2',
    'lang=de&lang=en',
    'page=1&page=2',
    `q=${'a'.repeat(201)}`,
    'q=%FF',
    'q=%00',
    'q=a%0Ab',
  ];
  for (const qs of bad) {
    const r = await member.get(`/people?${qs}`);
    assert.equal(r.status, 400, `${qs}: ${show(r)}`);
    assert.match(r.headers.get('content-type') || '', /^text\/html/);
    assert.ok(readable(r.text).includes(langText('Error.400.Title')), `${qs}: the 400 page`);
    assert.ok(!/class="person"/.test(r.text), `${qs}: no list`);
  }
});

// --------------------------------------------------------------- show ----

test("a member's page: name, position, municipality, fields of action, languages, about", async () => {
  const p = await profileOf(member, X.id);
  assert.equal(p.name, X.name);
  assert.equal(p.position, `Filterprobe Beratung ${tokF}`);
  assert.equal(p.place, choices.municipalities.get(M1));
  assert.deepEqual(p.fields, [choices.fields.get(F1)]);
  assert.deepEqual(p.languages.slice().sort(), [choices.languages.get('vi'), choices.languages.get('ar')].sort());
  assert.match(p.about || '', /<strong>ansprechbar<\/strong>/, 'about is rendered Markdown');
  assert.equal(p.canEdit, false, 'no edit link for another member');
  // A demo member.
  const d = await profileOf(member2, 3);
  assert.equal(d.name, 'Anna Schneider');
  assert.equal(d.position, 'Sprachkursträger, Kursorganisation');
  assert.equal(d.place, 'Göttingen');
  assert.equal((await profileOf(member, 3)).canEdit, true, 'the member themself has the edit link');
  assert.equal((await profileOf(admin, 3)).canEdit, true, 'an admin has the edit link');
});

test('unknown, pending, suspended and malformed ids → 404 on every profile URL', async () => {
  const unknown = await member.get('/people/99999999');
  assert.equal(unknown.status, 404);
  const ref = normalisePage(unknown.text);
  const ids = ['99999999', '0', '5', '6', String(S.id), 'abc', '-1', '99999999999999999999', '3abc', '1e3', '0x3', '3.0', 'Anna'];
  for (const id of ids) {
    for (const suffix of ['', '/vcard', '/photo', '/thumb', '/edit']) {
      for (const who of [member, admin]) {
        const r = await who.get(`/people/${id}${suffix}`);
        assert.equal(r.status, 404, `/people/${id}${suffix}: ${show(r)}`);
        assert.ok(!/BEGIN:VCARD|<svg/.test(r.text));
      }
    }
    if (['5', '6', String(S.id)].includes(id))
      assert.equal(normalisePage((await member.get(`/people/${id}`)).text), ref, `/people/${id} looks like a missing member`);
  }
  assert.ok(!(await member.get(`/people/${S.id}`)).text.includes('Gesperrt'));
  // The suspended member's own session is over too.
  const own = await S.client.get('/people');
  assert.equal(own.status, 303, show(own));
  assert.match(own.location, /^\/login/);
});

// --------------------------------------------------------- visibility ----

test('hidden phone and e-mail: other members see neither, in the page or in the vCard', async () => {
  await saveProfile(V, { position: 'Sichtbarkeitsprobe', phone: '05541 987-65', about: 'Kontakt nur nach Absprache.' });
  for (const viewer of [member, member2]) {
    const r = await viewer.get(`/people/${V.id}`);
    assert.equal(r.status, 200);
    const p = { ...(await profileOf(viewer, V.id)) };
    assert.equal(p.phone, null, 'no phone');
    assert.equal(p.email, null, 'no e-mail');
    for (const secret of ['987-65', '05541 987', V.email, V.email.split('@')[0]])
      assert.ok(!r.text.includes(secret), `the page does not contain ${secret}`);
    const note = viewer === member2 ? langText('Profile.NoContact', 'en') : langText('Profile.NoContact');
    assert.ok(p.contactText.includes(note), `the "no contact details" note: ${p.contactText}`);
    const v = await vcardOf(viewer, V.id);
    assert.equal(v.status, 200);
    assert.ok(!v.props.has('TEL') && !v.props.has('EMAIL'), `no TEL/EMAIL in ${v.text}`);
    for (const secret of ['987-65', V.email]) assert.ok(!v.text.includes(secret));
  }
});

test('… the member themself and an admin see them, marked as hidden', async () => {
  const own = await profileOf(V.client, V.id);
  assert.equal(own.phone, '05541 987-65');
  assert.equal(own.email, V.email);
  assert.equal(own.phoneHidden, langText('Profile.OnlyYou'));
  assert.equal(own.emailHidden, langText('Profile.OnlyYou'));
  const adm = await profileOf(admin, V.id);
  assert.equal(adm.phone, '05541 987-65');
  assert.equal(adm.email, V.email);
  assert.equal(adm.phoneHidden, langText('Profile.HiddenFromMembers'));
  assert.equal(adm.emailHidden, langText('Profile.HiddenFromMembers'));
  const vc = await vcardOf(V.client, V.id);
  assert.deepEqual(vc.props.get('TEL'), ['05541 987-65']);
  assert.deepEqual(vc.props.get('EMAIL'), [V.email]);
});

test('a hidden e-mail address or phone number cannot be found by searching for it', async () => {
  for (const q of [V.email, V.email.split('@')[0], '987-65', V.email.split('@')[1]]) {
    const r = await listAll(member, { q });
    assert.ok(!r.people.some((p) => p.id === V.id), `q=${q} does not find the member`);
  }
});

test('made visible: every member sees phone and e-mail in the page and the vCard, without a hidden mark', async () => {
  await saveProfile(V, { position: 'Sichtbarkeitsprobe', phone: '05541 987-65', phone_visible: '1', email_visible: '1' });
  for (const viewer of [member, member2, V.client]) {
    const p = await profileOf(viewer, V.id);
    assert.equal(p.phone, '05541 987-65');
    assert.equal(p.email, V.email);
    assert.equal(p.phoneHidden, null);
    assert.equal(p.emailHidden, null);
    const v = await vcardOf(viewer, V.id);
    assert.deepEqual(v.props.get('TEL'), ['05541 987-65']);
    assert.deepEqual(v.props.get('EMAIL'), [V.email]);
  }
  // Each choice on its own: the phone visible, the e-mail hidden again.
  await saveProfile(V, { phone: '05541 987-65', phone_visible: '1' });
  const p = await profileOf(member, V.id);
  assert.equal(p.phone, '05541 987-65');
  assert.equal(p.email, null);
  const v = await vcardOf(member, V.id);
  assert.ok(v.props.has('TEL') && !v.props.has('EMAIL'));
  assert.ok(!v.text.includes(V.email) && !(await member.get(`/people/${V.id}`)).text.includes(V.email));
  // And the other way round.
  await saveProfile(V, { phone: '05541 987-65', email_visible: '1' });
  const q = await profileOf(member, V.id);
  assert.equal(q.phone, null);
  assert.equal(q.email, V.email);
  const w = await vcardOf(member, V.id);
  assert.ok(!w.props.has('TEL') && w.props.has('EMAIL'));
  assert.ok(!w.text.includes('987-65'));
});

// -------------------------------------------------------------- vCard ----

test('vCard: text/vcard attachment, BEGIN/VERSION/FN/END, CRLF lines, the profile in it', async () => {
  const v = await vcardOf(member2, X.id);
  assert.equal(v.status, 200);
  assert.match(v.headers.get('content-type') || '', /^text\/vcard\b/);
  assert.match(v.headers.get('content-disposition') || '', /^attachment;\s*filename="[^"\r\n/\\]+\.vcf"/);
  assert.equal(v.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(v.lines[0], 'BEGIN:VCARD');
  assert.equal(v.lines[v.lines.length - 1], 'END:VCARD');
  assert.deepEqual(v.props.get('VERSION'), ['4.0']);
  assert.deepEqual(v.props.get('FN'), [X.name]);
  assert.deepEqual(v.props.get('TITLE'), [`Filterprobe Beratung ${tokF}`]);
  assert.ok((v.props.get('ADR') || [''])[0].includes(choices.municipalities.get(M1)), 'the municipality in ADR');
  assert.ok(v.text.endsWith('\r\n'), 'ends with CRLF');
  assert.ok(!/[^\r]\n/.test(v.text) && !/\r(?!\n)/.test(v.text), 'every line ends with CRLF, no bare CR or LF');
  assert.ok(!v.props.has('TEL') && !v.props.has('EMAIL'), 'X chose no contact details');
  assert.ok(!v.text.includes(X.email));
  for (const l of v.lines) assert.match(l, /^[A-Z][A-Z0-9-]*[;:]/, `a property line: ${JSON.stringify(l)}`);
});

test('vCard: commas, semicolons and backslashes in name and position are escaped; a line break never gets in', async () => {
  await rename(E, `Karte; Emil, ${tok}`);
  await saveProfile(E, { position: 'Leitung, Beratung; Team\\Nord', municipality: M2 });
  const v = await vcardOf(member, E.id);
  assert.deepEqual(v.props.get('TITLE'), ['Leitung\\, Beratung\\; Team\\\\Nord']);
  assert.deepEqual(v.props.get('FN'), [`Karte\\; Emil\\, ${tok}`]);
  // A line break in the position is refused at the form (one-line field),
  // so it cannot start a property of its own in the vCard.
  for (const position of ['Leitung\nEMAIL:evil@example.org', 'Leitung\r\nTEL:0190', 'Leitung\rX-EVIL:1']) {
    const r = await postProfile(E.client, E.id, { position, municipality: M2 });
    assert.ok([400, 422].includes(r.status), `${JSON.stringify(position)}: ${show(r)}`);
  }
  const after = await vcardOf(member, E.id);
  assert.equal(after.text, v.text, 'the vCard is unchanged');
  assert.ok(!/EVIL|evil@|0190/.test(after.text));
  // The about text (Markdown, many lines) is not part of the vCard.
  await saveProfile(E, { position: 'Leitung, Beratung; Team\\Nord', municipality: M2, about: 'Zeile eins\nEMAIL:evil@example.org\nZeile drei' });
  const withAbout = await vcardOf(member, E.id);
  assert.ok(!withAbout.text.includes('evil@'), 'no line of the about text in the vCard');
  for (const l of withAbout.lines) assert.match(l, /^(BEGIN|VERSION|FN|TITLE|TEL|EMAIL|ADR|END)[;:]/, l);
});

// ------------------------------------------------------------- avatar ----

function svgText(svg) {
  const m = /<text\b[^>]*>([\s\S]*?)<\/text>/.exec(svg);
  return m ? m[1] : null;
}

test('without a photo, photo and thumb are an SVG avatar with the initials', async () => {
  for (const [id, initials] of [
    [A.id, `A${tok[0]}`],
    [3, 'AS'],
    [4, 'DO'],
  ]) {
    for (const kind of ['thumb', 'photo']) {
      const r = await getBytes(member, `/people/${id}/${kind}`);
      assert.equal(r.status, 200, `${id}/${kind}`);
      assert.match(r.headers.get('content-type') || '', /^image\/svg\+xml/);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      const svg = r.bytes.toString('utf8');
      assert.match(svg, /^<svg\b[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.equal(svgText(svg), initials, `${id}: ${svg}`);
      assert.ok(!/<script|on\w+=/i.test(svg), 'no script in the avatar');
    }
  }
});

test('< & " and non-Latin letters in a name: the avatar is well-formed, escaped XML', async () => {
  const cases = [
    [`<Ada &Berg`, '&lt;&amp;'],
    [`"Ada Berg`, '&quot;B'],
    [`Ada "Berg`, 'A&quot;'],
    [`&lt;Ada >Berg`, '&amp;&gt;'],
    [`Ömer Şahin`, 'ÖŞ'],
    [`Ελένη Παπαδοπούλου`, 'ΕΠ'],
    [`Madonna`, 'M'],
  ];
  for (const [name, want] of cases) {
    await rename(A, name);
    const r = await getBytes(member, `/people/${A.id}/thumb`);
    const svg = r.bytes.toString('utf8');
    const text = svgText(svg);
    assert.ok(text !== null, svg);
    assert.match(text, /^(?:[^<>&"]|&(?:lt|gt|amp|quot|#39|#x27|apos);)*$/, `${JSON.stringify(name)}: escaped text: ${text}`);
    assert.equal(decodeEntities(text), decodeEntities(want), `${JSON.stringify(name)}: initials ${text}`);
    assert.equal((svg.match(/</g) || []).length, 5, `${JSON.stringify(name)}: only the avatar's own five tags: ${svg}`);
    // The name is escaped on the pages too.
    const page = await member.get(`/people/${A.id}`);
    assert.equal(page.status, 200);
    if (name.includes('<')) assert.ok(!page.text.includes('<Ada'), 'the name is escaped on the profile page');
    const l = await listPeople(member, { q: name });
    assert.ok(l.people.some((p) => p.id === A.id && p.name === name), `found by the name ${JSON.stringify(name)}`);
    if (name.includes('<')) assert.ok(!l.html.includes('<Ada'));
  }
  await rename(A, `Ada Bild ${tok}`);
});

test('vCard, photo and thumb of a demo member are readable by any member (GET only)', async () => {
  for (const path of ['/people/3/vcard', '/people/3/photo', '/people/3/thumb']) {
    const r = await member2.get(path);
    assert.equal(r.status, 200, path);
    const p = await member2.post(path, {});
    assert.ok([403, 405].includes(p.status), `POST ${path}: ${p.status}`);
  }
});
