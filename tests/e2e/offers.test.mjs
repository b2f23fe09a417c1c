// Offers of organisations (cgi/people/offer_*.c): the members' list with its
// search, filters, sorting and pager; an offer's page with its contact
// person (only while active and linked to the organisation, with what the
// person's profile shows); creating, editing, confirming and deleting,
// each only by the organisation's editors (and site admins). Every route:
// the happy path, bad input (a message at the field, 422, the input kept,
// nothing saved), access (signed out, a member who is no editor by direct
// POST, an offer of another organisation in the URL, deleted offers and
// organisations) and CSRF. Organisations are created through the real
// form (/orgs/new) by fresh members; the database is touched only for what
// no form does: making an offer older, deleting an organisation, reading
// what was stored.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CONFIG, Client, DEMO, ORIGIN, csrfFrom, demoClient, inviteUser, kpctlOk, normalisePage, show, textOf } from './lib.mjs';
import { decodeEntities, fieldError, langText, multipart, ownId, postProfile, readable, token } from './people-lib.mjs';

// ------------------------------------------------------------ database ----

const DB = (() => {
  const block = /^DB\s*\{([\s\S]*?)^\}/m.exec(readFileSync(CONFIG, 'utf8'))[1];
  const get = (k) => (new RegExp(`^\\s*${k}\\s*=[ \\t]*(.*?)\\s*$`, 'm').exec(block) || [])[1] || '';
  return { socket: get('Socket'), user: get('User'), password: get('Password'), name: get('Name') };
})();

/** Rows of a statement run as the application's user (tab-separated text;
 * NULL as "NULL"). Only numbers this file chose go into the SQL text. */
function db(sql) {
  const out = execFileSync(
    'mariadb',
    ['--no-defaults', `--socket=${DB.socket}`, `-u${DB.user}`, DB.name, '--batch', '--skip-column-names', '-e', sql],
    { env: { ...process.env, MYSQL_PWD: DB.password }, encoding: 'utf8', timeout: 20000 },
  );
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
}
const one = (sql) => db(sql)[0]?.[0];

// ------------------------------------------------------------- strings ----

const offerStrings = new Map();
/** Lang.KEY of the offers' language file (templates/lang/LANG/offers.hdf). */
function offerText(key, lang = 'de') {
  if (!offerStrings.has(lang)) {
    const map = new Map();
    const path = [];
    let heredoc = null;
    const file = new URL(`../../templates/lang/${lang}/offers.hdf`, import.meta.url);
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      const line = raw.trim();
      if (heredoc) {
        if (line === heredoc) heredoc = null;
        continue;
      }
      let m;
      if (!line || line.startsWith('#')) continue;
      if ((m = /^([\w.]+)\s*\{$/.exec(line))) path.push(m[1]);
      else if (line === '}') path.pop();
      else if ((m = /^([\w.]+)\s*<<\s*(\w+)$/.exec(line))) heredoc = m[2];
      else if ((m = /^([\w.]+)\s*=\s*(.*)$/.exec(line))) map.set([...path, m[1]].join('.'), m[2]);
    }
    offerStrings.set(lang, map);
  }
  const v = offerStrings.get(lang).get(`Lang.${key}`);
  if (v === undefined) throw new Error(`no Lang.${key} in ${lang}/offers.hdf`);
  return v;
}

// --------------------------------------------------------------- pages ----

/** The options of <select name=NAME>: [{value, text, selected}]. */
function options(html, name) {
  const m = new RegExp(`<select\\b[^>]*\\bname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  if (!m) return [];
  return [...m[1].matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)].map((o) => ({
    value: decodeEntities(/\bvalue="([^"]*)"/.exec(o[1])[1]),
    text: decodeEntities(textOf(o[2])),
    selected: /\bselected\b/.test(o[1]),
  }));
}

/** The inputs named NAME (checkboxes, radios): [{value, checked}]. */
function boxes(html, name) {
  return [...html.matchAll(new RegExp(`<input\\b[^>]*\\bname="${name}"[^>]*>`, 'g'))].map((m) => ({
    value: decodeEntities(/\bvalue="([^"]*)"/.exec(m[0])[1]),
    checked: /\bchecked\b/.test(m[0]),
  }));
}

/** The offer form read back: what a browser would send. */
function parseForm(html) {
  const input = (name) => {
    const m = new RegExp(`<input\\b[^>]*\\bname="${name}"[^>]*>`).exec(html);
    if (!m) return undefined;
    const v = /\bvalue="([^"]*)"/.exec(m[0]);
    return v ? decodeEntities(v[1]) : '';
  };
  const chosen = (name) => (options(html, name).find((o) => o.selected) || { value: '' }).value;
  const ta = /<textarea\b[^>]*\bname="description"[^>]*>\n?([\s\S]*?)<\/textarea>/.exec(html);
  const pub = boxes(html, 'public')[0];
  return {
    title: input('title'),
    description: ta ? decodeEntities(ta[1]) : undefined,
    field: chosen('field'),
    target: boxes(html, 'target').filter((b) => b.checked).map((b) => b.value),
    language: boxes(html, 'language').filter((b) => b.checked).map((b) => b.value),
    place: input('place'),
    municipality: chosen('municipality'),
    costs: input('costs'),
    step_free: (boxes(html, 'step_free').find((b) => b.checked) || {}).value,
    accessibility: input('accessibility'),
    contact: chosen('contact'),
    contact_role: input('contact_role'),
    public: pub ? pub.checked : undefined,
  };
}

/** An offer's page read back by its structure. */
function parseOffer(html) {
  const get = (re) => {
    const m = re.exec(html);
    return m ? decodeEntities(textOf(m[1])) : null;
  };
  const section = (id) => (new RegExp(`<section\\b[^>]*aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html) || [])[1] || '';
  const details = {};
  for (const m of section('details-title').matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g))
    details[decodeEntities(textOf(m[1]))] = decodeEntities(textOf(m[2]));
  const tags = (cls) => {
    const m = new RegExp(`<ul class="tag-list ${cls}">([\\s\\S]*?)</ul>`).exec(html);
    return m ? [...m[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((x) => decodeEntities(textOf(x[1]))) : [];
  };
  const contact = section('contact-title');
  const person = /<a class="offer-contact" href="\/people\/(\d+)">([\s\S]*?)<\/a>/.exec(contact);
  const tel = /<a href="tel:[^"]*">([\s\S]*?)<\/a>/.exec(contact);
  const mail = /<a class="email" href="mailto:[^"]*">([\s\S]*?)<\/a>/.exec(contact);
  const prose = /<div class="prose">([\s\S]*?)<\/div>\s*<\/section>/.exec(html);
  return {
    title: get(/<h1\b[^>]*>([\s\S]*?)<\/h1>/),
    org: get(/<a class="offer-org" href="\/orgs\/\d+">([\s\S]*?)<\/a>/),
    outdated: /class="[^"]*\boffer-outdated\b/.test(html),
    checked: get(/<p class="offer-checked">([\s\S]*?)<\/p>/),
    checkedIso: (/<time datetime="([^"]*)"/.exec(html) || [])[1] || null,
    details,
    targets: tags('offer-targets'),
    languages: tags('offer-languages'),
    description: prose ? prose[1] : null,
    contactId: person ? Number(person[1]) : null,
    contactName: person ? decodeEntities(textOf(person[2])) : null,
    role: get(/<dd class="offer-role">([\s\S]*?)<\/dd>/),
    phone: tel ? decodeEntities(textOf(tel[1])) : null,
    email: mail ? decodeEntities(textOf(mail[1])) : null,
    contactText: decodeEntities(textOf(contact)),
    canEdit: /action="\/orgs\/\d+\/offers\/\d+\/confirm"/.test(html),
  };
}

/** A page of /orgs/offers: {items: [{id, org, title, orgName, field, place,
 * languages, outdated}], total, pager (hrefs)}. */
function parseList(html) {
  const items = [];
  for (const m of html.matchAll(/<li class="person offer">([\s\S]*?)<\/li>/g)) {
    const li = m[1];
    const a = /<a class="person-name offer-title" href="\/orgs\/(\d+)\/offers\/(\d+)">([\s\S]*?)<\/a>/.exec(li);
    const p = (cls) => {
      const x = new RegExp(`<(?:p|span) class="${cls}">([\\s\\S]*?)</(?:p|span)>`).exec(li);
      return x ? decodeEntities(textOf(x[1])) : null;
    };
    items.push({
      org: Number(a[1]),
      id: Number(a[2]),
      title: decodeEntities(textOf(a[3])),
      orgName: p('offer-org'),
      field: p('offer-field'),
      place: p('offer-place'),
      languages: p('offer-languages'),
      outdated: /class="offer-outdated"/.test(li),
    });
  }
  const t = /<h2 id="results-title">\s*(\d+)/.exec(html);
  const nav = /<nav class="pager"[\s\S]*?<\/nav>/.exec(html);
  return {
    items,
    total: t ? Number(t[1]) : 0,
    pager: nav ? [...nav[0].matchAll(/href="([^"]*)"/g)].map((x) => decodeEntities(x[1])) : [],
  };
}

async function list(client, query = {}) {
  const qs = new URLSearchParams(query).toString();
  const r = await client.get(`/orgs/offers${qs ? '?' + qs : ''}`);
  assert.equal(r.status, 200, `/orgs/offers?${qs}: ${show(r)}`);
  return { ...parseList(r.text), html: r.text };
}

async function offerPage(client, org, id) {
  const r = await client.get(`/orgs/${org}/offers/${id}`);
  assert.equal(r.status, 200, `/orgs/${org}/offers/${id}: ${show(r)}`);
  return { ...parseOffer(r.text), html: r.text };
}

async function formState(client, org, id) {
  const r = await client.get(`/orgs/${org}/offers/${id}/edit`);
  assert.equal(r.status, 200, show(r));
  return parseForm(r.text);
}

// ------------------------------------------------------------ actions ----

/** Form fields from an object: arrays become one pair per value,
 * undefined is left out. */
function pairs(fields) {
  const out = [];
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const x of v) out.push([k, String(x)]);
    else out.push([k, String(v)]);
  }
  return out;
}

/** POST fields with the client's own token (the form need not be open). */
async function post(client, path, fields = {}, { csrf, headers } = {}) {
  const t = csrf === undefined ? await client.csrf('/account') : csrf;
  const p = pairs(fields);
  if (t !== false) p.unshift(['csrf', t]);
  return client.post(path, p, { headers });
}

/** A new organisation through /orgs/new; the client becomes its editor. */
async function newOrg(client, name, typeIndex = 0) {
  const form = await client.get('/orgs/new');
  assert.equal(form.status, 200, show(form));
  const type = options(form.text, 'type').filter((o) => o.value !== '')[typeIndex];
  const { body, contentType } = multipart([
    ['csrf', csrfFrom(form.text)],
    ['name', name],
    ['type', type.value],
    ['my_role', 'Leitung'],
  ]);
  const r = await client.request('POST', '/orgs/new', { body, contentType });
  assert.equal(r.status, 303, `creating ${name}: ${show(r)}`);
  return Number(/^\/orgs\/(\d+)$/.exec(r.location)[1]);
}

/** Links member userId to org (as its editor, through /orgs/ID/members). */
async function link(editor, org, userId, { asEditor = false } = {}) {
  const r = await post(editor, `/orgs/${org}/members/add`, { user: userId, role: 'Beratung' });
  assert.equal(r.status, 303, `linking ${userId}: ${show(r)}`);
  if (asEditor) {
    const s = await post(editor, `/orgs/${org}/members`, { [`position_${userId}`]: 5, [`editor_${userId}`]: 1 });
    assert.equal(s.status, 303, `making ${userId} an editor: ${show(s)}`);
  }
}

async function createOffer(client, org, fields) {
  const r = await post(client, `/orgs/${org}/offers/new`, fields);
  assert.equal(r.status, 303, `creating an offer: ${show(r)}`);
  const m = new RegExp(`^/orgs/${org}/offers/(\\d+)$`).exec(r.location);
  assert.ok(m, r.location);
  return Number(m[1]);
}

const offerCount = (org) => Number(one(`SELECT COUNT(*) FROM offers WHERE org_id = ${Number(org)}`));
const stored = (id) => {
  const [row] = db(
    `SELECT title, IFNULL(description, 'NULL'), field_id, place, municipality_id, costs, step_free, accessibility,` +
      ` contact_user_id, contact_role, public, checked_on, IFNULL(reminded_at, 'NULL'), IFNULL(deleted_at, 'NULL'),` +
      ` created_by, org_id FROM offers WHERE id = ${Number(id)}`,
  );
  const k = ['title', 'description', 'field', 'place', 'municipality', 'costs', 'step_free', 'accessibility', 'contact', 'contact_role', 'public', 'checked_on', 'reminded_at', 'deleted_at', 'created_by', 'org_id'];
  return Object.fromEntries(k.map((key, i) => [key, row[i]]));
};
const listsOf = (id) => ({
  targets: db(`SELECT target_group_id FROM offer_target_groups WHERE offer_id = ${Number(id)} ORDER BY 1`).map((r) => r[0]),
  languages: db(`SELECT lang FROM offer_languages WHERE offer_id = ${Number(id)} ORDER BY 1`).map((r) => r[0]),
});
const auditOf = (id) =>
  db(`SELECT action, actor_id, detail FROM audit_log WHERE target_id = ${Number(id)} AND action LIKE 'offer.%' ORDER BY id`);
/** Moves an offer's last confirmation back (and clears the reminder). */
const age = (id, interval) =>
  db(`UPDATE offers SET checked_on = CURDATE() - INTERVAL ${interval}, reminded_at = NULL WHERE id = ${Number(id)}`);
const today = () => one('SELECT UTC_DATE()');

/** A 422 with the message of lang key at the field and in the summary. */
function assertFieldError(r, field, key, label) {
  assert.equal(r.status, 422, `${label}: ${show(r)}`);
  const err = fieldError(r.text, field);
  assert.ok(err, `${label}: an error at ${field} (e-${field})`);
  assert.ok(err.includes(langText(key)), `${label}: "${langText(key)}" at ${field}, got "${err}"`);
  assert.ok(r.text.includes(`href="#f-${field}"`), `${label}: the summary links to the field`);
  assert.match(r.text, new RegExp(`id="f-${field}"`), `${label}: the field the summary links to exists`);
  assert.match(r.text, new RegExp(`aria-describedby="[^"]*\\be-${field}\\b`), `${label}: the message is tied to the field`);
}

// --------------------------------------------------------------- setup ----

const tok = token();
let E, E2, N, L, S; // editor of ORG, editor of ORG2, unlinked member, linked contact, linked member (suspended later)
let admin, moderator;
let ORG, ORG2, ORG_NAME, ORG2_NAME;
let F, T, M, LANGS; // choices: fields, target groups, municipalities, language codes
let FIELD_NAMES, TARGET_NAMES, MUN_NAMES;

const base = () => ({
  title: `Sprachcafé ${tok}`,
  description: 'Jeden **Montag** ab 15 Uhr:\n\n- Gespräche\n- Hausaufgabenhilfe',
  field: F[0],
  target: [T[0], T[2]],
  language: ['de', 'ar'],
  place: 'Rathaus, Raum 3',
  municipality: M[0],
  costs: 'kostenlos',
  step_free: 'partly',
  accessibility: 'Aufzug vorhanden, barrierefreies WC',
  contact: L.id,
  contact_role: 'Migrationsberatung',
  public: '1',
});

before(async () => {
  [admin, moderator] = [await demoClient(DEMO.admin), await demoClient(DEMO.moderator)];
  const people = await Promise.all([
    inviteUser({ name: `Edith Editor ${tok}` }),
    inviteUser({ name: `Egon Zweitorg ${tok}` }),
    inviteUser({ name: `Nora Nichtredaktion ${tok}` }),
    inviteUser({ name: `Lena Kontakt ${tok}` }),
    inviteUser({ name: `Sven Später ${tok}` }),
  ]);
  [E, E2, N, L, S] = people;
  for (const u of people) u.id = await ownId(u.client);
  ORG_NAME = `Beratungshaus ${tok}`;
  ORG2_NAME = `Zweiter Verein ${tok}`;
  ORG = await newOrg(E.client, ORG_NAME);
  ORG2 = await newOrg(E2.client, ORG2_NAME);
  await link(E.client, ORG, L.id);
  await link(E.client, ORG, S.id);
  const form = await E.client.get(`/orgs/${ORG}/offers/new`);
  assert.equal(form.status, 200, show(form));
  const f = options(form.text, 'field').filter((o) => o.value);
  const m = options(form.text, 'municipality').filter((o) => o.value);
  F = f.map((o) => o.value);
  M = m.map((o) => o.value);
  FIELD_NAMES = new Map(f.map((o) => [o.value, o.text]));
  MUN_NAMES = new Map(m.map((o) => [o.value, o.text]));
  T = boxes(form.text, 'target').map((b) => b.value);
  TARGET_NAMES = new Map(
    [...form.text.matchAll(/<input id="f-target[^"]*" name="target" type="checkbox" value="(\d+)"[^>]*><label[^>]*>([\s\S]*?)<\/label>/g)].map((x) => [x[1], decodeEntities(x[2])]),
  );
  LANGS = boxes(form.text, 'language').map((b) => b.value);
  assert.ok(F.length >= 2 && T.length >= 3 && M.length >= 2 && LANGS.includes('ar'), 'the form offers the lists of choices');
});

// --------------------------------------------------------------- access ----

test('signed out: every GET route → 303 to /login?next=PATH, every POST → 403, nothing changed', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Anonym ${tok}` });
  const before = stored(id);
  const anon = new Client();
  for (const path of ['/orgs/offers', `/orgs/${ORG}/offers/new`, `/orgs/${ORG}/offers/${id}`, `/orgs/${ORG}/offers/${id}/edit`, `/orgs/${ORG}/offers/${id}/delete`]) {
    const r = await anon.get(path);
    assert.equal(r.status, 303, path);
    assert.equal(r.location, `/login?next=${path}`, path);
    assert.ok(!r.text.includes('Anonym'), path);
  }
  const n = offerCount(ORG);
  const csrf = await E.client.csrf('/account');
  for (const path of [`/orgs/${ORG}/offers/new`, `/orgs/${ORG}/offers/${id}/edit`, `/orgs/${ORG}/offers/${id}/confirm`, `/orgs/${ORG}/offers/${id}/delete`]) {
    const r = await anon.post(path, [['csrf', csrf], ...pairs({ ...base(), title: 'Von draußen' })]);
    assert.equal(r.status, 403, `${path}: ${show(r)}`);
  }
  assert.equal(offerCount(ORG), n);
  assert.deepEqual(stored(id), before);
});

test('CSRF: without a token, with another session’s token, or from a foreign Origin → 403 on every POST route, nothing changed', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Token ${tok}` });
  age(id, '2 DAY');
  const before = stored(id);
  const n = offerCount(ORG);
  const other = await N.client.csrf('/account');
  const routes = [`/orgs/${ORG}/offers/new`, `/orgs/${ORG}/offers/${id}/edit`, `/orgs/${ORG}/offers/${id}/confirm`, `/orgs/${ORG}/offers/${id}/delete`];
  for (const path of routes) {
    for (const [label, opts] of [
      ['no token', { csrf: false }],
      ["another member's token", { csrf: other }],
      ['foreign Origin', { headers: { origin: 'https://evil.example' } }],
    ]) {
      const r = await post(E.client, path, { ...base(), title: 'Per CSRF' }, opts);
      assert.equal(r.status, 403, `${path}, ${label}: ${show(r)}`);
    }
  }
  // The same origin works (the check is not simply refusing everything).
  const ok = await post(E.client, `/orgs/${ORG}/offers/${id}/confirm`, {}, { headers: { origin: ORIGIN } });
  assert.equal(ok.status, 303, show(ok));
  assert.equal(offerCount(ORG), n);
  const after = stored(id);
  assert.equal(after.title, before.title);
  assert.equal(after.deleted_at, 'NULL');
  assert.equal(after.checked_on, today(), 'only the last, valid confirmation counted');
});

test('GET on the POST-only route and POST on the list → 405 with Allow', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Methode ${tok}` });
  const g = await E.client.get(`/orgs/${ORG}/offers/${id}/confirm`);
  assert.equal(g.status, 405);
  assert.equal(g.headers.get('allow'), 'POST');
  const p = await post(E.client, '/orgs/offers', {});
  assert.equal(p.status, 405);
  assert.equal(p.headers.get('allow'), 'GET, HEAD');
});

// --------------------------------------------------------------- create ----

test('create: the editor fills the form → 303 to the offer, a flash, every field stored and shown, an audit entry', async () => {
  const form = await E.client.get(`/orgs/${ORG}/offers/new`);
  assert.equal(form.status, 200);
  assert.match(form.text, new RegExp(`<form class="form" method="post" action="/orgs/${ORG}/offers/new" novalidate>`));
  assert.ok(readable(form.text).includes(ORG_NAME), 'the form names the organisation');
  const blank = parseForm(form.text);
  assert.equal(blank.step_free, 'unknown', 'step-free access defaults to "not known"');
  assert.equal(blank.public, false);
  assert.equal(blank.contact, '');
  const contacts = options(form.text, 'contact').map((o) => o.value);
  assert.deepEqual(contacts.filter((v) => v).sort(), [E.id, L.id, S.id].map(String).sort(), 'contacts: the linked active members');
  assert.ok(!contacts.includes(String(N.id)));

  const fields = base();
  const r = await post(E.client, `/orgs/${ORG}/offers/new`, fields);
  assert.equal(r.status, 303, show(r));
  const id = Number(new RegExp(`^/orgs/${ORG}/offers/(\\d+)$`).exec(r.location)[1]);
  const page = await offerPage(E.client, ORG, id);
  assert.ok(readable(page.html).includes(offerText('Flash.OfferCreated')));
  assert.equal(page.title, fields.title);
  assert.equal(page.org, ORG_NAME);
  assert.match(page.description, /<strong>Montag<\/strong>/);
  assert.match(page.description, /<li>Gespräche<\/li>/);
  assert.equal(page.details[offerText('Offers.Show.Field')], FIELD_NAMES.get(F[0]));
  assert.deepEqual(page.targets, [TARGET_NAMES.get(T[0]), TARGET_NAMES.get(T[2])]);
  assert.deepEqual(page.languages, ['Deutsch', 'Arabisch']);
  assert.equal(page.details[offerText('Offers.Show.Place')], fields.place);
  assert.equal(page.details[offerText('Offers.Show.Municipality')], MUN_NAMES.get(M[0]));
  assert.equal(page.details[offerText('Offers.Show.Costs')], 'kostenlos');
  assert.equal(page.details[offerText('Offers.Show.StepFree')], offerText('Offers.StepFree.partly'));
  assert.equal(page.details[offerText('Offers.Show.Accessibility')], fields.accessibility);
  assert.equal(page.contactId, L.id);
  assert.equal(page.contactName, L.name);
  assert.equal(page.role, 'Migrationsberatung');
  assert.equal(page.outdated, false);
  assert.equal(page.checkedIso, today());
  assert.ok(page.canEdit);
  const s = stored(id);
  assert.equal(s.org_id, String(ORG));
  assert.equal(s.created_by, String(E.id));
  assert.equal(s.checked_on, today(), 'a new offer counts as checked today');
  assert.equal(s.public, '1');
  assert.deepEqual(listsOf(id), { targets: [T[0], T[2]].sort((a, b) => a - b), languages: ['ar', 'de'] });
  assert.deepEqual(auditOf(id), [['offer.created', String(E.id), `org ${ORG}`]]);
  // The flash is shown once.
  assert.ok(!readable((await E.client.get(r.location)).text).includes(offerText('Flash.OfferCreated')));
});

test('create: only the title and the field are needed; limits exactly reached are accepted', async () => {
  const title = 'ä'.repeat(160 - tok.length - 1) + ' ' + tok;
  const id = await createOffer(E.client, ORG, { title, field: F[1], accessibility: 'x'.repeat(300), contact_role: 'r'.repeat(120), description: 'd'.repeat(8000) });
  const s = stored(id);
  assert.equal(s.title, title);
  assert.equal(s.step_free, 'unknown');
  assert.equal(s.contact, 'NULL');
  assert.equal(s.municipality, 'NULL');
  assert.equal(s.place, 'NULL', 'an empty optional text is stored as nothing');
  assert.equal(s.public, '0');
  const blank = await createOffer(E.client, ORG, { title: `Leer ${tok}`, field: F[1], description: ' \n\t\n ' });
  assert.equal(stored(blank).description, 'NULL', 'a description of blanks only is none');
  assert.ok(readable((await E.client.get(`/orgs/${ORG}/offers/${blank}`)).text).includes(offerText('Offers.Show.NoDescription')));
  const page = await offerPage(N.client, ORG, id);
  assert.equal(page.details[offerText('Offers.Show.Place')], offerText('Offers.Show.None'));
  assert.ok(page.contactText.includes(offerText('Offers.Show.NoPerson')));
});

const BAD = () => [
  ['title', { title: '' }, 'Err.Required'],
  ['title', { title: '     ' }, 'Err.Required'],
  ['title', { title: undefined }, 'Err.Required'],
  ['title', { title: 'T'.repeat(161) }, 'Err.TooLong'],
  ['description', { description: 'd'.repeat(8001) }, 'Err.TooLong'],
  ['description', { description: '>'.repeat(100) + ' tief' }, 'Err.TextTooComplex'],
  ['field', { field: '' }, 'Err.Required'],
  ['field', { field: undefined }, 'Err.Required'],
  ['field', { field: 'abc' }, 'Err.ChoiceInvalid'],
  ['field', { field: '99999' }, 'Err.ChoiceInvalid'],
  ['field', { field: '0' + F[0] }, 'Err.ChoiceInvalid'],
  ['target', { target: [T[0], '99999'] }, 'Err.ChoiceInvalid'],
  ['target', { target: ['x1'] }, 'Err.ChoiceInvalid'],
  ['language', { language: ['de', 'xx'] }, 'Err.ChoiceInvalid'],
  ['place', { place: 'p'.repeat(201) }, 'Err.TooLong'],
  ['municipality', { municipality: '99999' }, 'Err.ChoiceInvalid'],
  ['municipality', { municipality: '0' }, 'Err.ChoiceInvalid'],
  ['costs', { costs: 'c'.repeat(201) }, 'Err.TooLong'],
  ['step_free', { step_free: 'maybe' }, 'Err.ChoiceInvalid'],
  ['accessibility', { accessibility: 'a'.repeat(301) }, 'Err.TooLong'],
  ['contact', { contact: String(N.id) }, 'Err.ChoiceInvalid'], // an active member, not linked
  ['contact', { contact: '99999999' }, 'Err.ChoiceInvalid'],
  ['contact_role', { contact_role: 'r'.repeat(121) }, 'Err.TooLong'],
  ['public', { public: 'yes' }, 'Err.ChoiceInvalid'],
];

test('create, bad input in each field: 422, the message at the field, the other input kept, nothing saved', async () => {
  const n = offerCount(ORG);
  for (const [field, change, key] of BAD()) {
    const label = `${field} = ${JSON.stringify(change[field])?.slice(0, 40)}`;
    const sent = { ...base(), title: `Fehlerfall ${tok}`, ...change };
    const r = await post(E.client, `/orgs/${ORG}/offers/new`, sent);
    assertFieldError(r, field, key, label);
    const errors = [...r.text.matchAll(/<p class="field-error" id="e-([a-z_]+)">/g)].map((m) => m[1]);
    assert.deepEqual(errors, [field], `${label}: only this field has a message`);
    const kept = parseForm(r.text);
    if (field !== 'title') assert.equal(kept.title, `Fehlerfall ${tok}`, `${label}: the title is kept`);
    if (field !== 'place') assert.equal(kept.place, sent.place, `${label}: the place is kept`);
    if (field !== 'description') assert.equal(kept.description, sent.description, `${label}: the description is kept`);
    if (field !== 'target') assert.deepEqual(kept.target, sent.target.map(String), `${label}: ticked target groups kept`);
    if (field !== 'language') assert.deepEqual(kept.language, sent.language, `${label}: ticked languages kept`);
    if (field !== 'contact') assert.equal(kept.contact, String(L.id), `${label}: the contact person kept`);
    if (field !== 'step_free') assert.equal(kept.step_free, 'partly', `${label}: step-free choice kept`);
    if (field !== 'public') assert.equal(kept.public, true, `${label}: public kept`);
    if (['title', 'description', 'place', 'costs', 'accessibility', 'contact_role'].includes(field))
      assert.equal(kept[field], change[field] ?? '', `${label}: the refused text comes back to be corrected`);
  }
  assert.equal(offerCount(ORG), n, 'nothing was saved');
});

test('create: malformed requests (a line break in a one-line field, a field twice, an over-long value) → 400, nothing saved', async () => {
  const n = offerCount(ORG);
  for (const [label, body] of [
    ['line break in the title', pairs({ ...base(), title: 'Zeile\nzwei' })],
    ['title twice', [...pairs(base()), ['title', 'noch einer']]],
    ['place over the byte limit', pairs({ ...base(), place: 'p'.repeat(900) })],
  ]) {
    const r = await E.client.post(`/orgs/${ORG}/offers/new`, [['csrf', await E.client.csrf('/account')], ...body]);
    assert.equal(r.status, 400, `${label}: ${show(r)}`);
  }
  assert.equal(offerCount(ORG), n);
});

test('create: fields the form does not have (org, creator, dates) are ignored', async () => {
  const id = await createOffer(E.client, ORG, {
    ...base(),
    title: `Extras ${tok}`,
    org_id: ORG2,
    created_by: N.id,
    checked_on: '2001-01-01',
    reminded_at: '2001-01-01',
    deleted_at: '2001-01-01',
    id: 1,
  });
  const s = stored(id);
  assert.equal(s.org_id, String(ORG));
  assert.equal(s.created_by, String(E.id));
  assert.equal(s.checked_on, today());
  assert.equal(s.reminded_at, 'NULL');
  assert.equal(s.deleted_at, 'NULL');
});

test('create: a member who is no editor (linked or not), a site moderator → 404 like a missing organisation, by GET and by direct POST; nothing saved', async () => {
  const missing = await E.client.get('/orgs/99999999/offers/new');
  assert.equal(missing.status, 404);
  const n = offerCount(ORG);
  for (const [who, client] of [
    ['unlinked member', N.client],
    ['linked member without editor rights', L.client],
    ['editor of another organisation', E2.client],
    ['site moderator', moderator],
  ]) {
    const g = await client.get(`/orgs/${ORG}/offers/new`);
    assert.equal(g.status, 404, `${who}: ${show(g)}`);
    assert.equal(normalisePage(g.text), normalisePage((await client.get('/orgs/99999999/offers/new')).text), `${who}: the same page as for a missing organisation`);
    const p = await post(client, `/orgs/${ORG}/offers/new`, { ...base(), title: `Unbefugt ${tok}` });
    assert.equal(p.status, 404, `${who}: ${show(p)}`);
  }
  for (const bad of ['0', '007', 'abc', '99999999']) {
    assert.equal((await E.client.get(`/orgs/${bad}/offers/new`)).status, 404, bad);
    assert.equal((await post(E.client, `/orgs/${bad}/offers/new`, base())).status, 404, bad);
  }
  assert.equal(offerCount(ORG), n);
  assert.equal(one(`SELECT COUNT(*) FROM offers WHERE title = 'Unbefugt ${tok}'`), '0');
});

test('a site admin may create and edit offers of any organisation', async () => {
  const g = await admin.get(`/orgs/${ORG}/offers/new`);
  assert.equal(g.status, 200, show(g));
  const id = await createOffer(admin, ORG, { ...base(), title: `Vom Admin ${tok}` });
  assert.equal(stored(id).created_by, '1');
  const r = await post(admin, `/orgs/${ORG}/offers/${id}/edit`, { ...base(), title: `Vom Admin geändert ${tok}` });
  assert.equal(r.status, 303, show(r));
  assert.equal(stored(id).title, `Vom Admin geändert ${tok}`);
});

// ----------------------------------------------------------------- show ----

test('show: every member sees the offer; the editor actions only for editors', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Für alle ${tok}` });
  for (const [who, client, canEdit] of [
    ['editor', E.client, true],
    ['admin', admin, true],
    ['unlinked member', N.client, false],
    ['linked member', L.client, false],
    ['moderator', moderator, false],
  ]) {
    const p = await offerPage(client, ORG, id);
    assert.equal(p.title, `Für alle ${tok}`, who);
    assert.equal(p.canEdit, canEdit, `${who}: editor actions`);
    assert.equal(p.html.includes(`href="/orgs/${ORG}/offers/${id}/edit"`), canEdit, `${who}: edit link`);
    assert.equal(p.html.includes(`href="/orgs/${ORG}/offers/${id}/delete"`), canEdit, `${who}: delete link`);
    assert.ok(p.checked.startsWith(offerText('Offers.Show.Checked')), `${who}: "Zuletzt geprüft am"`);
  }
  const missing = await N.client.get(`/orgs/${ORG}/offers/99999999`);
  assert.equal(missing.status, 404);
  for (const path of [`/orgs/${ORG}/offers/0${id}`, `/orgs/0${ORG}/offers/${id}`, `/orgs/${ORG}/offers/abc`]) assert.equal((await N.client.get(path)).status, 404, path);
});

test('show: an offer in the URL of another organisation → 404 on every route, for editors of either, nothing changed', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Falsche Org ${tok}` });
  age(id, '13 MONTH');
  const before = stored(id);
  for (const client of [E.client, E2.client, admin]) {
    const g = await client.get(`/orgs/${ORG2}/offers/${id}`);
    assert.equal(g.status, 404);
    assert.equal(normalisePage(g.text), normalisePage((await client.get(`/orgs/${ORG2}/offers/99999999`)).text), 'the same page as for a missing offer');
    assert.ok(!g.text.includes('Falsche Org'));
    for (const sub of ['edit', 'delete']) assert.equal((await client.get(`/orgs/${ORG2}/offers/${id}/${sub}`)).status, 404, sub);
    for (const sub of ['edit', 'confirm', 'delete']) {
      const p = await post(client, `/orgs/${ORG2}/offers/${id}/${sub}`, { ...base(), title: 'Umgezogen' });
      assert.equal(p.status, 404, `${sub}: ${show(p)}`);
    }
  }
  assert.deepEqual(stored(id), before, 'the offer is unchanged (not confirmed, not moved, not deleted)');
});

test('show: the contact person with what their profile shows; the person themself and admins see all', async () => {
  // L shows the phone number to members, not the e-mail address.
  const pr = await postProfile(L.client, L.id, { phone: '0551 400-777', phone_visible: '1' });
  assert.equal(pr.status, 303, show(pr));
  const id = await createOffer(E.client, ORG, { ...base(), title: `Kontakt ${tok}` });
  const asMember = await offerPage(N.client, ORG, id);
  assert.equal(asMember.contactId, L.id);
  assert.equal(asMember.contactName, L.name);
  assert.equal(asMember.phone, '0551 400-777');
  assert.equal(asMember.email, null, 'the hidden e-mail address is not shown');
  assert.ok(!asMember.html.includes(L.email));
  assert.equal(asMember.role, 'Migrationsberatung');
  const own = await offerPage(L.client, ORG, id);
  assert.equal(own.email, L.email.toLowerCase());
  assert.equal((await offerPage(admin, ORG, id)).email, L.email.toLowerCase());
  // Now the phone is hidden and the address shown.
  assert.equal((await postProfile(L.client, L.id, { phone: '0551 400-777', email_visible: '1' })).status, 303);
  const again = await offerPage(N.client, ORG, id);
  assert.equal(again.phone, null);
  assert.equal(again.email, L.email.toLowerCase());
  assert.ok(!again.html.includes('400-777'));
});

test('show: a contact person who is no longer linked or no longer active is not shown; the offer and its organisation stay', async () => {
  const id1 = await createOffer(E.client, ORG, { ...base(), title: `Verlassen ${tok}`, contact: S.id });
  assert.equal((await offerPage(N.client, ORG, id1)).contactId, S.id);
  // S leaves the organisation (the real route), then is suspended.
  const leave = await post(S.client, `/orgs/${ORG}/leave`, {});
  assert.equal(leave.status, 303, show(leave));
  const p = await offerPage(N.client, ORG, id1);
  assert.equal(p.contactId, null, 'no link to the person who left');
  assert.ok(!p.html.includes(S.name), 'the name is not shown');
  assert.ok(p.contactText.includes(offerText('Offers.Show.NoPerson')));
  assert.equal(p.role, 'Migrationsberatung', 'the published role stays');
  assert.equal(p.org, ORG_NAME);
  assert.ok(p.html.includes(`href="/orgs/${ORG}"`));
  assert.equal(stored(id1).contact, String(S.id), 'the stored contact is kept (the person may come back)');
  // In the form the person is no choice any more: saving leaves no contact.
  const form = await E.client.get(`/orgs/${ORG}/offers/${id1}/edit`);
  assert.ok(!options(form.text, 'contact').some((o) => o.value === String(S.id)));
  assert.equal(parseForm(form.text).contact, '');
  // A linked member whose account is suspended.
  const V = await inviteUser({ name: `Vera Gesperrt ${tok}` });
  V.id = await ownId(V.client);
  await link(E.client, ORG, V.id);
  const id2 = await createOffer(E.client, ORG, { ...base(), title: `Gesperrt ${tok}`, contact: V.id });
  assert.equal((await offerPage(N.client, ORG, id2)).contactId, V.id);
  kpctlOk('user', 'suspend', V.email);
  const q = await offerPage(N.client, ORG, id2);
  assert.equal(q.contactId, null);
  assert.ok(!q.html.includes(V.name));
  assert.ok(!options((await E.client.get(`/orgs/${ORG}/offers/${id2}/edit`)).text, 'contact').some((o) => o.value === String(V.id)));
  // Choosing them by direct POST is refused.
  const r = await post(E.client, `/orgs/${ORG}/offers/${id2}/edit`, { ...base(), contact: V.id });
  assertFieldError(r, 'contact', 'Err.ChoiceInvalid', 'suspended contact');
});

test('show: user text is escaped; the description is Markdown without raw HTML or script links', async () => {
  const evil = `<script>alert(1)</script> "&' ${tok}`;
  const id = await createOffer(E.client, ORG, {
    ...base(),
    title: evil,
    place: '<img src=x onerror=alert(2)>',
    contact_role: '<?cs var:Page.CSRF ?>',
    description: '<b>fett?</b> [klick](javascript:alert(3)) <iframe src="//evil.example"></iframe>',
  });
  const page = await E.client.get(`/orgs/${ORG}/offers/${id}`);
  assert.equal(page.status, 200);
  for (const raw of ['<script>alert(1)', '<img src=x', '<iframe', 'href="javascript:', '<b>fett']) assert.ok(!page.text.includes(raw), raw);
  assert.ok(page.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(readable(page.text).includes('<?cs var:Page.CSRF ?>'), 'template syntax is shown as text');
  const l = await list(N.client, { q: tok });
  assert.ok(l.items.some((i) => i.title === evil));
  assert.ok(!l.html.includes('<script>alert(1)'));
  const form = await E.client.get(`/orgs/${ORG}/offers/${id}/edit`);
  assert.ok(!form.text.includes('<script>alert(1)'));
  assert.equal(parseForm(form.text).title, evil, 'the form gives back exactly what was typed');
});

// ----------------------------------------------------------------- edit ----

test('edit: the form shows the stored values; saving changes them, replaces the lists, counts as checked today, is audited', async () => {
  const id = await createOffer(E.client, ORG, base());
  const s0 = parseForm((await E.client.get(`/orgs/${ORG}/offers/${id}/edit`)).text);
  assert.deepEqual(s0, {
    title: base().title,
    description: base().description,
    field: F[0],
    target: [T[0], T[2]],
    language: ['de', 'ar'],
    place: base().place,
    municipality: M[0],
    costs: 'kostenlos',
    step_free: 'partly',
    accessibility: base().accessibility,
    contact: String(L.id),
    contact_role: 'Migrationsberatung',
    public: true,
  });
  age(id, '13 MONTH');
  db(`UPDATE offers SET reminded_at = NOW() WHERE id = ${id}`);
  assert.ok((await offerPage(N.client, ORG, id)).outdated);
  const changed = {
    title: `Neu gefasst ${tok}`,
    description: 'Nur noch *dienstags*.',
    field: F[1],
    target: [T[1]],
    language: ['uk'],
    place: '  online  ',
    municipality: '',
    costs: '5 € pro Termin',
    step_free: 'no',
    accessibility: '',
    contact: '',
    contact_role: '',
  };
  const r = await post(E.client, `/orgs/${ORG}/offers/${id}/edit`, changed);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${ORG}/offers/${id}`);
  const page = await offerPage(E.client, ORG, id);
  assert.ok(readable(page.html).includes(offerText('Flash.OfferSaved')));
  assert.equal(page.outdated, false, 'saving counts as confirming');
  const s = stored(id);
  assert.equal(s.title, changed.title);
  assert.equal(s.field, F[1]);
  assert.equal(s.place, 'online', 'blanks around a value are not kept');
  assert.equal(s.municipality, 'NULL');
  assert.equal(s.accessibility, 'NULL');
  assert.equal(s.contact, 'NULL');
  assert.equal(s.contact_role, 'NULL');
  assert.equal(s.step_free, 'no');
  assert.equal(s.public, '0', 'an unticked box is "no"');
  assert.equal(s.checked_on, today());
  assert.equal(s.reminded_at, 'NULL');
  assert.deepEqual(listsOf(id), { targets: [T[1]], languages: ['uk'] });
  assert.deepEqual(page.languages, ['Ukrainisch']);
  assert.ok(page.contactText.includes(offerText('Offers.Show.NoPerson')));
  assert.deepEqual(
    auditOf(id).map((a) => a[0]),
    ['offer.created', 'offer.edited'],
  );
});

test('edit, bad input in each field: 422 with the message at the field, nothing changed', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Unverändert ${tok}` });
  age(id, '3 DAY');
  const before = stored(id);
  const lists = listsOf(id);
  for (const [field, change, key] of BAD()) {
    const r = await post(E.client, `/orgs/${ORG}/offers/${id}/edit`, { ...base(), title: `Geändert ${tok}`, ...change });
    assertFieldError(r, field, key, `edit ${field}`);
    assert.match(r.text, new RegExp(`action="/orgs/${ORG}/offers/${id}/edit"`));
  }
  assert.deepEqual(stored(id), before, 'nothing changed, not even the date of the last check');
  assert.deepEqual(listsOf(id), lists);
  assert.deepEqual(auditOf(id).map((a) => a[0]), ['offer.created']);
});

test('edit: members who are no editors → 404 like a missing offer, by GET and direct POST; nothing changed', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Geschützt ${tok}` });
  const before = stored(id);
  const missing = await N.client.get(`/orgs/${ORG}/offers/99999999/edit`);
  assert.equal(missing.status, 404);
  for (const [who, client] of [
    ['unlinked member', N.client],
    ['linked member', L.client],
    ['editor of another organisation', E2.client],
    ['site moderator', moderator],
  ]) {
    const g = await client.get(`/orgs/${ORG}/offers/${id}/edit`);
    assert.equal(g.status, 404, `${who}: ${show(g)}`);
    assert.equal(normalisePage(g.text), normalisePage((await client.get(`/orgs/${ORG}/offers/99999999/edit`)).text), who);
    assert.ok(!g.text.includes('Geschützt'));
    const p = await post(client, `/orgs/${ORG}/offers/${id}/edit`, { ...base(), title: `Übernommen ${tok}` });
    assert.equal(p.status, 404, `${who}: ${show(p)}`);
  }
  assert.deepEqual(stored(id), before);
});

test('edit: an editor who loses the editor role loses access at once', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Rolle ${tok}` });
  await link(E.client, ORG, N.id, { asEditor: true });
  assert.equal((await N.client.get(`/orgs/${ORG}/offers/${id}/edit`)).status, 200);
  const r = await post(N.client, `/orgs/${ORG}/offers/${id}/edit`, { ...base(), title: `Rolle neu ${tok}` });
  assert.equal(r.status, 303, show(r));
  const off = await post(E.client, `/orgs/${ORG}/members`, { [`position_${N.id}`]: 5, [`remove_${N.id}`]: 1 });
  assert.equal(off.status, 303, show(off));
  assert.equal((await N.client.get(`/orgs/${ORG}/offers/${id}/edit`)).status, 404);
  assert.equal((await post(N.client, `/orgs/${ORG}/offers/${id}/edit`, { ...base(), title: 'Zu spät' })).status, 404);
  assert.equal(stored(id).title, `Rolle neu ${tok}`);
});

// -------------------------------------------------------------- confirm ----

test('confirm: "Angaben sind aktuell" dates the offer today, clears the reminder, removes the outdated note, is audited', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Bestätigen ${tok}` });
  age(id, '14 MONTH');
  db(`UPDATE offers SET reminded_at = NOW() WHERE id = ${id}`);
  const old = await offerPage(N.client, ORG, id);
  assert.ok(old.outdated);
  assert.ok(readable(old.html).includes(offerText('Offers.Show.Outdated')), 'the note is said in words');
  const r = await post(E.client, `/orgs/${ORG}/offers/${id}/confirm`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${ORG}/offers/${id}`);
  const page = await offerPage(E.client, ORG, id);
  assert.ok(readable(page.html).includes(offerText('Flash.OfferConfirmed')));
  assert.equal(page.outdated, false);
  assert.equal(page.checkedIso, today());
  const s = stored(id);
  assert.equal(s.checked_on, today());
  assert.equal(s.reminded_at, 'NULL');
  assert.equal(s.title, `Bestätigen ${tok}`, 'nothing else changed');
  assert.deepEqual(auditOf(id).slice(-1), [['offer.confirmed', String(E.id), `org ${ORG}`]]);
});

test('confirm: members who are no editors → 404 by direct POST, the offer stays outdated', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Nicht bestätigt ${tok}` });
  age(id, '13 MONTH');
  const before = stored(id);
  for (const client of [N.client, L.client, E2.client, moderator]) {
    const r = await post(client, `/orgs/${ORG}/offers/${id}/confirm`);
    assert.equal(r.status, 404, show(r));
  }
  assert.equal((await post(E.client, `/orgs/${ORG}/offers/99999999/confirm`)).status, 404);
  assert.deepEqual(stored(id), before);
  assert.ok((await offerPage(N.client, ORG, id)).outdated);
});

// --------------------------------------------------------------- delete ----

test('delete: the question first, then the offer is gone everywhere (soft), 303 to the organisation with a flash, audited', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Löschen ${tok}` });
  const q = await E.client.get(`/orgs/${ORG}/offers/${id}/delete`);
  assert.equal(q.status, 200, show(q));
  assert.ok(readable(q.text).includes(offerText('Offers.Delete.Question')));
  assert.ok(readable(q.text).includes(`Löschen ${tok}`));
  assert.match(q.text, new RegExp(`<form class="form" method="post" action="/orgs/${ORG}/offers/${id}/delete">`));
  assert.equal(stored(id).deleted_at, 'NULL', 'the question deletes nothing');
  const r = await post(E.client, `/orgs/${ORG}/offers/${id}/delete`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${ORG}`);
  const org = await E.client.get(r.location);
  assert.ok(readable(org.text).includes(offerText('Flash.OfferDeleted')));
  assert.notEqual(stored(id).deleted_at, 'NULL', 'the row stays, marked deleted');
  for (const path of [`/orgs/${ORG}/offers/${id}`, `/orgs/${ORG}/offers/${id}/edit`, `/orgs/${ORG}/offers/${id}/delete`])
    assert.equal((await E.client.get(path)).status, 404, path);
  for (const sub of ['edit', 'confirm', 'delete']) assert.equal((await post(E.client, `/orgs/${ORG}/offers/${id}/${sub}`, base())).status, 404, sub);
  assert.ok(!(await list(N.client, { q: `Löschen ${tok}` })).items.some((i) => i.id === id), 'not in the list');
  assert.deepEqual(auditOf(id).map((a) => a[0]), ['offer.created', 'offer.deleted']);
});

test('delete: members who are no editors → 404 on the question and by direct POST; the offer stays', async () => {
  const id = await createOffer(E.client, ORG, { ...base(), title: `Bleibt ${tok}` });
  for (const client of [N.client, L.client, E2.client, moderator]) {
    assert.equal((await client.get(`/orgs/${ORG}/offers/${id}/delete`)).status, 404);
    assert.equal((await post(client, `/orgs/${ORG}/offers/${id}/delete`)).status, 404);
  }
  assert.equal(stored(id).deleted_at, 'NULL');
  assert.equal((await offerPage(N.client, ORG, id)).title, `Bleibt ${tok}`);
});

test('a deleted organisation: its offers 404 on every route and leave the list; no new offers', async () => {
  const D = await newOrg(E.client, `Aufgelöst ${tok}`);
  const id = await createOffer(E.client, D, { ...base(), title: `Verwaist ${tok}`, contact: undefined });
  assert.equal((await list(N.client, { q: `Verwaist ${tok}` })).total, 1);
  db(`UPDATE orgs SET deleted_at = NOW() WHERE id = ${D}`);
  for (const path of [`/orgs/${D}/offers/${id}`, `/orgs/${D}/offers/${id}/edit`, `/orgs/${D}/offers/${id}/delete`, `/orgs/${D}/offers/new`])
    assert.equal((await E.client.get(path)).status, 404, path);
  for (const sub of ['edit', 'confirm', 'delete']) assert.equal((await post(E.client, `/orgs/${D}/offers/${id}/${sub}`, base())).status, 404, sub);
  assert.equal((await post(E.client, `/orgs/${D}/offers/new`, base())).status, 404);
  assert.equal((await post(admin, `/orgs/${D}/offers/new`, base())).status, 404, 'not even for an admin');
  assert.equal(offerCount(D), 1);
  assert.equal((await list(N.client, { q: `Verwaist ${tok}` })).total, 0);
});

// ----------------------------------------------------------------- list ----

test('list: search over title, description and organisation; each filter; outdated only; each item says what it is', async () => {
  const k = token();
  const orgK = await newOrg(E2.client, `Verein ${k}`, 1);
  const A = await createOffer(E.client, ORG, { title: `Alpha ${k}`, field: F[0], target: [T[0]], municipality: M[0], language: ['de'] });
  const B = await createOffer(E2.client, ORG2, { title: `Beta ${k}`, description: `Mit Stichwort q${k}`, field: F[1], target: [T[1]], municipality: M[1], language: ['ar', 'de'] });
  const C = await createOffer(E2.client, orgK, { title: `Gamma`, description: `auch ${k}`, field: F[0], target: [T[0], T[1]] });
  age(C, '13 MONTH');
  const ids = (l) => l.items.map((i) => i.id).sort((a, b) => a - b);
  assert.deepEqual(ids(await list(N.client, { q: k })), [A, B, C].sort((a, b) => a - b), 'title, description');
  assert.deepEqual(ids(await list(N.client, { q: `q${k}` })), [B], 'description');
  assert.deepEqual(ids(await list(N.client, { q: `Verein ${k}` })), [C], 'organisation name');
  assert.deepEqual(ids(await list(N.client, { q: `  Alpha ${k}  ` })), [A], 'blanks around the search text');
  assert.deepEqual(ids(await list(N.client, { q: k, field: F[1] })), [B], 'field');
  assert.deepEqual(ids(await list(N.client, { q: k, target: T[0] })), [A, C].sort((a, b) => a - b), 'target group');
  assert.deepEqual(ids(await list(N.client, { q: k, municipality: M[1] })), [B], 'municipality');
  assert.deepEqual(ids(await list(N.client, { q: k, lang: 'ar' })), [B], 'language');
  assert.deepEqual(ids(await list(N.client, { q: k, outdated: 1 })), [C], 'outdated only');
  assert.deepEqual(ids(await list(N.client, { q: k, field: F[0], target: T[1] })), [C], 'filters combine');
  const types = options((await N.client.get('/orgs/offers')).text, 'type').filter((o) => o.value !== '0');
  assert.ok(types.length >= 2, 'the organisation types are offered');
  const typeOf = (org) => one(`SELECT type_id FROM orgs WHERE id = ${org}`);
  assert.notEqual(typeOf(orgK), typeOf(ORG));
  assert.equal(typeOf(ORG2), typeOf(ORG));
  assert.deepEqual(ids(await list(N.client, { q: k, type: typeOf(orgK) })), [C], 'type of organisation');
  assert.deepEqual(ids(await list(N.client, { q: k, type: typeOf(ORG) })), [A, B].sort((a, b) => a - b), 'type of organisation');
  // What an item says.
  const all = await list(N.client, { q: k });
  const b = all.items.find((i) => i.id === B);
  assert.equal(b.title, `Beta ${k}`);
  assert.equal(b.orgName, ORG2_NAME);
  assert.equal(b.org, ORG2);
  assert.ok(b.field.startsWith(FIELD_NAMES.get(F[1])));
  assert.equal(b.place, MUN_NAMES.get(M[1]));
  assert.equal(b.languages, `${offerText('Offers.List.Languages')} Deutsch, Arabisch`);
  assert.equal(b.outdated, false);
  const c = all.items.find((i) => i.id === C);
  assert.equal(c.outdated, true);
  assert.ok(textOf(all.html).includes(offerText('Offers.List.Outdated')), 'outdated is said in words');
  assert.equal(c.languages, null);
  assert.equal(all.total, 3);
  // The chosen filters are shown again in the form.
  const f = await N.client.get(`/orgs/offers?q=${k}&field=${F[1]}&outdated=1&sort=new`);
  assert.ok(options(f.text, 'field').find((o) => o.value === F[1]).selected);
  assert.ok(options(f.text, 'sort').find((o) => o.value === 'new').selected);
  assert.ok(boxes(f.text, 'outdated')[0].checked);
  assert.equal(decodeEntities(/name="q" type="search" value="([^"]*)"/.exec(f.text)[1]), k);
});

test('list: sorted by title (default), newest first, or last checked first', async () => {
  const k = token();
  const A = await createOffer(E.client, ORG, { title: `Aa ${k}`, field: F[0] });
  const B = await createOffer(E.client, ORG, { title: `Bb ${k}`, field: F[0] });
  const C = await createOffer(E.client, ORG, { title: `Cc ${k}`, field: F[0] });
  age(A, '2 DAY');
  age(C, '13 MONTH');
  const order = async (sort) => (await list(N.client, sort ? { q: k, sort } : { q: k })).items.map((i) => i.id);
  assert.deepEqual(await order(), [A, B, C]);
  assert.deepEqual(await order('title'), [A, B, C]);
  assert.deepEqual(await order('new'), [C, B, A]);
  assert.deepEqual(await order('checked'), [B, A, C]);
});

test('list: 25 a page, the pager keeps the filters; page numbers out of range are clamped', async () => {
  const k = token();
  const P = await newOrg(E.client, `Viele ${k}`);
  for (let i = 0; i < 26; i++) await createOffer(E.client, P, { title: `Nr ${String(i).padStart(2, '0')} ${k}`, field: F[0] });
  const first = await list(N.client, { q: k, sort: 'new' });
  assert.equal(first.total, 26);
  assert.equal(first.items.length, 25);
  assert.ok(first.pager.length > 0, 'a pager');
  for (const href of first.pager) {
    const u = new URL(href, 'http://x');
    assert.equal(u.pathname, '/orgs/offers');
    assert.equal(u.searchParams.get('q'), k);
    assert.equal(u.searchParams.get('sort'), 'new');
    assert.equal(u.searchParams.get('field'), null, 'filters that are not set are not in the links');
  }
  const second = await list(N.client, { q: k, sort: 'new', page: 2 });
  assert.equal(second.items.length, 1);
  assert.equal(second.items[0].title, `Nr 00 ${k}`);
  const seen = new Set([...first.items, ...second.items].map((i) => i.id));
  assert.equal(seen.size, 26, 'no offer twice, none lost');
  assert.equal((await list(N.client, { q: k, sort: 'new', page: 99 })).items[0].title, `Nr 00 ${k}`, 'clamped to the last page');
  const none = await list(N.client, { q: `nichts${k}` });
  assert.equal(none.total, 0);
  assert.ok(readable(none.html).includes(offerText('Offers.List.FoundNone')));
});

test('list: malformed filters → 400', async () => {
  for (const qs of ['field=abc', 'field=-1', 'target=1x', 'municipality=%2B1', 'type=0x1', 'outdated=2', 'outdated=yes', 'sort=random', 'lang=xyz', 'page=-1', 'q=a&q=b', `q=${'x'.repeat(201)}`]) {
    const r = await N.client.get(`/orgs/offers?${qs}`);
    assert.equal(r.status, 400, `${qs}: ${show(r)}`);
  }
  assert.equal((await N.client.get('/orgs/offers?field=&sort=&outdated=0&page=')).status, 200, 'empty filters are "all"');
});
