// Offers not confirmed for 12 months (kp-mailer's housekeeping, cgi/tools/
// kp-mailer.c): the list and the offer's page say "possibly outdated", and
// each active editor of the organisation gets one reminder, in their
// language, with a link to the offer — once per time the offer is due:
// not again on the next run, again only after it was confirmed and has
// aged once more. Nobody else gets one, deleted offers and offers of
// deleted organisations none. Several mailers at once send each reminder once.
// The offer is made older in the database (no form can do that); the
// mailer runs here with --once (the stack's own mailer does its
// housekeeping only every ten minutes).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BASE, CONFIG, DEMO, KPCTL, csrfFrom, inviteUser, kpctlOk, mailSnapshot, mailsSince, show, sleep } from './lib.mjs';
import { multipart, ownId, readable, token } from './people-lib.mjs';

const MAILER = join(dirname(KPCTL), 'kp-mailer');

// ------------------------------------------------------------ database ----

const DB = (() => {
  const block = /^DB\s*\{([\s\S]*?)^\}/m.exec(readFileSync(CONFIG, 'utf8'))[1];
  const get = (k) => (new RegExp(`^\\s*${k}\\s*=[ \\t]*(.*?)\\s*$`, 'm').exec(block) || [])[1] || '';
  return { socket: get('Socket'), user: get('User'), password: get('Password'), name: get('Name') };
})();

/** The first cell of a statement run as the application's user. Only
 * numbers this file chose go into the SQL text. */
function db(sql) {
  return execFileSync(
    'mariadb',
    ['--no-defaults', `--socket=${DB.socket}`, `-u${DB.user}`, DB.name, '--batch', '--skip-column-names', '-e', sql],
    { env: { ...process.env, MYSQL_PWD: DB.password }, encoding: 'utf8', timeout: 20000 },
  ).split('\n')[0];
}
/** Moves an offer's last confirmation back, as if time had passed. */
const age = (id, interval) => db(`UPDATE offers SET checked_on = UTC_DATE() - INTERVAL ${interval} WHERE id = ${Number(id)}`);
const remindedAt = (id) => db(`SELECT IFNULL(reminded_at, 'NULL') FROM offers WHERE id = ${Number(id)}`);
const dueCount = () =>
  Number(
    db(
      'SELECT COUNT(*) FROM offers f JOIN orgs o ON o.id = f.org_id WHERE f.deleted_at IS NULL AND o.deleted_at IS NULL' +
        ' AND f.checked_on < CURDATE() - INTERVAL 12 MONTH' +
        ' AND (f.reminded_at IS NULL OR f.reminded_at < f.checked_on + INTERVAL 12 MONTH)',
    ),
  );

// --------------------------------------------------------------- mailer ----

function mailerOnce() {
  const r = spawnSync(MAILER, ['--config', CONFIG, '--once'], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, `kp-mailer --once: ${r.stderr}`);
  return r.stderr;
}

function mailerAsync() {
  return new Promise((resolve, reject) => {
    const p = spawn(MAILER, ['--config', CONFIG, '--once'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, err }));
  });
}

/** The reminder mails to each person since snapshot (after the queue had a
 * moment: the stack's own mailer sends every second too). */
async function remindersSince(snapshot, people, ms = 1500) {
  await sleep(ms);
  const out = new Map();
  for (const p of people) out.set(p, (await mailsSince(p.email, snapshot)).filter((m) => /\/orgs\/\d+\/offers\/\d+/.test(m.body)));
  return out;
}

// -------------------------------------------------------------- helpers ----

function pairs(fields) {
  const out = [];
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) out.push([k, String(x)]);
    else out.push([k, String(v)]);
  }
  return out;
}

async function post(client, path, fields = {}) {
  return client.post(path, [['csrf', await client.csrf('/account')], ...pairs(fields)]);
}

async function newOrg(client, name) {
  const form = await client.get('/orgs/new');
  assert.equal(form.status, 200, show(form));
  const sel = /<select\b[^>]*\bname="type"[^>]*>([\s\S]*?)<\/select>/.exec(form.text)[1];
  const type = [...sel.matchAll(/<option value="(\d+)"/g)][0][1];
  const { body, contentType } = multipart([
    ['csrf', csrfFrom(form.text)],
    ['name', name],
    ['type', type],
  ]);
  const r = await client.request('POST', '/orgs/new', { body, contentType });
  assert.equal(r.status, 303, `creating ${name}: ${show(r)}`);
  return Number(/^\/orgs\/(\d+)$/.exec(r.location)[1]);
}

async function link(editor, org, userId, asEditor) {
  const r = await post(editor, `/orgs/${org}/members/add`, { user: userId });
  assert.equal(r.status, 303, show(r));
  if (asEditor) {
    const s = await post(editor, `/orgs/${org}/members`, { [`position_${userId}`]: 2, [`editor_${userId}`]: 1 });
    assert.equal(s.status, 303, show(s));
  }
}

let FIELD;
async function createOffer(client, org, title) {
  const r = await post(client, `/orgs/${org}/offers/new`, { title, field: FIELD });
  assert.equal(r.status, 303, show(r));
  return Number(new RegExp(`^/orgs/${org}/offers/(\\d+)$`).exec(r.location)[1]);
}

/** Whether the offer's page and its line in the list say "possibly outdated". */
async function outdatedShown(client, org, id, title) {
  const page = await client.get(`/orgs/${org}/offers/${id}`);
  assert.equal(page.status, 200, show(page));
  const onPage = /class="[^"]*\boffer-outdated\b/.test(page.text);
  const l = await client.get(`/orgs/offers?q=${encodeURIComponent(title)}`);
  assert.equal(l.status, 200);
  const li = [...l.text.matchAll(/<li class="person offer">([\s\S]*?)<\/li>/g)].map((m) => m[1]).find((x) => x.includes(`/offers/${id}"`));
  assert.ok(li, `the offer is in the list: ${title}`);
  const inList = /class="offer-outdated"/.test(li);
  assert.equal(onPage, inList, 'page and list agree');
  const filtered = await client.get(`/orgs/offers?outdated=1&q=${encodeURIComponent(title)}`);
  const inFilter = filtered.text.includes(`/orgs/${org}/offers/${id}"`);
  assert.equal(inFilter, onPage, 'the "outdated only" filter agrees');
  return onPage;
}

// ---------------------------------------------------------------- setup ----

const tok = token();
let E1, E2, S, L, X; // editors (de, en), an editor suspended later, a linked member, an outsider
let ORG;

before(async () => {
  const people = await Promise.all([
    inviteUser({ name: `Erika Erinnerung ${tok}` }),
    inviteUser({ name: `Edward Reminder ${tok}` }),
    inviteUser({ name: `Selma Gesperrt ${tok}` }),
    inviteUser({ name: `Lutz Verbunden ${tok}` }),
    inviteUser({ name: `Xaver Außen ${tok}` }),
  ]);
  [E1, E2, S, L, X] = people;
  for (const u of people) u.id = await ownId(u.client);
  // E2 reads English (the language of pages and mails, under "Mein Konto").
  const en = await post(E2.client, '/account/profile', { name: E2.name, lang: 'en' });
  assert.equal(en.status, 303, show(en));
  ORG = await newOrg(E1.client, `Erinnerungsverein ${tok}`);
  await link(E1.client, ORG, E2.id, true);
  await link(E1.client, ORG, S.id, true);
  await link(E1.client, ORG, L.id, false);
  kpctlOk('user', 'suspend', S.email);
  const form = await E1.client.get(`/orgs/${ORG}/offers/new`);
  FIELD = /<select\b[^>]*\bname="field"[^>]*>[\s\S]*?<option value="(\d+)"/.exec(form.text)[1];
  // Offers other tests made old are reminded now, so that each run below
  // has only this file's offers to do.
  for (let i = 0; i < 10 && dueCount() > 0; i++) mailerOnce();
  assert.equal(dueCount(), 0, 'no offer left due before the tests');
});

test('an offer 12 months unconfirmed: marked outdated; exactly one reminder per active editor, in their language, with the link; none for anyone else; none on the next run', async () => {
  const title = `Deutschkurs ${tok}`;
  const id = await createOffer(E1.client, ORG, title);
  const everyone = [E1, E2, S, L, X];
  // Fresh: not outdated, nothing to remind.
  assert.equal(await outdatedShown(X.client, ORG, id, title), false);
  let snap = mailSnapshot();
  mailerOnce();
  for (const [p, m] of await remindersSince(snap, everyone, 500)) assert.equal(m.length, 0, `no reminder to ${p.name} for a fresh offer`);
  assert.equal(remindedAt(id), 'NULL');
  // Eleven months: still current.
  age(id, '11 MONTH');
  assert.equal(await outdatedShown(X.client, ORG, id, title), false);
  mailerOnce();
  assert.equal(remindedAt(id), 'NULL', 'not due after 11 months');

  // (The snapshot comes first: the stack's own mailer may be the one that
  // sends, any time after the offer is due.)
  snap = mailSnapshot();
  age(id, '12 MONTH - INTERVAL 1 DAY');
  assert.equal(await outdatedShown(X.client, ORG, id, title), true, 'after 12 months the list and the page say so');
  const page = await X.client.get(`/orgs/${ORG}/offers/${id}`);
  assert.ok(readable(page.text).includes('Möglicherweise veraltet'));
  mailerOnce();
  const got = await remindersSince(snap, everyone);
  const link = `${BASE}/orgs/${ORG}/offers/${id}`;
  assert.equal(got.get(E1).length, 1, 'one reminder to the first editor');
  assert.equal(got.get(E2).length, 1, 'one reminder to the second editor');
  for (const p of [S, L, X]) assert.equal(got.get(p).length, 0, `no reminder to ${p.name}`);
  const [de] = got.get(E1);
  assert.equal(de.subject, 'Bitte prüfen Sie ein Angebot Ihrer Organisation');
  assert.ok(de.body.includes(`Guten Tag ${E1.name},`));
  assert.ok(de.body.includes(title), 'the offer is named');
  assert.ok(de.body.split('\n').includes(link), `the link to the offer: ${de.body}`);
  const [en] = got.get(E2);
  assert.equal(en.subject, 'Please check an offer of your organisation');
  assert.ok(en.body.includes(`Hello ${E2.name},`));
  assert.ok(en.body.split('\n').includes(link));
  assert.notEqual(remindedAt(id), 'NULL');
  // Following the link: the offer with the confirm button for the editor.
  const opened = await E2.client.get(new URL(link).pathname);
  assert.equal(opened.status, 200);
  assert.match(opened.text, new RegExp(`action="/orgs/${ORG}/offers/${id}/confirm"`));
  // The reminder does not confirm anything.
  assert.equal(await outdatedShown(X.client, ORG, id, title), true);
  // The next runs: nothing more, even when it gets older still.
  snap = mailSnapshot();
  mailerOnce();
  age(id, '20 MONTH');
  mailerOnce();
  for (const [p, m] of await remindersSince(snap, everyone)) assert.equal(m.length, 0, `no second reminder to ${p.name}`);

  // Confirmed: current again, no reminder; aged again: one new reminder each.
  const c = await post(E1.client, `/orgs/${ORG}/offers/${id}/confirm`);
  assert.equal(c.status, 303, show(c));
  assert.equal(remindedAt(id), 'NULL');
  assert.equal(await outdatedShown(X.client, ORG, id, title), false, 'no longer marked after the confirmation');
  snap = mailSnapshot();
  mailerOnce();
  for (const [p, m] of await remindersSince(snap, everyone, 500)) assert.equal(m.length, 0, `nothing due right after confirming (${p.name})`);
  age(id, '13 MONTH');
  assert.equal(await outdatedShown(X.client, ORG, id, title), true);
  mailerOnce();
  const again = await remindersSince(snap, everyone);
  assert.equal(again.get(E1).length, 1, 'a new reminder after aging again');
  assert.equal(again.get(E2).length, 1);
  for (const p of [S, L, X]) assert.equal(again.get(p).length, 0);
  assert.ok(again.get(E1)[0].body.split('\n').includes(link));

  // Saving the form counts as confirming too.
  const e = await post(E2.client, `/orgs/${ORG}/offers/${id}/edit`, { title, field: FIELD });
  assert.equal(e.status, 303, show(e));
  assert.equal(remindedAt(id), 'NULL');
  assert.equal(await outdatedShown(X.client, ORG, id, title), false);
});

test('deleted offers, offers of deleted organisations and organisations without active editors: no reminder mails', async () => {
  const everyone = [E1, E2, S, L, X];
  const snap = mailSnapshot();
  const gone = await createOffer(E1.client, ORG, `Gelöscht ${tok}`);
  assert.equal((await post(E1.client, `/orgs/${ORG}/offers/${gone}/delete`)).status, 303);
  age(gone, '13 MONTH');
  const D = await newOrg(E1.client, `Aufgelöst ${tok}`);
  await link(E1.client, D, E2.id, true);
  const orphan = await createOffer(E1.client, D, `Verwaist ${tok}`);
  age(orphan, '13 MONTH');
  db(`UPDATE orgs SET deleted_at = NOW() WHERE id = ${D}`);
  // An organisation whose only editor is suspended: reminded (marked), but
  // to nobody.
  const lone = await inviteUser({ name: `Olga Allein ${tok}` });
  const O = await newOrg(lone.client, `Allein ${tok}`);
  const quiet = await createOffer(lone.client, O, `Niemand da ${tok}`);
  age(quiet, '13 MONTH');
  kpctlOk('user', 'suspend', lone.email);
  mailerOnce();
  for (const [p, m] of await remindersSince(snap, [...everyone, lone])) assert.equal(m.length, 0, `no reminder to ${p.name}`);
  assert.equal(remindedAt(gone), 'NULL', 'a deleted offer is left alone');
  assert.equal(remindedAt(orphan), 'NULL', 'an offer of a deleted organisation is left alone');
  assert.notEqual(remindedAt(quiet), 'NULL', 'done, with nobody to tell');
  // Admins who are not linked get nothing either.
  assert.equal((await mailsSince(DEMO.admin, snap)).filter((m) => m.body.includes(`/orgs/${O}/`)).length, 0);
});

test('several mailers at once: each reminder is sent once', async () => {
  const ids = [];
  for (let i = 0; i < 40; i++) ids.push(await createOffer(E1.client, ORG, `Parallel ${i} ${tok}`));
  const snap = mailSnapshot();
  for (const id of ids) age(id, '13 MONTH');
  const runs = await Promise.all([mailerAsync(), mailerAsync(), mailerAsync(), mailerAsync()]);
  for (const r of runs) assert.equal(r.code, 0, r.err);
  const got = await remindersSince(snap, [E1, E2, L]);
  for (const p of [E1, E2]) {
    const per = ids.map((id) => got.get(p).filter((m) => m.body.includes(`/orgs/${ORG}/offers/${id}\n`)).length);
    assert.deepEqual(per, ids.map(() => 1), `${p.name}: one mail per offer`);
  }
  assert.equal(got.get(L).length, 0);
  const logs = runs.map((r) => r.err).join('');
  // (The stack's own mailer may have taken one: at most one of ours did.)
  for (const id of ids) assert.ok(logs.split(`offer ${id} not confirmed`).length - 1 <= 1, `offer ${id} claimed by one mailer`);
});
