// Helpers of the public directory's tests (directory.test.mjs,
// directory-export.test.mjs): rows written straight into the stack's
// MariaDB (organisations and offers in every state the directory must tell
// apart, contact persons with hidden details), a logo put into the file
// store, an RFC 4180 reader for the CSV exports, and the ids a page links to.
//
// The database is reached as the stack's application user (SELECT, INSERT,
// UPDATE, DELETE) through its socket, with the credentials of the stack's
// config (KP_CONFIG); the password goes through the environment, never the
// command line.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG, STACK } from './lib.mjs';

function configBlock(block, key) {
  const text = readFileSync(CONFIG, 'utf8');
  const b = new RegExp(`^${block}\\s*\\{([\\s\\S]*?)^\\}`, 'm').exec(text);
  if (!b) throw new Error(`no ${block} block in ${CONFIG}`);
  const m = new RegExp(`^\\s*${key}\\s*=\\s*(.*?)\\s*$`, 'm').exec(b[1]);
  return m ? m[1] : '';
}

const DB = {
  socket: configBlock('DB', 'Socket'),
  name: configBlock('DB', 'Name'),
  user: configBlock('DB', 'User'),
  password: configBlock('DB', 'Password'),
};

/** Runs SQL text (several statements allowed); the rows of the last
 * SELECTs as arrays of strings (NULL as null). */
export function sql(text) {
  const out = execFileSync(
    'mariadb',
    ['--no-defaults', `--socket=${DB.socket}`, `-u${DB.user}`, '--batch', '--skip-column-names', '--raw', DB.name],
    { input: text, encoding: 'utf8', env: { ...process.env, MYSQL_PWD: DB.password }, timeout: 20000 },
  );
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t').map((c) => (c === 'NULL' ? null : c)));
}

/** A value as an SQL literal (tests only: the programs use prepared
 * statements). */
export function lit(v) {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

function insert(table, row) {
  const cols = Object.keys(row);
  const vals = cols.map((c) => (row[c] && row[c].raw ? row[c].raw : lit(row[c])));
  const r = sql(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${vals.join(', ')}); SELECT LAST_INSERT_ID();`);
  return Number(r[r.length - 1][0]);
}

/** An SQL expression instead of a literal, e.g. raw('NOW()'). */
export const raw = (expr) => ({ raw: expr });

/** A lower-case word no other test uses: names findable by search. */
export function tag(prefix = 'vz') {
  return prefix + randomBytes(5).toString('hex').replace(/[0-9]/g, (d) => 'ghijklmnop'[d]);
}

/** An active member with a profile whose phone and e-mail address are
 * hidden from everybody but members who may see them. */
export function insertPerson({ name, email, phone, phoneVisible = 0, emailVisible = 0 }) {
  const id = insert('users', { email, name, status: 'active', approved_at: raw('NOW()') });
  insert('profiles', { user_id: id, phone, phone_visible: phoneVisible, email_visible: emailVisible, position: 'Leitung Beratung' });
  return id;
}

/** An organisation: public and confirmed unless told otherwise. fields:
 * ids of fields of action. */
export function insertOrg({
  name,
  typeId = 3,
  municipalityId = null,
  street = null,
  postcode = null,
  city = null,
  website = null,
  phone = null,
  email = null,
  description = null,
  isPublic = 1,
  verified = true,
  deleted = false,
  fields = [],
  createdAt = null,
  updatedAt = null,
  logo = null,
}) {
  const id = insert('orgs', {
    name,
    type_id: typeId,
    municipality_id: municipalityId,
    street,
    postcode,
    city,
    website,
    phone,
    email,
    description,
    public: isPublic,
    verified_at: verified ? raw('NOW()') : null,
    deleted_at: deleted ? raw('NOW()') : null,
    logo_sha256: logo ? logo.sha : null,
    logo_mime: logo ? logo.mime : null,
  });
  for (const f of fields) sql(`INSERT INTO org_fields (org_id, field_id) VALUES (${id}, ${f});`);
  if (createdAt || updatedAt)
    sql(`UPDATE orgs SET created_at = ${createdAt ? lit(createdAt) : 'created_at'}, updated_at = ${updatedAt ? lit(updatedAt) : 'updated_at'} WHERE id = ${id};`);
  return id;
}

export function addMember(orgId, userId, role = null, editor = 0) {
  sql(`INSERT INTO org_members (org_id, user_id, role, position, editor) VALUES (${orgId}, ${userId}, ${lit(role)}, 1, ${editor});`);
}

/** An offer: public, confirmed today, unless told otherwise. monthsOld:
 * confirmed that many months ago. langs: codes; targets: ids. */
export function insertOffer({
  orgId,
  title,
  description = null,
  fieldId = 1,
  place = null,
  municipalityId = null,
  costs = null,
  stepFree = 'unknown',
  accessibility = null,
  contactUserId = null,
  contactRole = null,
  isPublic = 1,
  deleted = false,
  monthsOld = 0,
  langs = [],
  targets = [],
  createdAt = null,
}) {
  const id = insert('offers', {
    org_id: orgId,
    title,
    description,
    field_id: fieldId,
    place,
    municipality_id: municipalityId,
    costs,
    step_free: stepFree,
    accessibility,
    contact_user_id: contactUserId,
    contact_role: contactRole,
    checked_on: raw(`CURDATE() - INTERVAL ${Number(monthsOld)} MONTH`),
    public: isPublic,
    deleted_at: deleted ? raw('NOW()') : null,
  });
  for (const l of langs) sql(`INSERT INTO offer_languages (offer_id, lang) VALUES (${id}, ${lit(l)});`);
  for (const t of targets) sql(`INSERT INTO offer_target_groups (offer_id, target_group_id) VALUES (${id}, ${t});`);
  if (createdAt) sql(`UPDATE offers SET created_at = ${lit(createdAt)} WHERE id = ${id};`);
  return id;
}

/** The ids of two municipalities (the demo county's first two by name). */
export function municipalities() {
  return sql('SELECT id, name FROM municipalities WHERE retired = 0 ORDER BY name LIMIT 2;').map(([id, name]) => ({ id: Number(id), name }));
}

/** A file put into the stack's store as an upload would be (the directory
 * only reads it). */
export function storeFile(bytes) {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const dir = join(STACK, 'data', 'files', sha.slice(0, 2), sha.slice(2, 4));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, sha), bytes);
  return sha;
}

/** The ids of /directory/orgs/ID (or offers) links in a page, in order,
 * each once. */
export function linkedIds(html, kind) {
  const seen = new Set();
  for (const m of html.matchAll(new RegExp(`href="/directory/${kind}/(\\d+)"`, 'g'))) seen.add(Number(m[1]));
  return [...seen];
}

/** The ids of the result list only (not other links on the page). */
export function resultIds(html, kind) {
  const m = /<ul class="people-list[^"]*">([\s\S]*?)<\/ul>/.exec(html);
  return m ? linkedIds(m[1], kind) : [];
}

/** RFC 4180: the records of a CSV text as arrays of cells. Throws on
 * anything malformed (a quote inside an unquoted cell, an unclosed quote,
 * a bare LF as a record end). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bad character in an unquoted cell at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    throw new Error(`record not ended by CRLF at ${i}`);
  }
  if (row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

/**
 * The organisations and offers every directory test starts from, all
 * named with one fresh word (t) so a search finds them and nothing else:
 *
 *   orgs   alpha (listed, with a logo, a contact person P and every
 *          detail), echo (listed, another type and municipality), and
 *          three that must never show: bravo (public, not confirmed),
 *          charlie (confirmed, not public), delta (deleted);
 *   offers a1 (listed, P as contact person, role published), a4 (listed,
 *          not confirmed for 13 months: possibly outdated), e1 (listed),
 *          and hidden ones: a2 (not public, the only one in Persian), a3
 *          (deleted), b1, c1, d1 (public offers of the hidden orgs).
 *
 * P's name, e-mail address and phone number (hidden on the profile) must
 * appear nowhere in the directory: `secrets` lists them.
 */
export function directoryFixture({ logo } = {}) {
  const t = tag();
  const [m1, m2] = municipalities();
  const secrets = {
    name: `Geheimperson ${t}`,
    email: `geheim-${t}@example.org`,
    phone: `0170 9${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
  };
  const person = insertPerson({ ...secrets });
  const logoSha = logo ? storeFile(logo.bytes) : null;
  const org = {};
  org.alpha = insertOrg({
    name: `Alpha ${t} Beratungsstelle`,
    typeId: 3,
    municipalityId: m1.id,
    street: 'Marktstraße 1',
    postcode: '37154',
    city: 'Northeim',
    website: `https://alpha-${t}.example/`,
    phone: '05551 1234-0',
    email: `info-${t}@alpha.example`,
    description: `**Wir beraten** ${t} <script>alert(1)</script>`,
    fields: [1, 3],
    createdAt: '2024-01-01 10:00:00',
    updatedAt: '2024-06-01 10:00:00',
    logo: logoSha ? { sha: logoSha, mime: logo.mime } : null,
  });
  addMember(org.alpha, person, 'Leitung', 1);
  org.echo = insertOrg({
    name: `Echo ${t} Verein`,
    typeId: 4,
    municipalityId: m2.id,
    city: 'Einbeck',
    phone: '+49 5561 777',
    email: `kontakt-${t}@echo.example`,
    fields: [7],
    createdAt: '2025-01-01 10:00:00',
    updatedAt: '2024-03-01 10:00:00',
  });
  org.bravo = insertOrg({ name: `Bravo ${t} unbestätigt`, verified: false, fields: [1] });
  org.charlie = insertOrg({ name: `Charlie ${t} privat`, isPublic: 0, fields: [1], logo: logoSha ? { sha: logoSha, mime: logo.mime } : null });
  org.delta = insertOrg({ name: `Delta ${t} gelöscht`, deleted: true, fields: [1] });
  const offer = {};
  offer.a1 = insertOffer({
    orgId: org.alpha,
    title: `Migrationsberatung ${t}`,
    description: `Beratung für *Erwachsene* ${t}\n\n- Termine nach Absprache`,
    fieldId: 6,
    place: 'Marktstraße 1, Northeim',
    municipalityId: m1.id,
    costs: 'kostenlos',
    stepFree: 'partly',
    accessibility: 'Aufzug vorhanden',
    contactUserId: person,
    contactRole: 'Migrationsberatung',
    langs: ['de', 'ar'],
    targets: [1, 2],
    createdAt: '2024-02-01 10:00:00',
  });
  offer.a2 = insertOffer({ orgId: org.alpha, title: `Internes ${t} Angebot`, isPublic: 0, langs: ['fa'], contactUserId: person });
  offer.a3 = insertOffer({ orgId: org.alpha, title: `Altes ${t} Angebot`, deleted: true, langs: ['fa'] });
  offer.a4 = insertOffer({
    orgId: org.alpha,
    title: `Sprachcafé ${t}`,
    fieldId: 3,
    monthsOld: 13,
    langs: ['de'],
    targets: [3],
    createdAt: '2025-06-01 10:00:00',
  });
  offer.e1 = insertOffer({
    orgId: org.echo,
    title: `Hausaufgabenhilfe ${t}`,
    fieldId: 1,
    municipalityId: m2.id,
    langs: ['tr'],
    targets: [4],
    contactRole: '=HYPERLINK("http://evil.example","klick")',
    createdAt: '2025-03-01 10:00:00',
  });
  offer.b1 = insertOffer({ orgId: org.bravo, title: `Bravo-Kurs ${t}`, langs: ['fa'] });
  offer.c1 = insertOffer({ orgId: org.charlie, title: `Charlie-Kurs ${t}`, langs: ['fa'] });
  offer.d1 = insertOffer({ orgId: org.delta, title: `Delta-Kurs ${t}`, langs: ['fa'] });
  return { t, m1, m2, person, secrets, org, offer, logoSha };
}

/** Fails when any of the hidden details of the fixture's person is in text. */
export function assertNoSecrets(assert, text, secrets, where) {
  for (const [what, v] of Object.entries(secrets)) assert.ok(!text.includes(v), `${where}: the contact person's ${what} (${v}) must not appear`);
  // Nor the number's own part alone (a phone number written otherwise).
  const own = secrets.phone.split(' ')[1];
  assert.ok(!text.includes(own), `${where}: the phone's number (${own}) must not appear`);
}
