// The contact persons of an organisation (/orgs/ID/members, POST
// /orgs/ID/members, /orgs/ID/members/add, /orgs/ID/leave): who may see and
// change them (editors and site admins; anybody else gets the 404 of a
// missing organisation, also for direct POSTs), the search for members to
// add, roles, order and the editor right, the rule that one active editor
// always stays (also when two editors leave at the same moment), ending
// one's own link, bad input with a message at the field, CSRF, the audit
// entries, and the profile's list of organisations.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, demoClient, inviteUser, kpctlOk, normalisePage, show } from './lib.mjs';
import {
  createOrg,
  fieldError,
  orgAudit,
  orgFormChoices,
  orgLangText,
  orgMemberPairs,
  orgMembersOf,
  orgOf,
  ownId,
  postOrg,
  postOrgForm,
  profileOf,
  readable,
  token,
} from './people-lib.mjs';

const t = (key, lang) => orgLangText(key, lang);
const tok = token();
let admin, moderator;
let E, X, Y, Z, O; // E creates; X, Y, Z are added; O never belongs
let T1;

async function member(name) {
  const u = await inviteUser({ name: `${name} ${tok}` });
  u.id = await ownId(u.client);
  return u;
}

/** A fresh organisation of E with X (Beratung) and Y (no role) added. */
async function orgWithMembers(label) {
  const id = await createOrg(E.client, { name: `${label} ${tok}`, type: T1, my_role: 'Leitung' });
  for (const [u, role] of [[X, 'Beratung'], [Y, '']]) {
    const r = await postOrgForm(E.client, `/orgs/${id}/members/add`, { user: u.id, role });
    assert.equal(r.status, 303, show(r));
  }
  return id;
}

/** The members as the page lists them: [id, role, position, editor]. */
async function state(id, who = E.client) {
  return (await orgMembersOf(who, id)).members.map((m) => [m.id, m.role, m.position, m.editor]);
}

function assertFieldError(r, field, key, label) {
  assert.equal(r.status, 422, `${label}: ${show(r)}`);
  const err = fieldError(r.text, field);
  assert.ok(err && err.includes(t(key)), `${label}: "${t(key)}" at ${field}, got "${err}"`);
  assert.ok(r.text.includes(`href="#f-${field}"`), `${label}: the summary links to the field`);
}

before(async () => {
  [admin, moderator] = [await demoClient(DEMO.admin), await demoClient(DEMO.moderator)];
  [E, X, Y, Z, O] = await Promise.all([member('Erika Leitung'), member('Xaver Beratung'), member('Yvonne Team'), member('Zora Neu'), member('Oskar Fremd')]);
  T1 = [...orgFormChoices((await E.client.get('/orgs/new')).text).types.keys()][0];
});

// ---------------------------------------------------------------- access ----

test('signed out: the contact persons page → 303 to /login, the POSTs → 403', async () => {
  const id = await createOrg(E.client, { name: `Abgemeldet K ${tok}`, type: T1 });
  const anon = new Client();
  const g = await anon.get(`/orgs/${id}/members`);
  assert.equal(g.status, 303);
  assert.equal(g.location, `/login?next=/orgs/${id}/members`);
  const csrf = await anon.csrf('/login');
  for (const path of [`/orgs/${id}/members`, `/orgs/${id}/members/add`, `/orgs/${id}/leave`])
    assert.equal((await anon.post(path, { csrf, user: O.id })).status, 403, path);
  assert.deepEqual(await state(id), [[E.id, '', '1', true]], 'nothing added');
});

test('a member who does not edit the organisation: 404 like a missing one on the page and on every POST; nothing changes', async () => {
  const id = await orgWithMembers('Zugriff');
  const before = await state(id);
  const missing = await O.client.get('/orgs/99999999/members');
  assert.equal(missing.status, 404);
  for (const who of [O.client, X.client, moderator]) {
    const g = await who.get(`/orgs/${id}/members?q=${encodeURIComponent(tok)}`);
    assert.equal(g.status, 404, show(g));
    assert.equal(normalisePage(g.text), normalisePage((await who.get('/orgs/99999999/members')).text));
    const posts = [
      [`/orgs/${id}/members`, orgMemberPairs([{ id: E.id, role: 'Weg', position: 1 }, { id: X.id, role: 'Chef', position: 0, editor: true }, { id: Y.id, position: 2, remove: true }])],
      [`/orgs/${id}/members/add`, { user: O.id, role: 'Eingeschlichen' }],
      [`/orgs/${id}/members/add`, { user: who === X.client ? X.id : O.id, role: 'Nochmal' }],
    ];
    for (const [path, fields] of posts) {
      const r = await postOrgForm(who, path, fields);
      assert.equal(r.status, 404, `${path}: ${show(r)}`);
      const rm = await postOrgForm(who, path.replace(`/orgs/${id}/`, '/orgs/99999999/'), fields);
      assert.equal(normalisePage(r.text), normalisePage(rm.text), `${path}: the same page as for a missing organisation`);
    }
  }
  assert.deepEqual(await state(id), before, 'nothing changed');
  assert.ok(!(await orgOf(O.client, id)).members.some((m) => m.id === O.id));
  assert.deepEqual(orgAudit(id).map((a) => a.action), ['org.created', 'org.member_added', 'org.member_added']);
  // A linked member without the editor right sees the page without the links.
  const asX = await orgOf(X.client, id);
  assert.equal(asX.manage, null);
  assert.equal(asX.leave, `/orgs/${id}/leave`);
});

test('a site admin may open and change the contact persons of any organisation', async () => {
  const id = await orgWithMembers('Adminkontakt');
  const page = await orgMembersOf(admin, id);
  assert.deepEqual(page.members.map((m) => m.id), [E.id, X.id, Y.id]);
  const r = await postOrgForm(admin, `/orgs/${id}/members`, orgMemberPairs([{ id: X.id, role: 'Beratung', position: 2, editor: true }]));
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${id}/members`);
  assert.equal((await X.client.get(`/orgs/${id}/edit`)).status, 200, 'X may edit now');
});

// ------------------------------------------------------------ the page ----

test('the page lists the contact persons with role, order and editor right; the search finds active members not yet linked', async () => {
  const id = await orgWithMembers('Liste');
  const p = await orgMembersOf(E.client, id);
  assert.deepEqual(
    p.members.map((m) => [m.id, m.name, m.role, m.position, m.editor, m.remove, m.inactive]),
    [
      [E.id, E.name, 'Leitung', '1', true, false, false],
      [X.id, X.name, 'Beratung', '2', false, false, false],
      [Y.id, Y.name, '', '3', false, false, false],
    ],
  );
  assert.equal(p.candidates.length, 0, 'no search yet');
  // The search: by a part of the name; linked members are not offered.
  const s = await orgMembersOf(E.client, id, { q: tok });
  assert.deepEqual(s.candidates.map((c) => c.id).sort((a, b) => a - b), [Z.id, O.id].sort((a, b) => a - b));
  assert.equal(s.searched, tok);
  for (const c of s.candidates) {
    assert.match(c.html, new RegExp(`<form class="form" method="post" action="/orgs/${id}/members/add"`));
    assert.match(c.html, new RegExp(`<input type="hidden" name="user" value="${c.id}">`));
    assert.match(c.html, /<input type="hidden" name="csrf" value="[^"]+">/);
    assert.match(c.html, new RegExp(`<label for="f-role-${c.id}">`));
  }
  const one = await orgMembersOf(E.client, id, { q: `Zora Neu ${tok}` });
  assert.deepEqual(one.candidates.map((c) => c.id), [Z.id]);
  const none = await orgMembersOf(E.client, id, { q: `Niemand ${tok}` });
  assert.equal(none.candidates.length, 0);
  assert.ok(readable(none.html).includes(t('Orgs.Members.FoundNone')));
  // % and _ match themselves.
  assert.equal((await orgMembersOf(E.client, id, { q: `%${tok}` })).candidates.length, 0);
  assert.equal((await orgMembersOf(E.client, id, { q: `_ora Neu ${tok}` })).candidates.length, 0);
  assert.equal((await E.client.get(`/orgs/${id}/members?q=${'q'.repeat(201)}`)).status, 400);
  assert.equal((await E.client.get(`/orgs/${id}/members?q=a&q=b`)).status, 400);
});

test('at most 10 members are offered; pending and suspended accounts never', async () => {
  const k = token();
  const many = await Promise.all(Array.from({ length: 11 }, (_, i) => inviteUser({ name: `Viele ${k} ${String(i).padStart(2, '0')}` })));
  const suspended = await inviteUser({ name: `Gesperrt ${k}` });
  suspended.id = await ownId(suspended.client);
  kpctlOk('user', 'suspend', suspended.email);
  const id = await createOrg(E.client, { name: `Viele ${tok}`, type: T1 });
  const s = await orgMembersOf(E.client, id, { q: k });
  assert.equal(s.candidates.length, 10);
  assert.deepEqual(s.candidates.map((c) => c.name), many.map((u) => u.name).sort().slice(0, 10), 'by name');
  const g = await orgMembersOf(E.client, id, { q: `Gesperrt ${k}` });
  assert.equal(g.candidates.length, 0, 'a suspended account is not offered');
  const r = await postOrgForm(E.client, `/orgs/${id}/members/add`, { user: suspended.id, role: '' });
  assert.equal(r.status, 422, show(r));
  assert.equal(parseError(r.text), t('Err.OrgNoSuchMember'));
  assert.deepEqual((await state(id)).map((m) => m[0]), [E.id]);
});

function parseError(html) {
  const m = /<div class="alert alert-error" role="alert"><p><span class="alert-prefix">[^<]*<\/span>\s*([\s\S]*?)<\/p><\/div>/.exec(html);
  return m ? m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim() : null;
}

// ------------------------------------------------------------------- add ----

test('adding: 303 with a flash, at the end of the list, not an editor; the organisation page and the profile show it; audited', async () => {
  const id = await createOrg(E.client, { name: `Hinzufügen ${tok}`, type: T1 });
  const r = await postOrgForm(E.client, `/orgs/${id}/members/add`, { user: Z.id, role: '  Ehrenamt  ', q: tok });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${id}/members`);
  assert.ok(readable((await E.client.get(r.location)).text).includes(t('Flash.OrgMemberAdded')));
  assert.deepEqual(await state(id), [
    [E.id, '', '1', true],
    [Z.id, 'Ehrenamt', '2', false],
  ]);
  assert.deepEqual((await orgOf(O.client, id)).members, [
    { id: E.id, name: E.name, role: null },
    { id: Z.id, name: Z.name, role: 'Ehrenamt' },
  ]);
  const p = await profileOf(O.client, Z.id);
  assert.match(p.html, new RegExp(`<a href="/orgs/${id}">Hinzufügen ${tok}</a> <span class="org-role">\\(Ehrenamt\\)</span>`));
  assert.equal((await Z.client.get(`/orgs/${id}/edit`)).status, 404, 'not an editor');
  const audit = orgAudit(id);
  assert.deepEqual(audit[audit.length - 1], { action: 'org.member_added', actor: E.id, detail: `user ${Z.id}` });
});

test('adding bad input: linked twice, an unknown or malformed member, a role over 120 characters → 422, nothing added', async () => {
  const id = await orgWithMembers('Falsch hinzu');
  const before = await state(id);
  for (const [fields, key] of [
    [{ user: X.id, role: 'Doppelt' }, 'Err.OrgAlreadyLinked'],
    [{ user: E.id, role: '' }, 'Err.OrgAlreadyLinked'],
    [{ user: 99999999, role: '' }, 'Err.OrgNoSuchMember'],
    [{ user: 'abc', role: '' }, 'Err.OrgNoSuchMember'],
    [{ user: '007', role: '' }, 'Err.OrgNoSuchMember'],
    [{ role: 'ohne' }, 'Err.OrgNoSuchMember'],
  ]) {
    const r = await postOrgForm(E.client, `/orgs/${id}/members/add`, fields);
    assert.equal(r.status, 422, `${JSON.stringify(fields)}: ${show(r)}`);
    assert.equal(parseError(r.text), t(key), JSON.stringify(fields));
  }
  // The role is checked at its field, next to the member it was typed for.
  const r = await postOrgForm(E.client, `/orgs/${id}/members/add`, { user: Z.id, role: 'r'.repeat(121), q: `Zora Neu ${tok}` });
  assertFieldError(r, 'role', 'Err.TooLong', 'a long role');
  assert.match(r.text, new RegExp(`<li class="org-candidate">[\\s\\S]*?name="user" value="${Z.id}"[\\s\\S]*?id="f-role"[^>]*value="${'r'.repeat(121)}"`), 'the role is kept at the right member');
  // Also without a search (a direct POST): the member's row is shown, first, with the message.
  const bare = await postOrgForm(E.client, `/orgs/${id}/members/add`, { user: Z.id, role: 'r'.repeat(121) });
  assertFieldError(bare, 'role', 'Err.TooLong', 'a long role without a search');
  assert.match(bare.text, new RegExp(`<li class="org-candidate">[^]*?name="user" value="${Z.id}"[^]*?<input id="f-role" name="role"`));
  assert.equal((bare.text.match(/<li class="org-candidate">/g) || []).length, 1, 'only that member');
  assert.deepEqual(await state(id), before);
  assert.equal((await postOrgForm(E.client, `/orgs/${id}/members/add`, [['user', Z.id], ['user', O.id]])).status, 400, 'a repeated field');
});

// ------------------------------------------------------------------ save ----

test('saving roles, order and the editor right: 303, the new order on the organisation page, the new editor may edit; audited', async () => {
  const id = await orgWithMembers('Speichern');
  const r = await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([
    { id: E.id, role: 'Geschäftsführung', position: 5, editor: true },
    { id: X.id, role: ' Beratung Nord ', position: 1, editor: true },
    { id: Y.id, role: 'Team', position: 3 },
  ]));
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${id}/members`);
  assert.ok(readable((await E.client.get(r.location)).text).includes(t('Flash.OrgMembersSaved')));
  assert.deepEqual(await state(id), [
    [X.id, 'Beratung Nord', '1', true],
    [Y.id, 'Team', '3', false],
    [E.id, 'Geschäftsführung', '5', true],
  ]);
  assert.deepEqual((await orgOf(O.client, id)).members.map((m) => [m.id, m.role]), [[X.id, 'Beratung Nord'], [Y.id, 'Team'], [E.id, 'Geschäftsführung']]);
  assert.equal((await X.client.get(`/orgs/${id}/edit`)).status, 200);
  assert.equal((await X.client.get(`/orgs/${id}/members`)).status, 200);
  assert.equal((await Y.client.get(`/orgs/${id}/edit`)).status, 404);
  assert.equal(orgAudit(id).filter((a) => a.action === 'org.members_changed').length, 1);
  // Removing: gone from the page, the organisation and the profile.
  const rm = await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([{ id: Y.id, role: 'Team', position: 3, remove: true }]));
  assert.equal(rm.status, 303, show(rm));
  assert.deepEqual((await state(id)).map((m) => m[0]), [X.id, E.id], 'members not in the form are left as they are');
  assert.ok(!(await profileOf(O.client, Y.id)).html.includes(`/orgs/${id}"`));
});

test('bad input when saving: 422 with the message at the member’s field, the input kept, nothing saved', async () => {
  const id = await orgWithMembers('Falsch speichern');
  const before = await state(id);
  const base = () => [
    { id: E.id, role: 'Leitung', position: 1, editor: true },
    { id: X.id, role: 'Beratung', position: 2 },
  ];
  const cases = [
    [{ id: X.id, position: 'abc' }, `position_${X.id}`, 'Err.OrgPosition'],
    [{ id: X.id, position: '-1' }, `position_${X.id}`, 'Err.OrgPosition'],
    [{ id: X.id, position: '1000' }, `position_${X.id}`, 'Err.OrgPosition'],
    [{ id: X.id, position: '' }, `position_${X.id}`, 'Err.OrgPosition'],
    [{ id: X.id, position: '01' }, `position_${X.id}`, 'Err.OrgPosition'],
    [{ id: X.id, role: 'r'.repeat(121) }, `role_${X.id}`, 'Err.TooLong'],
    [{ id: X.id, editor: '2' }, `editor_${X.id}`, 'Err.ChoiceInvalid'],
    [{ id: X.id, remove: '0' }, `remove_${X.id}`, 'Err.ChoiceInvalid'],
  ];
  for (const [change, field, key] of cases) {
    const rows = base().map((m) => (m.id === change.id ? { ...m, ...change } : m));
    const r = await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs(rows));
    assertFieldError(r, field, key, JSON.stringify(change));
    // The summary names the person with the message.
    const link = new RegExp(`<a href="#f-${field}">([^<]*)</a>`).exec(r.text);
    assert.ok(link && link[1].includes(X.name) && link[1].includes(t(key).slice(0, 20)), `the summary: ${link && link[1]}`);
    if (change.position !== undefined && change.position !== '')
      assert.match(r.text, new RegExp(`name="${field}"[^>]*value="${change.position}"`), 'the input is kept');
  }
  assert.deepEqual(await state(id), before, 'nothing saved');
  // Unknown members' fields are ignored; a line break is refused.
  const extra = await postOrgForm(E.client, `/orgs/${id}/members`, [...orgMemberPairs(base()), ['role_99999999', 'x'], ['position_99999999', '1'], ['editor_99999999', '1']]);
  assert.equal(extra.status, 303, show(extra));
  assert.deepEqual((await state(id)).map((m) => m[0]), [E.id, X.id, Y.id]);
  const nl = await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([{ id: X.id, role: 'a\nb', position: 2 }]));
  assert.equal(nl.status, 400);
  assert.equal((await postOrgForm(E.client, `/orgs/${id}/members`, [...orgMemberPairs([{ id: X.id, position: 2 }]), [`position_${X.id}`, '3']])).status, 400, 'a repeated field');
});

test('one active editor always stays: a save without any is refused with a message; the last editor cannot remove themself', async () => {
  const id = await orgWithMembers('Ein Editor');
  const before = await state(id);
  for (const rows of [
    [{ id: E.id, role: 'Leitung', position: 1 }], // no longer an editor
    [{ id: E.id, role: 'Leitung', position: 1, remove: true }], // removed
    [{ id: E.id, position: 1, editor: true, remove: true }, { id: X.id, position: 2 }, { id: Y.id, position: 3, remove: true }],
  ]) {
    const r = await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs(rows));
    assert.equal(r.status, 422, show(r));
    assert.equal(parseError(r.text), t('Err.OrgNoEditor'));
  }
  assert.deepEqual(await state(id), before);
  assert.deepEqual(orgAudit(id).map((a) => a.action), ['org.created', 'org.member_added', 'org.member_added'], 'nothing audited');
  // Handing over: X becomes editor and E steps down in one save → E is sent to the organisation page.
  const r = await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([{ id: E.id, role: 'Leitung', position: 1 }, { id: X.id, role: 'Beratung', position: 2, editor: true }]));
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${id}`, 'no longer an editor: back to the organisation');
  assert.equal((await E.client.get(`/orgs/${id}/members`)).status, 404);
  assert.equal((await X.client.get(`/orgs/${id}/members`)).status, 200);
});

test('an editor whose account is suspended does not count; the page marks the account; the organisation page leaves it out', async () => {
  const S = await member('Sina Gesperrt');
  const id = await createOrg(E.client, { name: `Gesperrt Editor ${tok}`, type: T1 });
  assert.equal((await postOrgForm(E.client, `/orgs/${id}/members/add`, { user: S.id, role: 'Kasse' })).status, 303);
  assert.equal((await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([{ id: S.id, role: 'Kasse', position: 2, editor: true }]))).status, 303);
  kpctlOk('user', 'suspend', S.email);
  const p = await orgMembersOf(E.client, id);
  assert.deepEqual(p.members.map((m) => [m.id, m.inactive]), [[E.id, false], [S.id, true]]);
  assert.deepEqual((await orgOf(O.client, id)).members.map((m) => m.id), [E.id], 'only active accounts on the organisation page');
  const r = await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([{ id: E.id, position: 1 }]));
  assert.equal(r.status, 422);
  assert.equal(parseError(r.text), t('Err.OrgNoEditor'));
  const leave = await postOrgForm(E.client, `/orgs/${id}/leave`);
  assert.equal(leave.status, 422, 'the only active editor cannot leave');
  // The suspended member can be removed.
  const rm = await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([{ id: S.id, position: 2, remove: true }]));
  assert.equal(rm.status, 303, show(rm));
  assert.deepEqual((await orgMembersOf(E.client, id)).members.map((m) => m.id), [E.id]);
});

// ----------------------------------------------------------------- leave ----

test('leaving: a linked member ends their own link; the last editor may not (422 with a message); others get 404', async () => {
  const id = await orgWithMembers('Verlassen');
  assert.equal((await postOrgForm(O.client, `/orgs/${id}/leave`)).status, 404, 'not linked');
  assert.equal((await postOrgForm(admin, `/orgs/${id}/leave`)).status, 404, 'an admin who is not linked');
  assert.equal((await O.client.get(`/orgs/${id}/leave`)).status, 405);
  const r = await postOrgForm(Y.client, `/orgs/${id}/leave`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${id}`);
  assert.ok(readable((await Y.client.get(r.location)).text).includes(t('Flash.OrgLeft')));
  assert.deepEqual((await orgOf(O.client, id)).members.map((m) => m.id), [E.id, X.id]);
  assert.equal((await orgOf(Y.client, id)).leave, null, 'no button any more');
  assert.equal((await postOrgForm(Y.client, `/orgs/${id}/leave`)).status, 404, 'a second time: nothing to end');
  const last = await postOrgForm(E.client, `/orgs/${id}/leave`);
  assert.equal(last.status, 422, show(last));
  assert.equal(parseError(last.text), t('Err.OrgLastEditor'));
  assert.ok(readable(last.text).includes(`Verlassen ${tok}`), 'the organisation page with the message');
  assert.deepEqual((await orgOf(O.client, id)).members.map((m) => m.id), [E.id, X.id]);
  const audit = orgAudit(id);
  assert.deepEqual(audit[audit.length - 1], { action: 'org.member_left', actor: Y.id, detail: `user ${Y.id}` });
  assert.equal(audit.filter((a) => a.action === 'org.member_left').length, 1);
  // With a second editor the first may go.
  assert.equal((await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([{ id: X.id, role: 'Beratung', position: 2, editor: true }]))).status, 303);
  assert.equal((await postOrgForm(E.client, `/orgs/${id}/leave`)).status, 303);
  assert.equal((await E.client.get(`/orgs/${id}/edit`)).status, 404);
});

test('two editors leaving at the same moment: one goes, one stays (never no editor)', async () => {
  for (let round = 0; round < 3; round++) {
    const id = await orgWithMembers(`Gleichzeitig ${round}`);
    assert.equal((await postOrgForm(E.client, `/orgs/${id}/members`, orgMemberPairs([{ id: X.id, role: 'Beratung', position: 2, editor: true }]))).status, 303);
    const [te, tx] = [await E.client.csrf('/account'), await X.client.csrf('/account')];
    const answers = await Promise.all([E.client.post(`/orgs/${id}/leave`, { csrf: te }), X.client.post(`/orgs/${id}/leave`, { csrf: tx })]);
    assert.deepEqual(answers.map((a) => a.status).sort(), [303, 422], answers.map(show).join(' | '));
    const editors = (await orgMembersOf(admin, id)).members.filter((m) => m.editor);
    assert.equal(editors.length, 1, 'exactly one editor left');
  }
});

// ------------------------------------------------------------------ CSRF ----

test('without a valid token every contact-person POST → 403, nothing changed', async () => {
  const id = await orgWithMembers('Token K');
  const before = await state(id);
  const other = await O.client.csrf('/account');
  for (const csrf of [false, '', other]) {
    for (const [path, fields] of [
      [`/orgs/${id}/members`, orgMemberPairs([{ id: X.id, role: 'CSRF', position: 1, editor: true }])],
      [`/orgs/${id}/members/add`, { user: Z.id, role: 'CSRF' }],
    ]) {
      const r = await postOrgForm(E.client, path, fields, { csrf });
      assert.equal(r.status, 403, `${path} with ${JSON.stringify(csrf)}: ${show(r)}`);
    }
    assert.equal((await postOrgForm(Y.client, `/orgs/${id}/leave`, [], { csrf })).status, 403);
  }
  const forged = await E.client.request('POST', `/orgs/${id}/members/add`, {
    body: `csrf=${encodeURIComponent(await E.client.csrf('/account'))}&user=${Z.id}`,
    headers: { origin: 'https://evil.example' },
  });
  assert.equal(forged.status, 403);
  assert.deepEqual(await state(id), before);
  // Multipart is not what these forms send.
  const mp = await postOrg(E.client, `/orgs/${id}/members`, {});
  assert.equal(mp.status, 415);
});
