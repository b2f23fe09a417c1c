// The public directory's exports (cgi/people/directory_export.c):
// /directory/orgs.csv, .json and /directory/offers.csv, .json of the same
// filter as the lists, without paging, at most 5000 rows. CSV: UTF-8 with
// a byte order mark, a header row, RFC 4180 cells, formulas defused. JSON:
// {generated, count, truncated, organisations | offers}, absolute page
// addresses, text escaped so that it can be embedded in HTML. Neither
// ever holds a contact person's details.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, Client, DEMO, demoClient, h1, show } from './lib.mjs';
import { getBytes, langText, makePng } from './people-lib.mjs';
import { assertNoSecrets, directoryFixture, parseCsv, resultIds, sql, tag } from './directory-lib.mjs';

let F;
const anon = new Client();
const anonEn = new Client({ headers: { 'accept-language': 'en' } });
const BOM = '\ufeff';

const ORG_HEADER = [
  'Nummer', 'Name', 'Art', 'Straße', 'PLZ', 'Ort', 'Gemeinde', 'Webseite', 'Telefon', 'E-Mail',
  'Handlungsfelder', 'Angebote im Verzeichnis', 'Zuletzt geändert', 'Adresse im Verzeichnis', 'Beschreibung',
];
const OFFER_HEADER = [
  'Nummer', 'Titel', 'Organisation', 'Handlungsfeld', 'Zielgruppen', 'Sprachen', 'Ort', 'Gemeinde',
  'Kosten', 'Stufenloser Zugang', 'Barrierefreiheit', 'Ansprechperson', 'Telefon der Organisation',
  'E-Mail der Organisation', 'Webseite der Organisation', 'Stand', 'Möglicherweise veraltet',
  'Adresse im Verzeichnis', 'Beschreibung',
];
const ORG_KEYS = [
  'id', 'url', 'name', 'type', 'street', 'postcode', 'city', 'municipality', 'website', 'phone',
  'email', 'description', 'updated', 'fields', 'logo', 'offers',
];
const OFFER_KEYS = [
  'id', 'url', 'title', 'description', 'field', 'place', 'municipality', 'costs', 'step_free',
  'accessibility', 'contact_role', 'checked_on', 'outdated', 'target_groups', 'languages', 'organisation',
];

/** A CSV answer, checked: its bytes start with the UTF-8 byte order mark
 * (read as bytes: fetch's text() would drop it), its text without it
 * parsed as RFC 4180. */
async function csv(path, client = anon) {
  const res = await getBytes(client, path, { headers: client.headers });
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.deepEqual([...res.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(res.bytes);
  assert.ok(text.startsWith(BOM));
  const r = { status: res.status, headers: res.headers, text, setCookies: res.headers.getSetCookie() };
  return { r, rows: parseCsv(text.slice(1)) };
}

async function json(path, client = anon) {
  const r = await client.get(path);
  assert.equal(r.status, 200, `${path}: ${show(r)}`);
  assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
  return { r, data: JSON.parse(r.text) };
}

before(() => {
  F = directoryFixture({ logo: { bytes: makePng(40, 40), mime: 'image/png' } });
});

test('organisations as CSV: a download with a header row and exactly the listed organisations', async () => {
  const { r, rows } = await csv(`/directory/orgs.csv?q=${F.t}`);
  assert.equal(r.headers.get('content-disposition'), 'attachment; filename="organisationen.csv"');
  assert.equal(r.headers.get('access-control-allow-origin'), '*');
  assert.equal(r.headers.get('cache-control'), 'public, max-age=300');
  assert.deepEqual(r.setCookies, []);
  assert.deepEqual(rows[0], ORG_HEADER);
  assert.equal(rows.length, 3);
  const [alpha, echo] = rows.slice(1);
  assert.deepEqual(alpha, [
    String(F.org.alpha),
    `Alpha ${F.t} Beratungsstelle`,
    'Beratungsstelle',
    'Marktstraße 1',
    '37154',
    'Northeim',
    F.m1.name,
    `https://alpha-${F.t}.example/`,
    '05551 1234-0',
    `info-${F.t}@alpha.example`,
    'Bildung; Sprache',
    '2',
    '2024-06-01',
    `${BASE}/directory/orgs/${F.org.alpha}`,
    `**Wir beraten** ${F.t} <script>alert(1)</script>`,
  ]);
  assert.equal(echo[0], String(F.org.echo));
  // A phone number starting with + would be a formula to a spreadsheet.
  assert.equal(echo[8], "'+49 5561 777");
  assert.equal(echo[11], '1');
  assertNoSecrets(assert, r.text, F.secrets, 'orgs.csv');
});

test('offers as CSV: quoted cells, line breaks kept, formulas defused, outdated marked', async () => {
  const { r, rows } = await csv(`/directory/offers.csv?q=${F.t}`);
  assert.equal(r.headers.get('content-disposition'), 'attachment; filename="angebote.csv"');
  assert.deepEqual(rows[0], OFFER_HEADER);
  assert.deepEqual(rows.slice(1).map((x) => Number(x[0])), [F.offer.e1, F.offer.a1, F.offer.a4]);
  const byId = new Map(rows.slice(1).map((x) => [Number(x[0]), x]));
  const a1 = byId.get(F.offer.a1);
  const [[checkedA1, checkedA4, descA1]] = sql(
    `SELECT (SELECT checked_on FROM offers WHERE id = ${F.offer.a1}), (SELECT checked_on FROM offers WHERE id = ${F.offer.a4}),` +
      ` (SELECT HEX(description) FROM offers WHERE id = ${F.offer.a1});`,
  );
  assert.deepEqual(a1, [
    String(F.offer.a1),
    `Migrationsberatung ${F.t}`,
    `Alpha ${F.t} Beratungsstelle`,
    'Soziales und Beratung',
    'Geflüchtete; Zugewanderte allgemein',
    'Deutsch; Arabisch',
    'Marktstraße 1, Northeim',
    F.m1.name,
    'kostenlos',
    'teilweise',
    'Aufzug vorhanden',
    'Migrationsberatung',
    '05551 1234-0',
    `info-${F.t}@alpha.example`,
    `https://alpha-${F.t}.example/`,
    checkedA1,
    '',
    `${BASE}/directory/offers/${F.offer.a1}`,
    Buffer.from(descA1, 'hex').toString('utf8'),
  ]);
  assert.ok(a1[18].includes('\n'), 'the description keeps its line breaks (inside quotes)');
  const a4 = byId.get(F.offer.a4);
  assert.equal(a4[15], checkedA4);
  assert.equal(a4[16], 'ja');
  const e1 = byId.get(F.offer.e1);
  assert.equal(e1[11], `'=HYPERLINK("http://evil.example","klick")`, 'the apostrophe keeps a formula text');
  assert.equal(e1[9], 'nicht bekannt');
  // Raw: the quotes are doubled inside a quoted cell.
  assert.ok(r.text.includes(`"'=HYPERLINK(""http://evil.example"",""klick"")"`));
  // Every record ends in CRLF; no cell starts with a formula character.
  for (const row of rows) for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), `defused: ${cell}`);
  assertNoSecrets(assert, r.text, F.secrets, 'offers.csv');
  for (const hidden of ['Internes', 'Altes', 'Bravo-Kurs', 'Charlie-Kurs', 'Delta-Kurs']) assert.ok(!r.text.includes(hidden), hidden);
});

test('CSV headers and names follow the language of the request', async () => {
  const { rows } = await csv(`/directory/offers.csv?q=${F.t}&lang=ar`, anonEn);
  assert.equal(rows[0][0], 'Number');
  assert.equal(rows[0][11], 'Contact person');
  assert.equal(rows.length, 2);
  assert.equal(rows[1][3], 'Social work and counselling');
  assert.equal(rows[1][9], 'partly');
});

test('organisations as JSON: stable keys, absolute addresses, logo address, offer counts', async () => {
  const { r, data } = await json(`/directory/orgs.json?q=${F.t}`);
  assert.equal(r.headers.get('access-control-allow-origin'), '*');
  assert.equal(r.headers.get('cache-control'), 'public, max-age=300');
  assert.equal(r.headers.get('content-disposition'), null, 'shown, not downloaded');
  assert.deepEqual(Object.keys(data), ['generated', 'count', 'truncated', 'organisations']);
  assert.match(data.generated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok(Math.abs(Date.parse(data.generated) - Date.now()) < 5 * 60 * 1000);
  assert.equal(data.count, 2);
  assert.equal(data.truncated, false);
  const [alpha, echo] = data.organisations;
  assert.deepEqual(Object.keys(alpha), ORG_KEYS);
  assert.deepEqual(alpha, {
    id: F.org.alpha,
    url: `${BASE}/directory/orgs/${F.org.alpha}`,
    name: `Alpha ${F.t} Beratungsstelle`,
    type: 'Beratungsstelle',
    street: 'Marktstraße 1',
    postcode: '37154',
    city: 'Northeim',
    municipality: F.m1.name,
    website: `https://alpha-${F.t}.example/`,
    phone: '05551 1234-0',
    email: `info-${F.t}@alpha.example`,
    description: `**Wir beraten** ${F.t} <script>alert(1)</script>`,
    updated: '2024-06-01',
    fields: ['Bildung', 'Sprache'],
    logo: `${BASE}/directory/orgs/${F.org.alpha}/logo`,
    offers: 2,
  });
  assert.equal(echo.id, F.org.echo);
  assert.equal(echo.street, null, 'not given: null');
  assert.equal(echo.logo, null);
  assert.equal(echo.phone, '+49 5561 777', 'JSON keeps the text as it is');
  assert.deepEqual(echo.fields, ['Engagement und Ehrenamt']);
  // Embeddable: no raw < > & in the text; the script tag is escaped.
  assert.ok(!/[<>&]/.test(r.text), 'no raw < > &');
  assert.ok(r.text.includes('\\u003cscript\\u003e'));
  // The logo address works.
  const logo = await anon.get(new URL(alpha.logo).pathname);
  assert.equal(logo.status, 200);
  assertNoSecrets(assert, r.text, F.secrets, 'orgs.json');
});

test('offers as JSON: the role and the organisation\'s contact details, never the person', async () => {
  const { r, data } = await json(`/directory/offers.json?q=${F.t}`);
  assert.equal(data.count, 3);
  assert.deepEqual(data.offers.map((o) => o.id), [F.offer.e1, F.offer.a1, F.offer.a4]);
  const [[checkedA1, descA1]] = sql(`SELECT checked_on, HEX(description) FROM offers WHERE id = ${F.offer.a1};`);
  const a1 = data.offers[1];
  assert.deepEqual(Object.keys(a1), OFFER_KEYS);
  assert.deepEqual(a1, {
    id: F.offer.a1,
    url: `${BASE}/directory/offers/${F.offer.a1}`,
    title: `Migrationsberatung ${F.t}`,
    description: Buffer.from(descA1, 'hex').toString('utf8'),
    field: 'Soziales und Beratung',
    place: 'Marktstraße 1, Northeim',
    municipality: F.m1.name,
    costs: 'kostenlos',
    step_free: 'partly',
    accessibility: 'Aufzug vorhanden',
    contact_role: 'Migrationsberatung',
    checked_on: checkedA1,
    outdated: false,
    target_groups: ['Geflüchtete', 'Zugewanderte allgemein'],
    languages: [
      { code: 'de', name: 'Deutsch' },
      { code: 'ar', name: 'Arabisch' },
    ],
    organisation: {
      id: F.org.alpha,
      url: `${BASE}/directory/orgs/${F.org.alpha}`,
      name: `Alpha ${F.t} Beratungsstelle`,
      phone: '05551 1234-0',
      email: `info-${F.t}@alpha.example`,
      website: `https://alpha-${F.t}.example/`,
    },
  });
  assert.equal(data.offers[2].outdated, true, 'a4: not confirmed for 13 months');
  assert.equal(data.offers[0].contact_role, '=HYPERLINK("http://evil.example","klick")', 'JSON keeps text as it is');
  assertNoSecrets(assert, r.text, F.secrets, 'offers.json');
  // English names for an English request.
  const en = await json(`/directory/offers.json?q=${F.t}`, anonEn);
  assert.equal(en.data.offers[1].field, 'Social work and counselling');
  assert.deepEqual(en.data.offers[1].languages, [
    { code: 'de', name: 'German' },
    { code: 'ar', name: 'Arabic' },
  ]);
  assertNoSecrets(assert, en.r.text, F.secrets, 'offers.json (en)');
});

test('the exports read the list filters and order, and ignore the page', async () => {
  const t = F.t;
  const ids = async (path) => (await json(path)).data;
  assert.deepEqual((await ids(`/directory/orgs.json?q=${t}&lang=tr`)).organisations.map((o) => o.id), [F.org.echo]);
  assert.deepEqual((await ids(`/directory/orgs.json?q=${t}&field=3`)).organisations.map((o) => o.id), [F.org.alpha]);
  assert.deepEqual((await ids(`/directory/orgs.json?q=${t}&sort=new`)).organisations.map((o) => o.id), [F.org.echo, F.org.alpha]);
  assert.deepEqual((await ids(`/directory/orgs.json?q=${t}&lang=fa`)).organisations, []);
  assert.deepEqual((await ids(`/directory/offers.json?q=${t}&target=4`)).offers.map((o) => o.id), [F.offer.e1]);
  assert.deepEqual((await ids(`/directory/offers.json?q=${t}&sort=new`)).offers.map((o) => o.id), [F.offer.a4, F.offer.e1, F.offer.a1]);
  assert.deepEqual((await ids(`/directory/offers.json?q=${t}&page=2`)).offers.length, 3, 'no paging');
  const { rows } = await csv(`/directory/offers.csv?q=${t}&municipality=${F.m2.id}`);
  assert.deepEqual(rows.slice(1).map((x) => Number(x[0])), [F.offer.e1]);
  // Nothing found: the header row alone; an empty array.
  const none = await csv(`/directory/orgs.csv?q=nichts${t}`);
  assert.deepEqual(none.rows, [ORG_HEADER]);
  const empty = await ids(`/directory/offers.json?q=nichts${t}`);
  assert.equal(empty.count, 0);
  assert.deepEqual(empty.offers, []);
});

test('the export links of a list page give the rows of that page\'s filter', async () => {
  for (const [list, kind, query] of [
    ['/directory', 'orgs', `q=${F.t}&lang=ar&sort=updated`],
    ['/directory/offers', 'offers', `q=${F.t}&type=3&sort=checked`],
  ]) {
    const page = await anon.get(`${list}?${query}`);
    const href = (cls) => new RegExp(`<a class="${cls}" href="([^"]+)"`).exec(page.text)[1].replace(/&amp;/g, '&');
    assert.equal(href('export-csv'), `/directory/${kind}.csv?${query}`);
    assert.equal(href('export-json'), `/directory/${kind}.json?${query}`);
    const { data } = await json(href('export-json'));
    assert.deepEqual(data[kind === 'orgs' ? 'organisations' : 'offers'].map((o) => o.id), resultIds(page.text, kind));
    const { rows } = await csv(href('export-csv'));
    assert.deepEqual(rows.slice(1).map((x) => Number(x[0])), resultIds(page.text, kind));
  }
});

test('bad filter values → 400 on the exports too', async () => {
  const t400 = langText('Error.400.Title', 'de');
  for (const p of [
    '/directory/orgs.csv?field=x',
    '/directory/orgs.json?lang=xyz',
    '/directory/orgs.json?sort=checked',
    '/directory/offers.csv?target=-1',
    '/directory/offers.json?sort=updated',
    '/directory/offers.json?q=a&q=b',
  ]) {
    const r = await anon.get(p);
    assert.equal(r.status, 400, p);
    assert.equal(h1(r.text), t400, p);
    assert.equal(r.headers.get('cache-control'), 'no-store');
  }
});

test('the same export for a signed-in member, without cookies', async () => {
  const member = await demoClient(DEMO.member1);
  for (const p of [`/directory/orgs.json?q=${F.t}`, `/directory/offers.json?q=${F.t}`, `/directory/offers.csv?q=${F.t}`]) {
    const a = await anon.get(p);
    const b = await member.get(p);
    const norm = (s) => s.replace(/"generated":"[^"]*"/, '"generated":"X"');
    assert.equal(norm(b.text), norm(a.text), p);
    assert.deepEqual(b.setCookies, [], p);
    assertNoSecrets(assert, b.text, F.secrets, `${p} (member)`);
  }
});

test('at most 5000 rows; the JSON says when it was cut', async () => {
  const t = tag('vm');
  // 5001 listed organisations in one statement (MariaDB's sequence table),
  // removed again at the end.
  sql(
    `INSERT INTO orgs (name, type_id, public, verified_at) SELECT CONCAT('Menge ${t} ', LPAD(seq, 5, '0')), 1, 1, NOW() FROM seq_1_to_5001;`,
  );
  try {
    const { data } = await json(`/directory/orgs.json?q=${t}`);
    assert.equal(data.count, 5000);
    assert.equal(data.truncated, true);
    assert.equal(data.organisations.length, 5000);
    assert.equal(data.organisations[4999].name, `Menge ${t} 05000`);
    const { rows } = await csv(`/directory/orgs.csv?q=${t}`);
    assert.equal(rows.length, 5001, 'header and 5000 rows');
    // One fewer: all of them, not cut.
    sql(`DELETE FROM orgs WHERE name = 'Menge ${t} 05001';`);
    const all = await json(`/directory/orgs.json?q=${t}`);
    assert.equal(all.data.count, 5000);
    assert.equal(all.data.truncated, false);
  } finally {
    sql(`DELETE FROM orgs WHERE name LIKE 'Menge ${t} %';`);
  }
});
