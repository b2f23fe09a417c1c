// The admin pages' users (issue 8): pending registrations approved or
// rejected (with a mail each), search and filter, CSV, one user's page,
// site role, suspension (every session ends), a reset link, invitations
// (one address or a pasted list), deletion with anonymisation; every
// action in the audit log; members and moderators posting to every admin
// action directly get 404 and change nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, demoClient, inviteUser, linkPath, mailSnapshot, mailsSince, mainText, registerUser, show, uniqueEmail, waitForMail } from './lib.mjs';
import { adminClient, auditOf, lit, sql } from './admin-lib.mjs';
import { onceToken } from './forum-lib.mjs';

const userRow = (id) => sql(`SELECT email, name, role, status, password_hash IS NULL FROM users WHERE id = ${id}`)[0];
const idOf = (email) => Number(sql(`SELECT id FROM users WHERE email = ${lit(email)}`)[0][0]);
const sessionsOf = (id) => Number(sql(`SELECT COUNT(*) FROM sessions WHERE user_id = ${id}`)[0][0]);

/** CSV rows (RFC 4180, enough for our exports). */
function csvRows(text) {
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('admin: users', { concurrency: false }, () => {
  let admin;
  test('set-up: an admin with a verified session', async () => {
    admin = await adminClient({ name: 'Amira Koordination' });
  });

  test('a pending registration is approved: listed, mailed, can sign in, audited', async () => {
    const reg = await registerUser({ name: 'Pia Neuanmeldung', approve: false });
    const id = idOf(reg.email);
    const list = await admin.client.get('/admin/users/pending');
    assert.equal(list.status, 200);
    assert.match(list.text, new RegExp(`id="pending-${id}"`));
    assert.ok(mainText(list.text).includes(reg.email));
    assert.equal((await new Client().login(reg.email, reg.password)).status, 422, 'not yet');
    const r = await admin.client.submit('/admin/users/pending', `/admin/users/${id}/approve`);
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, '/admin/users/pending');
    const mail = await waitForMail(reg.email);
    assert.equal(mail.subject, 'Ihr Konto ist freigeschaltet');
    assert.ok(mail.body.includes('Pia Neuanmeldung'));
    await new Client().loginOk(reg.email, reg.password);
    assert.equal(userRow(id)[3], 'active');
    assert.equal(Number(sql(`SELECT approved_by FROM users WHERE id = ${id}`)[0][0]), admin.id);
    const entry = auditOf('account.approved')[0];
    assert.equal(entry.actor, admin.id);
    assert.equal(entry.target, id);
    // Twice: nothing to approve any more.
    const again = await admin.client.submit('/admin/users/pending', `/admin/users/${id}/approve`);
    assert.equal(again.status, 303);
    const flash = await admin.client.get(again.location);
    assert.match(flash.text, /nicht möglich/);
  });

  test('a pending registration is rejected with a message: mailed, the account is gone', async () => {
    const reg = await registerUser({ name: 'Rolf Abgelehnt', approve: false });
    const id = idOf(reg.email);
    const r = await admin.client.submit('/admin/users/pending', `/admin/users/${id}/reject`, { message: 'Die Plattform ist für Fachkräfte im Landkreis.' });
    assert.equal(r.status, 303, show(r));
    const mail = await waitForMail(reg.email);
    assert.match(mail.subject, /Ihre Registrierung/);
    assert.ok(mail.body.includes('Die Plattform ist für Fachkräfte im Landkreis.'));
    assert.equal(sql(`SELECT COUNT(*) FROM users WHERE id = ${id}`)[0][0], '0');
    assert.equal(auditOf('account.rejected')[0].detail, reg.email);
    assert.equal((await new Client().login(reg.email, reg.password)).status, 422);
  });

  test('search and filter the users; the CSV has the same rows', async () => {
    const tag = Date.now().toString(36);
    const one = await inviteUser({ name: `Quirin Suchbar ${tag}` });
    const r = await admin.client.get(`/admin/users?q=${encodeURIComponent(`Suchbar ${tag}`)}`);
    assert.equal(r.status, 200);
    assert.match(mainText(r.text), /Gefunden: 1/);
    assert.ok(r.text.includes(one.email));
    const byMail = await admin.client.get(`/admin/users?q=${encodeURIComponent(one.email)}&status=active&role=member`);
    assert.match(mainText(byMail.text), /Gefunden: 1/);
    const none = await admin.client.get(`/admin/users?q=${encodeURIComponent(one.email)}&status=suspended`);
    assert.match(mainText(none.text), /Gefunden: 0/);
    // % and _ are taken literally.
    assert.match(mainText((await admin.client.get('/admin/users?q=%25%25%25')).text), /Gefunden: 0/);
    // The role filter against our own count.
    const admins = Number(sql("SELECT COUNT(*) FROM users WHERE role = 'admin'")[0][0]);
    assert.match(mainText((await admin.client.get('/admin/users?role=admin')).text), new RegExp(`Gefunden: ${admins}\\b`));
    const csv = await admin.client.get('/admin/users/export.csv?role=admin');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /^text\/csv/);
    assert.match(csv.headers.get('content-disposition'), /attachment/);
    const rows = csvRows(csv.text);
    assert.deepEqual(rows[0], ['id', 'name', 'email', 'role', 'status', 'language', 'registered_utc', 'last_sign_in_utc']);
    assert.equal(rows.length - 1, admins);
    assert.ok(rows.slice(1).every((row) => row[3] === 'admin'));
    assert.equal(auditOf('admin.users.export')[0].actor, admin.id);
  });

  test("one user's page: groups, organisations, last sign-in, sessions", async () => {
    const id = idOf(DEMO.member1);
    const c = await demoClient(DEMO.member1);
    const r = await admin.client.get(`/admin/users/${id}`);
    assert.equal(r.status, 200);
    const text = mainText(r.text);
    assert.ok(text.includes(DEMO.member1));
    const groups = sql(`SELECT g.name FROM group_members gm JOIN \`groups\` g ON g.id = gm.group_id WHERE gm.user_id = ${id} AND g.deleted_at IS NULL`).map((x) => x[0]);
    for (const g of groups) assert.ok(text.includes(g), `group ${g}`);
    const orgs = sql(`SELECT o.name FROM org_members om JOIN orgs o ON o.id = om.org_id WHERE om.user_id = ${id}`).map((x) => x[0]);
    for (const o of orgs) assert.ok(text.includes(o), `org ${o}`);
    assert.match(r.text, /Angemeldete Geräte/);
    assert.ok((r.text.match(/<td>127\.0\.0\.1<\/td>/g) || []).length >= 1, 'a session from here');
    assert.equal((await admin.client.get('/admin/users/999999')).status, 404);
    assert.equal((await admin.client.get('/admin/users/007')).status, 404);
    await c.logout();
  });

  test('role change: the person is signed out everywhere and gets the role; not one\'s own', async () => {
    const p = await inviteUser({ name: 'Rita Rolle' });
    const id = idOf(p.email);
    const r = await admin.client.submit(`/admin/users/${id}`, `/admin/users/${id}/role`, { role: 'moderator' });
    assert.equal(r.status, 303, show(r));
    assert.equal(userRow(id)[2], 'moderator');
    assert.equal(sessionsOf(id), 0);
    assert.equal((await p.client.get('/account')).status, 303, 'the old session is gone');
    assert.equal(auditOf('account.role')[0].detail, 'member -> moderator');
    const bad = await admin.client.submit(`/admin/users/${id}`, `/admin/users/${id}/role`, { role: 'owner' });
    assert.equal(bad.status, 400);
    const self = await admin.client.submit(`/admin/users/${admin.id}`, `/admin/users/${admin.id}/role`, { role: 'member' });
    assert.equal(self.status, 303);
    assert.equal(userRow(admin.id)[2], 'admin');
  });

  test('suspend ends every session and sign-in; unsuspend lets the person in again', async () => {
    const p = await inviteUser({ name: 'Sven Zeitweise' });
    const id = idOf(p.email);
    const second = new Client();
    await second.loginOk(p.email, p.password);
    assert.equal(sessionsOf(id), 2);
    const r = await admin.client.submit(`/admin/users/${id}`, `/admin/users/${id}/suspend`);
    assert.equal(r.status, 303, show(r));
    assert.equal(userRow(id)[3], 'suspended');
    assert.equal(sessionsOf(id), 0);
    assert.equal((await p.client.get('/account')).status, 303);
    assert.equal((await second.get('/account')).status, 303);
    assert.equal((await new Client().login(p.email, p.password)).status, 422);
    assert.equal(auditOf('account.suspended')[0].target, id);
    const u = await admin.client.submit(`/admin/users/${id}`, `/admin/users/${id}/unsuspend`);
    assert.equal(u.status, 303);
    await new Client().loginOk(p.email, p.password);
    assert.equal(auditOf('account.unsuspended')[0].target, id);
  });

  test('a password-reset link is mailed and works', async () => {
    const p = await inviteUser({ name: 'Paula Vergessen' });
    const id = idOf(p.email);
    const r = await admin.client.submit(`/admin/users/${id}`, `/admin/users/${id}/reset`);
    assert.equal(r.status, 303, show(r));
    const mail = await waitForMail(p.email);
    const path = linkPath(mail, '/password/reset/');
    assert.equal((await new Client().get(path)).status, 200);
    assert.equal(auditOf('account.reset_link')[0].target, id);
  });

  test('invite: a list with a bad address invites nobody; a good list invites each once', async () => {
    const a = uniqueEmail('liste');
    const b = uniqueEmail('liste');
    const snap = mailSnapshot();
    const bad = await admin.client.submit('/admin/users/invite', '/admin/users/invite', { emails: `${a}\nkeine-adresse\n${DEMO.member1}`, lang: 'de', once: onceToken() });
    assert.equal(bad.status, 422);
    assert.ok(mainText(bad.text).includes('keine-adresse'));
    assert.ok(mainText(bad.text).includes(DEMO.member1));
    assert.equal((await mailsSince(a, snap, 1500)).length, 0, 'nobody invited');
    const once = onceToken();
    const ok = await admin.client.submit('/admin/users/invite', '/admin/users/invite', { emails: `${a.toUpperCase()}, ${b};\n${a}`, lang: 'en', once });
    assert.equal(ok.status, 303, show(ok));
    // The same form sent again (a double click): nobody is invited twice.
    const dup = await admin.client.submit('/admin/users/invite', '/admin/users/invite', { emails: `${a}, ${b}`, lang: 'en', once });
    assert.equal(dup.status, 303);
    const noOnce = await admin.client.submit('/admin/users/invite', '/admin/users/invite', { emails: `${a}`, lang: 'en' });
    assert.equal(noOnce.status, 400);
    const ma = await waitForMail(a);
    const mb = await waitForMail(b);
    assert.match(ma.subject, /Invitation/);
    const path = linkPath(mb, '/invite/');
    assert.equal((await new Client().get(path)).status, 200);
    assert.equal((await mailsSince(a, snap, 1500)).length, 1, 'one mail per address');
    const entries = auditOf('account.invited', 5).map((e) => e.detail);
    assert.ok(entries.includes(a) && entries.includes(b));
    const empty = await admin.client.submit('/admin/users/invite', '/admin/users/invite', { emails: '  ', lang: 'de', once: onceToken() });
    assert.equal(empty.status, 422);
  });

  test('delete: anonymised, content stays attributed to "former member", cannot sign in', async () => {
    const p = await inviteUser({ name: 'Dora Geht' });
    const id = idOf(p.email);
    const no = await admin.client.submit(`/admin/users/${id}`, `/admin/users/${id}/delete`);
    assert.equal(no.status, 303);
    assert.equal(userRow(id)[3], 'active', 'not without the confirmation');
    const r = await admin.client.submit(`/admin/users/${id}`, `/admin/users/${id}/delete`, { confirm: 'yes' });
    assert.equal(r.status, 303, show(r));
    const [email, name, role, status, noHash] = userRow(id);
    assert.equal(email, `deleted-${id}@deleted.invalid`);
    assert.equal(name, 'Ehemaliges Mitglied');
    assert.equal(role, 'member');
    assert.equal(status, 'deleted');
    assert.equal(noHash, '1');
    assert.equal(sessionsOf(id), 0);
    assert.equal((await new Client().login(p.email, p.password)).status, 422);
    assert.equal(auditOf('account.deleted')[0].target, id);
    // The admin cannot delete themself.
    const self = await admin.client.submit(`/admin/users/${admin.id}`, `/admin/users/${admin.id}/delete`, { confirm: 'yes' });
    assert.equal(self.status, 303);
    assert.equal(userRow(admin.id)[3], 'active');
  });

  test('members and moderators posting to every admin action get 404; nothing changes', async () => {
    const target = await inviteUser({ name: 'Ziel Person' });
    const id = idOf(target.email);
    const reg = await registerUser({ approve: false });
    const pid = idOf(reg.email);
    const posts = [
      [`/admin/users/${pid}/approve`, {}],
      [`/admin/users/${pid}/reject`, { message: 'x' }],
      [`/admin/users/${id}/role`, { role: 'admin' }],
      [`/admin/users/${id}/suspend`, {}],
      [`/admin/users/${id}/unsuspend`, {}],
      [`/admin/users/${id}/reset`, {}],
      [`/admin/users/${id}/delete`, { confirm: 'yes' }],
      ['/admin/users/invite', { emails: uniqueEmail('nope'), lang: 'de' }],
      ['/admin/settings', { contact: '', groups_create: 'admins', registration: 'invite' }],
      ['/admin/legal/impressum', { body: 'gehackt' }],
    ];
    const state = () =>
      JSON.stringify([
        userRow(id),
        userRow(pid),
        sql('SELECT name, value FROM site_settings ORDER BY name'),
        sql('SELECT slug, body FROM legal_pages ORDER BY slug'),
        sql('SELECT COUNT(*) FROM tokens'),
        sql('SELECT COUNT(*) FROM audit_log WHERE action NOT LIKE \'account.login%\''),
      ]);
    const before = state();
    const member = await demoClient(DEMO.member1);
    const mod = await demoClient(DEMO.moderator);
    for (const who of [member, mod])
      for (const [path, fields] of posts) {
        const r = await who.submit('/account', path, fields);
        assert.equal(r.status, 404, `${path}: ${show(r)}`);
      }
    assert.equal(state(), before);
  });
});
