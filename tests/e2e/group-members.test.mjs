// A group's members (/g/SLUG/members and its POST routes, issue 5),
// through the real stack: the page (members by role and name, their
// organisations, 100 a page, what managers see), one's own way in and out
// (join, request, cancel, accept, decline, leave), what owners and
// moderators do (approve, refuse, withdraw, remove, role — moderators
// never about owners), the last owner who stays (also when two owners
// leave at the same moment), invitations by name (one match, several,
// none) and by e-mail (a link that makes the new account a member; the
// same answer whether an account exists; 30 a day), notifications, audit
// entries, bad input and CSRF. Who gets which status per route and role
// is group-access.test.mjs's matrix; here what the routes do.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, inviteUsers, linkPath, mainText, show, textOf, uniqueEmail, waitForMail, mailSnapshot, mailsSince, newPassword } from './lib.mjs';
import { lit, sql, tag, userId } from './forum-lib.mjs';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CONFIG, sleep } from './lib.mjs';

const T = tag('gm');
let P; // name -> { client, id, name, email, csrf }

function makeGroup(visibility = 'open', cast = {}, { archived = false } = {}) {
  const slug = tag('gm');
  const rows = Object.entries(cast).map(([who, spec]) => {
    const [role, state = 'active'] = spec.split(':');
    return `(@g, ${P[who].id}, ${lit(role)}, ${lit(state)}, NOW(), NOW())`;
  });
  sql(`INSERT INTO \`groups\` (slug, name, visibility, archived_at, created_at, updated_at)
       VALUES (${lit(slug)}, ${lit(`Gruppe ${slug}`)}, ${lit(visibility)}, ${archived ? 'NOW()' : 'NULL'}, NOW(), NOW());
     SET @g = LAST_INSERT_ID();
     ${rows.length ? `INSERT INTO group_members (group_id, user_id, role, state, created_at, updated_at) VALUES ${rows.join(', ')};` : ''}
     UPDATE \`groups\` SET member_count = (SELECT COUNT(*) FROM group_members WHERE group_id = @g AND state = 'active') WHERE id = @g;`);
  const id = Number(sql(`SELECT id FROM \`groups\` WHERE slug = ${lit(slug)}`)[0][0]);
  return { slug, id, base: `/g/${slug}/members` };
}

/** who -> "role:state" of the group's rows, and the stored count. */
function state(g) {
  const rows = {};
  for (const [uid, role, st] of sql(`SELECT user_id, role, state FROM group_members WHERE group_id = ${g.id}`)) {
    const who = Object.keys(P).find((k) => P[k].id === Number(uid)) || uid;
    rows[who] = `${role}:${st}`;
  }
  const count = Number(sql(`SELECT member_count FROM \`groups\` WHERE id = ${g.id}`)[0][0]);
  const active = Object.values(rows).filter((v) => v.endsWith(':active')).length;
  assert.equal(count, active, `member_count of ${g.slug}`);
  return rows;
}

function notes(g, kind) {
  return sql(`SELECT user_id, actor_id FROM notifications WHERE group_id = ${g.id} AND kind = ${lit(kind)} ORDER BY user_id`).map(
    ([u, a]) => `${Object.keys(P).find((k) => P[k].id === Number(u))}<-${Object.keys(P).find((k) => P[k].id === Number(a))}`,
  );
}

function audit(g) {
  return sql(`SELECT action, actor_id FROM audit_log WHERE target_id = ${g.id} AND action LIKE 'group.%' ORDER BY id`).map(([a]) => a);
}

const post = (who, path, fields = {}) => P[who].client.post(path, { csrf: P[who].csrf, ...fields });
const flash = (r) => r.cookie('kp_flash')?.value;

before(async () => {
  const names = ['owner', 'owner2', 'moderator', 'member', 'other', 'outsider', 'anna1', 'anna2', 'bert'];
  const people = await inviteUsers(names.length, { name: `Gm ${T}` });
  P = {};
  names.forEach((n, i) => (P[n] = { ...people[i], id: userId(people[i].email) }));
  // Names to find: two "Anna ... T" and one "Bert ... T"; the others keep
  // the name inviteUsers gave.
  sql(`UPDATE users SET name = ${lit(`Anna ${T} Eins`)} WHERE id = ${P.anna1.id};
       UPDATE users SET name = ${lit(`Anna ${T} Zwei`)} WHERE id = ${P.anna2.id};
       UPDATE users SET name = ${lit(`Bert ${T}`)} WHERE id = ${P.bert.id};
       UPDATE users SET name = ${lit(`<b>Mia</b> ${T}`)} WHERE id = ${P.other.id};`);
  for (const n of names) P[n].csrf = await P[n].client.csrf('/account');
});

test('the page: members by role and name with photo, link and organisation; managers see requests, invitations and the form', async () => {
  const g = makeGroup('closed', {
    owner: 'owner', moderator: 'moderator', member: 'member', other: 'member',
    anna1: 'member:requested', bert: 'member:invited',
  });
  const org = sql(`INSERT INTO orgs (name, type_id) VALUES (${lit(`Verein ${T}`)}, 1);
    SELECT LAST_INSERT_ID();`);
  const orgId = Number(org[org.length - 1][0]);
  sql(`INSERT INTO org_members (org_id, user_id) VALUES (${orgId}, ${P.member.id})`);
  const r = await P.outsider.client.get(g.base);
  assert.equal(r.status, 200, show(r));
  const text = textOf(r.text);
  const order = ['id="owners-title"', P.owner.name, 'id="moderators-title"', P.moderator.name, 'id="members-title"', P.member.name].map((s) => r.text.indexOf(s));
  assert.ok(order.every((v, i) => v >= 0 && (i === 0 || v > order[i - 1])), `order: ${order}`);
  assert.match(r.text, new RegExp(`<img class="person-thumb" src="/people/${P.member.id}/thumb" alt=""`));
  assert.match(r.text, new RegExp(`href="/people/${P.member.id}">${P.member.name}</a>`));
  assert.ok(text.includes(`Verein ${T}`), 'organisation shown');
  assert.ok(r.text.includes(`&lt;b&gt;Mia&lt;/b&gt; ${T}`) && !r.text.includes('<b>Mia</b>'), 'names escaped');
  // An outsider: the request button, nothing of the managers.
  assert.match(r.text, new RegExp(`action="/g/${g.slug}/members/request"`));
  assert.ok(!r.text.includes('/members/invite') && !text.includes(`Anna ${T}`) && !text.includes(`Bert ${T}`));
  // A plain member: the leave button only.
  const m = await P.member.client.get(g.base);
  assert.match(m.text, new RegExp(`action="/g/${g.slug}/members/leave"`));
  assert.ok(!m.text.includes('/role"') && !m.text.includes('/members/invite'));
  // A moderator: requests, invitations, the form; role and remove for
  // members and moderators but not for owners, and no "owner" choice.
  const mod = await P.moderator.client.get(g.base);
  assert.equal(mod.status, 200);
  assert.match(mod.text, new RegExp(`/members/${P.anna1.id}/approve"`));
  assert.match(mod.text, new RegExp(`/members/${P.anna1.id}/refuse"`));
  assert.match(mod.text, new RegExp(`/members/${P.bert.id}/withdraw"`));
  assert.match(mod.text, new RegExp(`/members/${P.member.id}/role"`));
  assert.match(mod.text, new RegExp(`/members/${P.member.id}/remove"`));
  assert.ok(!mod.text.includes(`/members/${P.owner.id}/role"`) && !mod.text.includes(`/members/${P.owner.id}/remove"`));
  assert.ok(!mod.text.includes('value="owner"'));
  assert.match(mod.text, /<label for="f-who">/);
  // Buttons name whom they act on, for screen readers.
  assert.match(mod.text, new RegExp(`<span class="vh">: Anna ${T} Eins</span>`));
  // An owner may make owners.
  const own = await P.owner.client.get(g.base);
  assert.ok(own.text.includes('value="owner"'));
  assert.match(own.text, new RegExp(`/members/${P.moderator.id}/remove"`));
  // English.
  const en = await P.owner.client.get(g.base, { headers: { 'accept-language': 'en' } });
  if (!/lang="de"/.test(en.text.slice(0, 200))) assert.ok(textOf(en.text).includes('Owners'));
});

test('pages of 100; a page past the end or no number is 404', async () => {
  const g = makeGroup('open', { owner: 'owner' });
  const values = Array.from({ length: 100 }, (_, i) => `(${lit(`${T}-${i}@example.org`)}, ${lit(`Zz ${T} ${String(i).padStart(3, '0')}`)}, 'active', NOW())`);
  sql(`INSERT INTO users (email, name, status, approved_at) VALUES ${values.join(', ')};
       INSERT INTO group_members (group_id, user_id, role, state, created_at) SELECT ${g.id}, id, 'member', 'active', NOW() FROM users WHERE email LIKE ${lit(`${T}-%@example.org`)};
       UPDATE \`groups\` SET member_count = 101 WHERE id = ${g.id};`);
  const p1 = await P.outsider.client.get(g.base);
  assert.equal(p1.status, 200);
  assert.ok(textOf(p1.text).includes(`Zz ${T} 098`) && !textOf(p1.text).includes(`Zz ${T} 099`));
  assert.match(p1.text, new RegExp(`href="/g/${g.slug}/members\\?page=2"`));
  const p2 = await P.outsider.client.get(`${g.base}?page=2`);
  assert.equal(p2.status, 200);
  assert.ok(textOf(p2.text).includes(`Zz ${T} 099`));
  for (const q of ['?page=3', '?page=0', '?page=x', '?page=-1', '?page=01'])
    assert.equal((await P.outsider.client.get(g.base + q)).status, 404, q);
  assert.equal((await P.outsider.client.get(`${g.base}?page=1&page=2`)).status, 400);
});

test('join, request, cancel, accept, decline, leave: the row, the count, the message, the notifications', async () => {
  const open = makeGroup('open', { owner: 'owner' });
  let r = await post('outsider', `${open.base}/join`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/g/${open.slug}`);
  assert.equal(flash(r), 'GroupMembersJoined');
  assert.equal(state(open).outsider, 'member:active');
  r = await post('outsider', `${open.base}/leave`);
  assert.equal(r.status, 303);
  assert.equal(flash(r), 'GroupMembersLeft');
  assert.equal(state(open).outsider, undefined);

  const closed = makeGroup('closed', { owner: 'owner', moderator: 'moderator', member: 'member' });
  r = await post('outsider', `${closed.base}/request`);
  assert.equal(r.status, 303);
  assert.equal(flash(r), 'GroupMembersRequested');
  assert.equal(state(closed).outsider, 'member:requested');
  assert.deepEqual(notes(closed, 'group_request'), ['owner<-outsider', 'moderator<-outsider'].sort((a, b) => P[a.split('<')[0]].id - P[b.split('<')[0]].id));
  // Twice is meaningless: 403, nothing changes.
  assert.equal((await post('outsider', `${closed.base}/request`)).status, 403);
  r = await post('outsider', `${closed.base}/cancel`);
  assert.equal(r.status, 303);
  assert.equal(flash(r), 'GroupMembersCancelled');
  assert.equal(state(closed).outsider, undefined);

  const priv = makeGroup('private', { owner: 'owner', bert: 'member:invited', anna1: 'member:invited' });
  r = await post('bert', `${priv.base}/accept`);
  assert.equal(r.status, 303);
  assert.equal(r.location, `/g/${priv.slug}`);
  assert.equal(state(priv).bert, 'member:active');
  r = await post('anna1', `${priv.base}/decline`);
  assert.equal(r.status, 303);
  assert.equal(r.location, '/groups', 'who declined a private group cannot see it');
  assert.equal(state(priv).anna1, undefined);
  assert.equal((await P.anna1.client.get(priv.base)).status, 404);
});

test('approve, refuse, withdraw, remove, role: managers, with notifications and audit entries', async () => {
  const g = makeGroup('closed', {
    owner: 'owner', moderator: 'moderator', member: 'member', other: 'member',
    anna1: 'member:requested', anna2: 'member:requested', bert: 'member:invited',
  });
  let r = await post('moderator', `${g.base}/${P.anna1.id}/approve`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, g.base);
  assert.equal(flash(r), 'GroupMembersApproved');
  r = await post('moderator', `${g.base}/${P.anna2.id}/refuse`);
  assert.equal(flash(r), 'GroupMembersRefused');
  r = await post('owner', `${g.base}/${P.bert.id}/withdraw`);
  assert.equal(flash(r), 'GroupMembersWithdrawn');
  r = await post('moderator', `${g.base}/${P.other.id}/role`, { role: 'moderator' });
  assert.equal(flash(r), 'GroupMembersRoleChanged');
  r = await post('owner', `${g.base}/${P.member.id}/remove`);
  assert.equal(flash(r), 'GroupMembersRemoved');
  const s = state(g);
  assert.equal(s.anna1, 'member:active');
  assert.equal(s.anna2, undefined);
  assert.equal(s.bert, undefined);
  assert.equal(s.other, 'moderator:active');
  assert.equal(s.member, undefined);
  assert.deepEqual(notes(g, 'group_approved'), ['anna1<-moderator']);
  assert.deepEqual(notes(g, 'group_refused'), ['anna2<-moderator']);
  assert.deepEqual(audit(g), ['group.member_approved', 'group.member_refused', 'group.invitation_withdrawn', 'group.member_role', 'group.member_removed']);
  // Handing over: an owner makes an owner.
  r = await post('owner', `${g.base}/${P.other.id}/role`, { role: 'owner' });
  assert.equal(r.status, 303);
  assert.equal(state(g).other, 'owner:active');
});

test('moderators never about owners; bad role, unknown or wrong ID: refused, nothing changed', async () => {
  const g = makeGroup('open', { owner: 'owner', owner2: 'owner', moderator: 'moderator', member: 'member', bert: 'member:invited' });
  const before = state(g);
  const cases = [
    ['moderator', `${P.owner.id}/remove`, {}, 403],
    ['moderator', `${P.owner.id}/role`, { role: 'member' }, 403],
    ['moderator', `${P.member.id}/role`, { role: 'owner' }, 403],
    ['owner', `${P.member.id}/role`, { role: 'admin' }, 400],
    ['owner', `${P.member.id}/role`, {}, 400],
    ['owner', `${P.member.id}/role`, [['role', 'moderator'], ['role', 'owner']], 400],
    // Nobody to remove is what a second click sees: done already (303,
    // nothing changed), as for any id without a row.
    ['owner', `${P.outsider.id}/remove`, {}, 303],
    ['owner', `${P.bert.id}/remove`, {}, 404],
    ['owner', `${P.member.id}/approve`, {}, 303], // a member already: approved twice
    ['owner', `${P.member.id}/withdraw`, {}, 404],
    ['owner', `999999999/remove`, {}, 303],
    ['owner', `abc/remove`, {}, 404],
    ['owner', `0${P.member.id}/remove`, {}, 404],
  ];
  for (const [who, path, fields, status] of cases) {
    const r = await P[who].client.post(`${g.base}/${path}`, Array.isArray(fields) ? [['csrf', P[who].csrf], ...fields] : { csrf: P[who].csrf, ...fields });
    assert.equal(r.status, status, `${who} ${path} ${JSON.stringify(fields)}: ${show(r)}`);
  }
  assert.deepEqual(state(g), before);
  // Without the CSRF token: 403, nothing changed.
  const r = await P.owner.client.post(`${g.base}/${P.member.id}/remove`, {});
  assert.equal(r.status, 403);
  assert.equal((await P.owner.client.post(`${g.base}/invite`, { who: P.bert.name })).status, 403);
  assert.deepEqual(state(g), before);
  // An archived group: nothing but leaving.
  const a = makeGroup('open', { owner: 'owner', member: 'member', anna1: 'member:requested' }, { archived: true });
  const ab = state(a);
  assert.equal((await post('owner', `${a.base}/${P.anna1.id}/approve`)).status, 403);
  assert.equal((await post('owner', `${a.base}/invite`, { who: P.bert.name })).status, 403);
  assert.deepEqual(state(a), ab);
  assert.equal((await post('member', `${a.base}/leave`)).status, 303);
});

test('the last owner stays: leave, demote, remove are refused with a message; two owners leaving at once: one stays', async () => {
  const g = makeGroup('open', { owner: 'owner', member: 'member' });
  const before = state(g);
  for (const [path, fields] of [['leave', {}], [`${P.owner.id}/role`, { role: 'member' }], [`${P.owner.id}/remove`, {}]]) {
    const r = await post('owner', `${g.base}/${path}`, fields);
    assert.equal(r.status, 303, path);
    assert.equal(r.location, g.base);
    assert.equal(flash(r), 'GroupMembersLastOwner', path);
    assert.deepEqual(state(g), before, path);
  }
  const page = await P.owner.client.get(g.base, { headers: { cookie: `${P.owner.client.cookieHeader()}; kp_flash=GroupMembersLastOwner` } });
  assert.ok(mainText(page.text).includes('mindestens einen Inhaber'), 'the message is shown');
  for (let i = 0; i < 3; i++) {
    const h = makeGroup('open', { owner: 'owner', owner2: 'owner' });
    const [a, b] = await Promise.all([post('owner', `${h.base}/leave`), post('owner2', `${h.base}/leave`)]);
    assert.deepEqual([a.status, b.status], [303, 303]);
    const s = state(h);
    assert.equal(Object.values(s).filter((v) => v === 'owner:active').length, 1, JSON.stringify(s));
    assert.deepEqual([flash(a), flash(b)].sort(), ['GroupMembersLastOwner', 'GroupMembersLeft']);
  }
});

test('invite by name: one match, several to choose from, none, too short, already in', async () => {
  const g = makeGroup('private', { owner: 'owner', moderator: 'moderator', member: 'member' });
  let r = await post('moderator', `${g.base}/invite`, { who: `  Bert ${T} ` });
  assert.equal(r.status, 303, show(r));
  assert.equal(flash(r), 'GroupMembersInvited');
  assert.equal(state(g).bert, 'member:invited');
  assert.deepEqual(notes(g, 'group_invite'), ['bert<-moderator']);
  assert.equal(sql(`SELECT invited_by FROM group_members WHERE group_id = ${g.id} AND user_id = ${P.bert.id}`)[0][0], String(P.moderator.id));
  // The invited person learns of the group and sees it.
  assert.equal((await P.bert.client.get(`/g/${g.slug}`)).status, 200);

  r = await post('owner', `${g.base}/invite`, { who: `anna ${T.toUpperCase()}` });
  assert.equal(r.status, 200, show(r));
  assert.match(r.text, new RegExp(`<input type="radio" id="f-user_id-${P.anna1.id}" name="user_id" value="${P.anna1.id}"`));
  assert.match(r.text, new RegExp(`name="user_id" value="${P.anna2.id}"`));
  assert.match(r.text, new RegExp(`<label for="f-user_id-${P.anna2.id}">Anna ${T} Zwei</label>`));
  assert.match(r.text, new RegExp(`id="f-who" name="who" type="text" value="anna ${T.toUpperCase()}"`));
  assert.equal(state(g).anna1, undefined);
  r = await post('owner', `${g.base}/invite`, { who: `anna ${T}`, user_id: P.anna2.id });
  assert.equal(r.status, 303);
  assert.equal(state(g).anna2, 'member:invited');

  const before = state(g);
  for (const [who, key] of [[`Niemand ${T}`, 'kein Mitglied'], ['ab', 'mindestens 3 Zeichen'], ['', 'Angabe'], ['x@', 'keine gültige']]) {
    r = await post('owner', `${g.base}/invite`, { who });
    assert.equal(r.status, 422, `${who}: ${show(r)}`);
    assert.match(r.text, /id="e-who"/, who);
    assert.ok(who === '' || r.text.includes(`value="${who}"`), `${who} kept`);
  }
  for (const uid of ['999999999', 'abc']) {
    r = await post('owner', `${g.base}/invite`, { user_id: uid });
    assert.equal(r.status, 422, uid);
  }
  for (const [who, key] of [[P.member.name, 'GroupMembersAlreadyActive'], [`Bert ${T}`, 'GroupMembersAlreadyInvited']]) {
    r = await post('owner', `${g.base}/invite`, { who });
    assert.equal(r.status, 303);
    assert.equal(flash(r), key);
  }
  assert.deepEqual(state(g), before);
  assert.ok(audit(g).filter((a) => a === 'group.member_invited').length === 2);
});

test('invite by e-mail: a link that makes the new account a member; an existing account is invited; the same answer; 30 a day', async () => {
  const g = makeGroup('private', { owner: 'owner', member: 'member' });
  const email = uniqueEmail('gminv');
  let r = await post('owner', `${g.base}/invite`, { who: ` ${email.toUpperCase()} ` });
  assert.equal(r.status, 303, show(r));
  assert.equal(flash(r), 'GroupMembersMailed');
  const mail = await waitForMail(email);
  assert.ok(mail.subject.includes(`Gruppe ${g.slug}`), mail.subject);
  assert.ok(mail.body.includes(P.owner.name) && mail.body.includes(`Gruppe ${g.slug}`), mail.body);
  const tok = sql(`SELECT created_by, group_id FROM tokens WHERE email = ${lit(email)} AND kind = 'invite'`);
  assert.deepEqual(tok, [[String(P.owner.id), String(g.id)]]);
  // Accepting: the account and the membership in one go.
  const path = linkPath(mail, '/invite/');
  const c = new Client();
  const pw = newPassword();
  // The page of the link says which group it leads into, and who invited.
  const page = mainText((await c.get(path)).text);
  assert.ok(page.includes(`Gruppe ${g.slug}`) && page.includes(P.owner.name), page);
  r = await c.submit(path, path, { name: `Neu ${T}`, password: pw, password2: pw });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/g/${g.slug}`);
  const nid = userId(email);
  assert.deepEqual(sql(`SELECT role, state, invited_by FROM group_members WHERE group_id = ${g.id} AND user_id = ${nid}`), [['member', 'active', String(P.owner.id)]]);
  assert.equal(Number(sql(`SELECT member_count FROM \`groups\` WHERE id = ${g.id}`)[0][0]), 3);
  assert.equal((await c.get(`/g/${g.slug}`)).status, 200);

  // An address with an account: that account is invited, the same words.
  const snap = mailSnapshot();
  r = await post('owner', `${g.base}/invite`, { who: P.anna1.email });
  assert.equal(r.status, 303);
  assert.equal(flash(r), 'GroupMembersMailed');
  assert.equal(state(g).anna1, 'member:invited');
  // Already a member, by address: the same words, nothing changed.
  r = await post('owner', `${g.base}/invite`, { who: P.member.email });
  assert.equal(flash(r), 'GroupMembersMailed');
  assert.equal(state(g).member, 'member:active');
  // The account gets no invitation link, only the notification of its
  // invitation that kp-mailer sends as the member chose (notify_mail.c).
  const mails = await mailsSince(P.anna1.email, snap, 1500);
  assert.ok(mails.length <= 1, 'at most the notification');
  for (const m of mails) {
    assert.ok(m.headers['list-unsubscribe'], 'a notification mail');
    assert.doesNotMatch(m.body, /\/invite\//, 'no invitation link to an existing account');
  }

  // An invitation into a group that is archived by the time it is
  // accepted: the account alone.
  const a = makeGroup('open', { owner: 'owner' });
  const e2 = uniqueEmail('gminv');
  await post('owner', `${a.base}/invite`, { who: e2 });
  const m2 = await waitForMail(e2);
  sql(`UPDATE \`groups\` SET archived_at = NOW() WHERE id = ${a.id}`);
  const c2 = new Client();
  const p2 = linkPath(m2, '/invite/');
  assert.ok(!mainText((await c2.get(p2)).text).includes(`Gruppe ${a.slug}`), 'an archived group is not offered');
  r = await c2.submit(p2, p2, { name: `Neu2 ${T}`, password: pw, password2: pw });
  assert.equal(r.status, 303);
  assert.equal(r.location, '/');
  assert.deepEqual(sql(`SELECT COUNT(*) FROM group_members WHERE user_id = ${userId(e2)}`), [['0']]);

  // 30 a day per inviter: the 31st is refused, nothing sent.
  const inviter = P.moderator;
  const m = makeGroup('open', { moderator: 'moderator' });
  sql(`INSERT INTO tokens (token_hash, kind, email, created_by, created_at, expires_at)
       SELECT UNHEX(SHA2(CONCAT(${lit(T)}, seq), 256)), 'invite', CONCAT('x', seq, ${lit(`-${T}@example.org`)}), ${inviter.id}, NOW() - INTERVAL 1 HOUR, NOW() + INTERVAL 1 DAY
       FROM seq_1_to_30`);
  const e3 = uniqueEmail('gmlimit');
  r = await post('moderator', `${m.base}/invite`, { who: e3 });
  assert.equal(r.status, 303);
  assert.equal(flash(r), 'GroupMembersMailLimit');
  assert.deepEqual(sql(`SELECT COUNT(*) FROM tokens WHERE email = ${lit(e3)}`), [['0']]);
});

// ---- after the review (issue 5): invitations, locks, repeats, notes ----

/** The stack's DB setting key (as directory-lib reads it). */
function dbSetting(key) {
  const b = /^DB\s*\{([\s\S]*?)^\}/m.exec(readFileSync(CONFIG, 'utf8'));
  const m = new RegExp(`^\\s*${key}\\s*=\\s*(.*?)\\s*$`, 'm').exec(b[1]);
  return m ? m[1] : '';
}

/**
 * Holds the group's row locked for ms, then runs then (SQL) in the same
 * transaction and commits: requests sent meanwhile pass their access check
 * and wait at the lock, and see what then changed. Resolves once the lock
 * is held, to { done }: a promise of the end.
 */
async function holdGroup(g, then = '', ms = 1200) {
  const child = spawn('mariadb', ['--no-defaults', `--socket=${dbSetting('Socket')}`, `-u${dbSetting('User')}`, dbSetting('Name')], {
    env: { ...process.env, MYSQL_PWD: dbSetting('Password') },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const done = new Promise((resolve) => child.on('exit', resolve));
  child.stdin.end(`BEGIN; SELECT id FROM \`groups\` WHERE id = ${g.id} FOR UPDATE; DO SLEEP(${ms / 1000}); ${then}; COMMIT;`);
  await sleep(300);
  return { done };
}

test('e-mail invitations are listed by address for managers and can be withdrawn; a link from a manager no more adds nobody', async () => {
  const g = makeGroup('closed', { owner: 'owner', other: 'moderator', member: 'member' });
  const email = uniqueEmail('gmwd');
  let r = await post('other', `${g.base}/invite`, { who: email });
  assert.equal(flash(r), 'GroupMembersMailed');
  const mail = await waitForMail(email);
  const [[tid]] = sql(`SELECT id FROM tokens WHERE email = ${lit(email)}`);
  const page = await P.owner.client.get(g.base);
  assert.ok(mainText(page.text).includes(email), 'the address is listed');
  assert.ok(page.text.includes(`&lt;b&gt;Mia&lt;/b&gt; ${T}`), 'with who invited');
  assert.match(page.text, new RegExp(`action="/g/${g.slug}/members/mail/${tid}/withdraw"`));
  // Not for a plain member.
  assert.ok(!(await P.member.client.get(g.base)).text.includes(email));
  // Another group's manager: not their link.
  const other = makeGroup('open', { owner: 'owner' });
  assert.equal((await post('owner', `${other.base}/mail/${tid}/withdraw`)).status, 404);
  assert.equal((await post('member', `${g.base}/mail/${tid}/withdraw`)).status, 403);
  r = await post('owner', `${g.base}/mail/${tid}/withdraw`);
  assert.equal(r.status, 303, show(r));
  assert.equal(flash(r), 'GroupMembersWithdrawn');
  assert.notEqual(sql(`SELECT used_at FROM tokens WHERE id = ${tid}`)[0][0], null);
  assert.ok(!mainText((await P.owner.client.get(g.base)).text).includes(email), 'gone from the list');
  assert.equal((await post('owner', `${g.base}/mail/${tid}/withdraw`)).status, 404, 'used: 404');
  assert.equal((await new Client().get(linkPath(mail, '/invite/'))).status, 404, 'the link is dead');
  assert.ok(audit(g).includes('group.invitation_withdrawn'));

  // The inviter is no manager any more when the link is used: the account
  // alone, no membership.
  const e2 = uniqueEmail('gmwd');
  await post('other', `${g.base}/invite`, { who: e2 });
  const m2 = await waitForMail(e2);
  sql(`UPDATE group_members SET role = 'member' WHERE group_id = ${g.id} AND user_id = ${P.other.id}`);
  const c = new Client();
  const p2 = linkPath(m2, '/invite/');
  assert.ok(!mainText((await c.get(p2)).text).includes(`Gruppe ${g.slug}`), 'the group is not offered');
  const pw = newPassword();
  r = await c.submit(p2, p2, { name: `Neu3 ${T}`, password: pw, password2: pw });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, '/');
  assert.deepEqual(sql(`SELECT COUNT(*) FROM group_members WHERE user_id = ${userId(e2)}`), [['0']]);
});

test('an e-mail invitation of an existing account shows the address, never the account; every one counts toward 30 a day', async () => {
  const g = makeGroup('open', { owner2: 'owner', member: 'member' });
  let r = await post('owner2', `${g.base}/invite`, { who: P.anna2.email.toUpperCase() });
  assert.equal(flash(r), 'GroupMembersMailed');
  assert.equal(state(g).anna2, 'member:invited');
  assert.deepEqual(sql(`SELECT invited_email FROM group_members WHERE group_id = ${g.id} AND user_id = ${P.anna2.id}`), [[P.anna2.email.toLowerCase()]]);
  assert.deepEqual(notes(g, 'group_invite'), ['anna2<-owner2']);
  const page = await P.owner2.client.get(g.base);
  const text = mainText(page.text);
  assert.ok(text.includes(P.anna2.email.toLowerCase()), 'listed by the address');
  assert.ok(!text.includes(`Anna ${T} Zwei`) && !page.text.includes(`/people/${P.anna2.id}`) && !page.text.includes(`/members/${P.anna2.id}/`), 'never by the account');
  // Withdrawn by the address: the row and its note go.
  r = await post('owner2', `${g.base}/mail/0/withdraw`, { email: P.anna2.email.toLowerCase() });
  assert.equal(r.status, 303, show(r));
  assert.equal(state(g).anna2, undefined);
  assert.deepEqual(notes(g, 'group_invite'), []);
  assert.equal((await post('owner2', `${g.base}/mail/0/withdraw`, { email: P.anna2.email.toLowerCase() })).status, 404);
  // Accepted: a member like any other, by name from then on.
  await post('owner2', `${g.base}/invite`, { who: P.anna2.email });
  assert.equal((await post('anna2', `${g.base}/accept`)).status, 303);
  assert.deepEqual(sql(`SELECT state FROM group_members WHERE group_id = ${g.id} AND user_id = ${P.anna2.id}`), [['active']]);
  assert.ok(textOf((await P.owner2.client.get(g.base)).text).includes(`Anna ${T} Zwei`), 'a member by name');

  // The count: 27 links + the invitation of anna2 above (withdrawn, still
  // sent) + the one accepted + one to a member (nothing happens, counted)
  // = 30: the next is refused.
  const before = Number(sql(`SELECT COUNT(*) FROM tokens WHERE created_by = ${P.owner2.id}`)[0][0]);
  assert.equal(before, 0);
  r = await post('owner2', `${g.base}/invite`, { who: P.member.email });
  assert.equal(flash(r), 'GroupMembersMailed');
  sql(`INSERT INTO tokens (token_hash, kind, email, created_by, created_at, expires_at)
       SELECT UNHEX(SHA2(CONCAT(${lit(T)}, 'o2', seq), 256)), 'invite', CONCAT('y', seq, ${lit(`-${T}@example.org`)}), ${P.owner2.id}, NOW() - INTERVAL 1 HOUR, NOW() + INTERVAL 1 DAY
       FROM seq_1_to_27`);
  // The withdrawn row is gone, so only the accepted one and the member's
  // count besides the links: 27 + 1 + 1 = 29, one more is allowed.
  r = await post('owner2', `${g.base}/invite`, { who: uniqueEmail('gmlim') });
  assert.equal(flash(r), 'GroupMembersMailed');
  r = await post('owner2', `${g.base}/invite`, { who: P.bert.email });
  assert.equal(flash(r), 'GroupMembersMailLimit');
  assert.equal(state(g).bert, undefined);
});

test('rights, visibility and state are read again under the lock; a second click is done, not an error', async () => {
  // A moderator demoted while their approval waits: 403, nothing changed.
  const g = makeGroup('closed', { owner: 'owner', moderator: 'moderator', anna1: 'member:requested' });
  const before = state(g);
  let held = await holdGroup(g, `UPDATE group_members SET role = 'member' WHERE group_id = ${g.id} AND user_id = ${P.moderator.id}`);
  let r = await post('moderator', `${g.base}/${P.anna1.id}/approve`);
  await held.done;
  assert.equal(r.status, 403, show(r));
  assert.deepEqual(state(g), { ...before, moderator: 'member:active' });
  // An owner removed while their settings wait: 403.
  const s = makeGroup('open', { owner: 'owner', owner2: 'owner' });
  held = await holdGroup(s, `DELETE FROM group_members WHERE group_id = ${s.id} AND user_id = ${P.owner.id}`);
  r = await post('owner', `/g/${s.slug}/settings`, { name: 'Neuer Name', description: '', visibility: 'open' });
  await held.done;
  assert.equal(r.status, 403, show(r));
  assert.equal(sql(`SELECT name FROM \`groups\` WHERE id = ${s.id}`)[0][0], `Gruppe ${s.slug}`);
  held = await holdGroup(s, `UPDATE group_members SET role = 'member' WHERE group_id = ${s.id} AND user_id = ${P.owner2.id}`);
  r = await post('owner2', `/g/${s.slug}/settings/archive`);
  await held.done;
  assert.equal(r.status, 403, show(r));
  assert.equal(sql(`SELECT archived_at FROM \`groups\` WHERE id = ${s.id}`)[0][0], null);

  // Joining while the group turns closed: 403, no row.
  const o = makeGroup('open', { owner: 'owner' });
  held = await holdGroup(o, `UPDATE \`groups\` SET visibility = 'closed' WHERE id = ${o.id}`);
  r = await post('outsider', `${o.base}/join`);
  await held.done;
  assert.equal(r.status, 403, show(r));
  assert.equal(state(o).outsider, undefined);
  // Asking to join while the group turns open: 403, no row.
  const c = makeGroup('closed', { owner: 'owner' });
  held = await holdGroup(c, `UPDATE \`groups\` SET visibility = 'open' WHERE id = ${c.id}`);
  r = await post('outsider', `${c.base}/request`);
  await held.done;
  assert.equal(r.status, 403, show(r));
  assert.equal(state(c).outsider, undefined);

  // Two clicks on "join" that both pass the check: both done.
  const j = makeGroup('open', { owner: 'owner' });
  held = await holdGroup(j);
  const [a, b] = await Promise.all([post('outsider', `${j.base}/join`), post('outsider', `${j.base}/join`)]);
  await held.done;
  assert.deepEqual([a.status, b.status, flash(a), flash(b)], [303, 303, 'GroupMembersJoined', 'GroupMembersJoined']);
  assert.equal(state(j).outsider, 'member:active');
  // A manager's second click: the same answer, nothing changed again.
  const m = makeGroup('closed', { owner: 'owner', anna1: 'member:requested', bert: 'member:requested', member: 'member' });
  for (const [path, fields, key] of [
    [`${P.anna1.id}/approve`, {}, 'GroupMembersApproved'],
    [`${P.bert.id}/refuse`, {}, 'GroupMembersRefused'],
    [`${P.member.id}/role`, { role: 'moderator' }, 'GroupMembersRoleChanged'],
    [`${P.anna1.id}/remove`, {}, 'GroupMembersRemoved'],
  ]) {
    r = await post('owner', `${m.base}/${path}`, fields);
    assert.equal(flash(r), key, path);
    const after = state(m);
    const auditN = audit(m).length;
    r = await post('owner', `${m.base}/${path}`, fields);
    assert.equal(r.status, 303, `${path} again: ${show(r)}`);
    assert.equal(flash(r), key, `${path} again`);
    assert.deepEqual(state(m), after);
    assert.equal(audit(m).length, auditN, 'no second audit entry');
  }
});

test('owners and the count are the accounts that can sign in; notes follow what they are about', async () => {
  // The other owner's account is suspended: the owner is the last one.
  const g = makeGroup('open', { owner: 'owner', other: 'owner', member: 'member' });
  const sus = await inviteUsers(1, { name: `Gesperrt ${T}` });
  const sid = userId(sus[0].email);
  sql(`UPDATE group_members SET user_id = ${sid} WHERE group_id = ${g.id} AND user_id = ${P.other.id};
       UPDATE users SET status = 'suspended' WHERE id = ${sid}`);
  let r = await post('owner', `${g.base}/leave`);
  assert.equal(flash(r), 'GroupMembersLastOwner');
  r = await post('owner', `${g.base}/${P.owner.id}/role`, { role: 'member' });
  assert.equal(flash(r), 'GroupMembersLastOwner');
  // A recount leaves the suspended account out.
  r = await post('outsider', `${g.base}/join`);
  assert.equal(r.status, 303);
  assert.equal(Number(sql(`SELECT member_count FROM \`groups\` WHERE id = ${g.id}`)[0][0]), 3, 'owner, member, outsider');

  // A request decided: the other managers' notes about it go; a removed
  // member is told.
  const c = makeGroup('closed', { owner: 'owner', moderator: 'moderator', member: 'member' });
  await post('anna1', `${c.base}/request`);
  await post('bert', `${c.base}/request`);
  assert.equal(notes(c, 'group_request').length, 4);
  await post('moderator', `${c.base}/${P.anna1.id}/approve`);
  await post('owner', `${c.base}/${P.bert.id}/refuse`);
  assert.deepEqual(notes(c, 'group_request'), []);
  await post('owner', `${c.base}/${P.member.id}/remove`);
  assert.deepEqual(notes(c, 'group_removed'), ['member<-owner']);
  // Invitations withdrawn or declined: their notes go.
  await post('owner', `${c.base}/invite`, { who: `Bert ${T}` });
  await post('owner', `${c.base}/invite`, { who: P.other.email });
  assert.equal(notes(c, 'group_invite').length, 2);
  await post('owner', `${c.base}/${P.bert.id}/withdraw`);
  await post('other', `${c.base}/decline`);
  assert.deepEqual(notes(c, 'group_invite'), []);

  // A closed group that opens: its requests and their notes go.
  const v = makeGroup('closed', { owner: 'owner', moderator: 'moderator' });
  await post('anna2', `${v.base}/request`);
  assert.equal(notes(v, 'group_request').length, 2);
  r = await post('owner', `/g/${v.slug}/settings`, { name: `Gruppe ${v.slug}`, description: '', visibility: 'open' });
  assert.equal(r.status, 303, show(r));
  assert.equal(state(v).anna2, undefined);
  assert.deepEqual(notes(v, 'group_request'), []);
});

test('the members page: the hint about removing next to the remove buttons; the invite field says its limit', async () => {
  const g = makeGroup('open', { owner: 'owner', member: 'member' });
  const hint = 'sieht die Inhalte einer geschlossenen oder privaten Gruppe nicht mehr';
  const own = await P.owner.client.get(g.base);
  const at = own.text.indexOf(hint);
  assert.ok(at > 0 && at < own.text.indexOf(`/members/${P.member.id}/remove"`), 'the hint before the remove buttons');
  assert.match(own.text, /<input id="f-who" name="who" type="text"[^>]* maxlength="250"/);
  assert.ok(!(await P.member.client.get(g.base)).text.includes(hint), 'not for who removes nobody');
});
