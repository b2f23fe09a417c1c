// The public directory's pages (cgi/people/directory.c): the lists of
// organisations and offers with their filters, orders and pager, one page
// per organisation and offer, the logos; what is listed (public, confirmed,
// not deleted — never anything else) and what is never shown (a contact
// person's name, phone number or e-mail address); and the core's
// KP_ROUTE_ANONYMOUS: the same bytes for everybody, no cookies, a public
// cache policy. Rows are written straight into MariaDB (directory-lib.mjs),
// named with a fresh word so that searching for it finds them and nothing
// of the demo network.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { BASE, Client, DEMO, demoClient, h1, mainText, show } from './lib.mjs';
import { decodeEntities, getBytes, langText, makePng } from './people-lib.mjs';
import {
  assertNoSecrets,
  directoryFixture,
  insertOrg,
  linkedIds,
  resultIds,
  sql,
  tag,
} from './directory-lib.mjs';

let F; // the fixture (directory-lib.mjs directoryFixture)
let logoBytes;
let P; // 27 listed organisations for the pager: {t, ids (by name)}
const anon = new Client();
const anonEn = new Client({ headers: { 'accept-language': 'en' } });

const q = (params) => new URLSearchParams(params).toString();
const orgsOf = async (params, client = anon) => {
  const r = await client.get(`/directory?${q(params)}`);
  assert.equal(r.status, 200, show(r));
  return resultIds(r.text, 'orgs');
};
const offersOf = async (params, client = anon) => {
  const r = await client.get(`/directory/offers?${q(params)}`);
  assert.equal(r.status, 200, show(r));
  return resultIds(r.text, 'offers');
};

before(() => {
  logoBytes = makePng(48, 32);
  F = directoryFixture({ logo: { bytes: logoBytes, mime: 'image/png' } });
  const t = tag('vp');
  const ids = [];
  for (let i = 1; i <= 27; i++) ids.push(insertOrg({ name: `Seite ${t} ${String(i).padStart(2, '0')}`, fields: [2] }));
  P = { t, ids };
});

// ------------------------------------------------------------ what is listed

test('the organisations list shows exactly the public, confirmed, undeleted organisations', async () => {
  const r = await anon.get(`/directory?q=${F.t}`);
  assert.equal(r.status, 200);
  assert.deepEqual(resultIds(r.text, 'orgs'), [F.org.alpha, F.org.echo]);
  assert.match(mainText(r.text), /2 Organisationen gefunden/);
  const text = decodeEntities(mainText(r.text));
  for (const hidden of ['Bravo', 'Charlie', 'Delta']) assert.ok(!text.includes(`${hidden} ${F.t}`), `${hidden} is not listed`);
  // Each entry: type, place, fields of action and how many offers are listed.
  assert.match(text, new RegExp(`Alpha ${F.t} Beratungsstelle Beratungsstelle Northeim · ${F.m1.name.replace(/[()]/g, '\\$&')} Handlungsfelder: Bildung, Sprache Angebote im Verzeichnis: 2`));
  assert.match(text, new RegExp(`Echo ${F.t} Verein Verein Einbeck · .* Handlungsfelder: Engagement und Ehrenamt Angebote im Verzeichnis: 1`));
  assertNoSecrets(assert, r.text, F.secrets, '/directory');
});

test('the offers list shows exactly the public offers of listed organisations', async () => {
  const r = await anon.get(`/directory/offers?q=${F.t}`);
  assert.equal(r.status, 200);
  assert.deepEqual(resultIds(r.text, 'offers'), [F.offer.e1, F.offer.a1, F.offer.a4]);
  assert.match(mainText(r.text), /3 Angebote gefunden/);
  const text = decodeEntities(mainText(r.text));
  for (const hidden of ['Internes', 'Altes', 'Bravo-Kurs', 'Charlie-Kurs', 'Delta-Kurs']) assert.ok(!text.includes(hidden), `${hidden} is not listed`);
  assertNoSecrets(assert, r.text, F.secrets, '/directory/offers');
});

test('an outdated offer says "möglicherweise veraltet" and its date in words; a current one only its date', async () => {
  const [[a4, a1]] = sql(
    `SELECT (SELECT DATE_FORMAT(checked_on, '%d.%m.%Y') FROM offers WHERE id = ${F.offer.a4}),` +
      ` (SELECT DATE_FORMAT(checked_on, '%d.%m.%Y') FROM offers WHERE id = ${F.offer.a1});`,
  );
  const r = await anon.get(`/directory/offers?q=${F.t}`);
  const items = r.text.split('<li class="person offer">').slice(1);
  const item = (id) => decodeEntities(mainText(items.find((x) => x.includes(`href="/directory/offers/${id}"`))));
  assert.match(item(F.offer.a4), new RegExp(`möglicherweise veraltet Stand: ${a4.replace(/\./g, '\\.')}`));
  assert.match(item(F.offer.a1), new RegExp(`Stand: ${a1.replace(/\./g, '\\.')}$`));
  assert.ok(!item(F.offer.a1).includes('veraltet'));
  const page = await anon.get(`/directory/offers/${F.offer.a4}`);
  assert.match(mainText(page.text), /Möglicherweise veraltet: Die Organisation hat die Angaben seit mehr als 12 Monaten nicht als aktuell bestätigt/);
  assert.match(page.text, new RegExp(`<time datetime="\\d{4}-\\d\\d-\\d\\d">${a4.replace(/\./g, '\\.')}</time>`));
  const en = await anonEn.get(`/directory/offers/${F.offer.a4}`);
  assert.match(mainText(en.text), /possibly outdated As of:/);
});

test('hidden organisations and offers, and ids that are no ids: 404, in the visitor\'s language', async () => {
  const t404 = { de: langText('Error.404.Title', 'de'), en: langText('Error.404.Title', 'en') };
  assert.ok(t404.de && t404.en);
  const paths = [
    ...['bravo', 'charlie', 'delta'].flatMap((k) => [`/directory/orgs/${F.org[k]}`, `/directory/orgs/${F.org[k]}/logo`]),
    ...['a2', 'a3', 'b1', 'c1', 'd1'].map((k) => `/directory/offers/${F.offer[k]}`),
    `/directory/orgs/${F.org.echo}/logo`, // listed, but without a logo
    '/directory/orgs/abc',
    `/directory/orgs/0${F.org.alpha}`,
    '/directory/orgs/0',
    '/directory/orgs/999999999999999999',
    '/directory/offers/-1',
    '/directory/offers/99999999',
  ];
  for (const p of paths) {
    const r = await anon.get(p);
    assert.equal(r.status, 404, `${p}: ${show(r)}`);
    assert.equal(h1(r.text), t404.de, p);
    assert.equal(r.headers.get('cache-control'), 'no-store', `${p}: an error is not cached`);
    assert.deepEqual(r.setCookies, [], p);
    const en = await anonEn.get(p);
    assert.equal(en.status, 404);
    assert.equal(h1(en.text), t404.en, p);
  }
  // A path that is no route of the directory is the program's usual 404.
  assert.equal((await anon.get('/directory/nothing')).status, 404);
  // Charlie has a logo, but is not public: its file is not served either.
  assert.equal((await anon.get(`/directory/orgs/${F.org.charlie}/logo`)).status, 404);
});

// ---------------------------------------------------------- one org, one offer

test("an organisation's page: its public data, fields of action and listed offers, never its contact persons", async () => {
  const r = await anon.get(`/directory/orgs/${F.org.alpha}`);
  assert.equal(r.status, 200);
  assert.match(r.text, new RegExp(`<title>Alpha ${F.t} Beratungsstelle – Netzwerk Integration</title>`));
  assert.equal(h1(r.text), `Alpha ${F.t} Beratungsstelle`);
  const text = decodeEntities(mainText(r.text));
  for (const s of ['Beratungsstelle', 'Marktstraße 1', '37154 Northeim', F.m1.name, '05551 1234-0', `info-${F.t}@alpha.example`, 'Zuletzt geändert: 01.06.2024'])
    assert.ok(text.includes(s), `shows ${s}`);
  assert.match(r.text, new RegExp(`<a href="https://alpha-${F.t}\\.example/">`));
  assert.match(r.text, new RegExp(`<a class="email" href="mailto:info-${F.t}@alpha\\.example">`));
  // The description is Markdown, and raw HTML in it stays text.
  assert.match(r.text, /<strong>Wir beraten<\/strong>/);
  assert.ok(!r.text.includes('<script>'), 'no raw HTML from the description');
  assert.match(r.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(r.text, /<ul class="tag-list org-fields"><li>Bildung<\/li><li>Sprache<\/li><\/ul>/);
  assert.match(r.text, new RegExp(`<img class="org-logo" src="/directory/orgs/${F.org.alpha}/logo" alt="Logo von Alpha ${F.t} Beratungsstelle">`));
  // Its offers in the directory, and only those.
  const offers = /<ul class="people-list offer-list org-offers">([\s\S]*?)<\/ul>/.exec(r.text)[1];
  assert.deepEqual(linkedIds(offers, 'offers'), [F.offer.a1, F.offer.a4]);
  assert.match(decodeEntities(mainText(offers)), new RegExp(`Sprachcafé ${F.t} Sprache möglicherweise veraltet Stand:`));
  // Nobody's name, no link to a member's profile, no hidden detail.
  assert.ok(!/href="\/people\//.test(r.text), 'no link to a profile');
  assert.ok(!text.includes('Leitung'), "the contact person's role at the organisation is not shown");
  assertNoSecrets(assert, r.text, F.secrets, 'organisation page');
  // An organisation without a logo has no image.
  const echo = await anon.get(`/directory/orgs/${F.org.echo}`);
  assert.equal(echo.status, 200);
  assert.ok(!echo.text.includes('class="org-logo"'));
  assert.match(decodeEntities(mainText(echo.text)), /Im Verzeichnis stehen|Hausaufgabenhilfe/);
});

test("an offer's page: its details, the published role and the organisation's contact details, never the person", async () => {
  const r = await anon.get(`/directory/offers/${F.offer.a1}`);
  assert.equal(r.status, 200);
  assert.match(r.text, new RegExp(`<title>Migrationsberatung ${F.t} – Alpha ${F.t} Beratungsstelle – Netzwerk Integration</title>`));
  assert.equal(h1(r.text), `Migrationsberatung ${F.t}`);
  const text = decodeEntities(mainText(r.text));
  assert.match(text, new RegExp(`Ein Angebot von Alpha ${F.t} Beratungsstelle`));
  assert.match(r.text, /<em>Erwachsene<\/em>/);
  for (const s of [
    'Handlungsfeld Soziales und Beratung',
    'Zielgruppen Geflüchtete Zugewanderte allgemein',
    'Sprachen Deutsch Arabisch',
    'Ort Marktstraße 1, Northeim',
    `Gemeinde ${F.m1.name}`,
    'Kosten kostenlos',
    'Stufenloser Zugang teilweise',
    'Barrierefreiheit Aufzug vorhanden',
    'Ansprechperson Migrationsberatung',
    `Organisation Alpha ${F.t} Beratungsstelle`,
    'Telefon 05551 1234-0',
    `E-Mail info-${F.t}@alpha.example`,
    `Webseite https://alpha-${F.t}.example/`,
  ])
    assert.ok(text.includes(s), `shows "${s}"`);
  assert.ok(!text.includes('veraltet'), 'a current offer is not marked');
  assert.ok(!/href="\/people\//.test(r.text), 'no link to a profile');
  assertNoSecrets(assert, r.text, F.secrets, 'offer page');
  // English: the same offer with English names.
  const en = await anonEn.get(`/directory/offers/${F.offer.a1}`);
  assert.match(en.text, /<html lang="en">/);
  assert.match(decodeEntities(mainText(en.text)), /Field of action Social work and counselling Target groups Refugees Migrants in general Languages German Arabic/);
  assertNoSecrets(assert, en.text, F.secrets, 'offer page (en)');
});

test("the logo of a listed organisation comes from the file store, publicly cacheable", async () => {
  const r = await getBytes(anon, `/directory/orgs/${F.org.alpha}/logo`);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/png');
  assert.equal(createHash('sha256').update(r.bytes).digest('hex'), F.logoSha);
  assert.equal(r.headers.get('cache-control'), 'public, max-age=300');
  assert.equal(r.headers.get('set-cookie'), null);
});

// ------------------------------------------------------ filters, orders, pager

test('each filter of the organisations list narrows it; lang means a listed offer in that language', async () => {
  const t = F.t;
  assert.deepEqual(await orgsOf({ q: t, field: 3 }), [F.org.alpha]);
  assert.deepEqual(await orgsOf({ q: t, field: 7 }), [F.org.echo]);
  assert.deepEqual(await orgsOf({ q: t, field: 2 }), []);
  assert.deepEqual(await orgsOf({ q: t, type: 4 }), [F.org.echo]);
  assert.deepEqual(await orgsOf({ q: t, type: 3 }), [F.org.alpha]);
  assert.deepEqual(await orgsOf({ q: t, municipality: F.m1.id }), [F.org.alpha]);
  assert.deepEqual(await orgsOf({ q: t, municipality: F.m2.id }), [F.org.echo]);
  assert.deepEqual(await orgsOf({ q: t, lang: 'ar' }), [F.org.alpha]);
  assert.deepEqual(await orgsOf({ q: t, lang: 'tr' }), [F.org.echo]);
  assert.deepEqual(await orgsOf({ q: t, lang: 'de' }), [F.org.alpha]);
  // Only hidden offers are in Persian: no organisation is found by it.
  assert.deepEqual(await orgsOf({ q: t, lang: 'fa' }), []);
  assert.deepEqual(await orgsOf({ q: t, field: 1, type: 4 }), [], 'filters combine');
  // The text search looks at the description too, and empty filters are "all".
  assert.deepEqual(await orgsOf({ q: `beraten** ${t}`, field: '', type: '', municipality: '', lang: '' }), [F.org.alpha]);
  assert.deepEqual(await orgsOf({ q: `  ${t}  ` }), [F.org.alpha, F.org.echo]);
  // The form shows what was chosen.
  const r = await anon.get(`/directory?${q({ q: t, type: 4, lang: 'tr', sort: 'new' })}`);
  assert.match(r.text, /<option value="4" selected>/);
  assert.match(r.text, /<option value="tr" selected>/);
  assert.match(r.text, /<option value="new" selected>/);
  assert.match(r.text, new RegExp(`<input id="f-q" name="q" type="search" value="${t}"`));
});

test('each filter of the offers list narrows it', async () => {
  const t = F.t;
  assert.deepEqual(await offersOf({ q: t, field: 6 }), [F.offer.a1]);
  assert.deepEqual(await offersOf({ q: t, field: 3 }), [F.offer.a4]);
  assert.deepEqual(await offersOf({ q: t, target: 4 }), [F.offer.e1]);
  assert.deepEqual(await offersOf({ q: t, target: 1 }), [F.offer.a1]);
  assert.deepEqual(await offersOf({ q: t, lang: 'ar' }), [F.offer.a1]);
  assert.deepEqual(await offersOf({ q: t, lang: 'de' }), [F.offer.a1, F.offer.a4]);
  assert.deepEqual(await offersOf({ q: t, lang: 'fa' }), []);
  assert.deepEqual(await offersOf({ q: t, municipality: F.m2.id }), [F.offer.e1]);
  assert.deepEqual(await offersOf({ q: t, type: 3 }), [F.offer.a1, F.offer.a4]);
  assert.deepEqual(await offersOf({ q: t, type: 4, lang: 'tr', target: 4 }), [F.offer.e1]);
  assert.deepEqual(await offersOf({ q: t, type: 4, lang: 'ar' }), []);
  // The search covers the organisation's name.
  assert.deepEqual(await offersOf({ q: `Echo ${t}` }), [F.offer.e1]);
  // % and _ match themselves.
  assert.deepEqual(await offersOf({ q: `%${t}` }), []);
});

test('orders: by name / title (default), newest, recently changed or checked', async () => {
  const t = F.t;
  assert.deepEqual(await orgsOf({ q: t }), [F.org.alpha, F.org.echo]);
  assert.deepEqual(await orgsOf({ q: t, sort: 'name' }), [F.org.alpha, F.org.echo]);
  assert.deepEqual(await orgsOf({ q: t, sort: 'new' }), [F.org.echo, F.org.alpha]);
  assert.deepEqual(await orgsOf({ q: t, sort: 'updated' }), [F.org.alpha, F.org.echo]);
  assert.deepEqual(await offersOf({ q: t }), [F.offer.e1, F.offer.a1, F.offer.a4]);
  assert.deepEqual(await offersOf({ q: t, sort: 'new' }), [F.offer.a4, F.offer.e1, F.offer.a1]);
  assert.deepEqual(await offersOf({ q: t, sort: 'checked' }), [F.offer.e1, F.offer.a1, F.offer.a4]);
});

test('25 a page; the pager and the export links keep the filter', async () => {
  const r1 = await anon.get(`/directory?${q({ q: P.t, field: 2 })}`);
  assert.equal(r1.status, 200);
  assert.deepEqual(resultIds(r1.text, 'orgs'), P.ids.slice(0, 25));
  assert.match(mainText(r1.text), /27 Organisationen gefunden\s*,\s*Seite 1 von 2/);
  assert.match(r1.text, new RegExp(`href="/directory\\?q=${P.t}&amp;field=2&amp;page=2" rel="next"`));
  const r2 = await anon.get(`/directory?${q({ q: P.t, field: 2, page: 2 })}`);
  assert.deepEqual(resultIds(r2.text, 'orgs'), P.ids.slice(25));
  // Past the end: the last page.
  const r9 = await anon.get(`/directory?${q({ q: P.t, field: 2, page: 9 })}`);
  assert.deepEqual(resultIds(r9.text, 'orgs'), P.ids.slice(25));
  // The exports are of the filter, not of the page.
  for (const r of [r1, r2]) {
    assert.match(r.text, new RegExp(`<a class="export-csv" href="/directory/orgs\\.csv\\?q=${P.t}&amp;field=2" type="text/csv">`));
    assert.match(r.text, new RegExp(`<a class="export-json" href="/directory/orgs\\.json\\?q=${P.t}&amp;field=2" type="application/json">`));
  }
  const offers = await anon.get(`/directory/offers?${q({ q: F.t, target: 4, sort: 'checked' })}`);
  assert.match(offers.text, new RegExp(`href="/directory/offers\\.csv\\?q=${F.t}&amp;target=4&amp;sort=checked"`));
});

test('bad filter values → 400 error page, on both lists', async () => {
  const t400 = langText('Error.400.Title', 'de');
  const bad = [
    ['/directory', 'field=abc'],
    ['/directory', 'field=-1'],
    ['/directory', 'field=007'],
    ['/directory', 'type=1.5'],
    ['/directory', 'municipality=x'],
    ['/directory', 'lang=xyz'],
    ['/directory', 'lang=DE'],
    ['/directory', 'lang=d1'],
    ['/directory', 'sort=bogus'],
    ['/directory', 'sort=title'],
    ['/directory', 'page=abc'],
    ['/directory', 'q=a&q=b'],
    ['/directory', `q=${'x'.repeat(201)}`],
    ['/directory', 'q=%0Aline'],
    ['/directory', 'q=%FF'],
    ['/directory/offers', 'target=x'],
    ['/directory/offers', 'target=-2'],
    ['/directory/offers', 'sort=name'],
    ['/directory/offers', 'sort=updated'],
    ['/directory/offers', 'field=1&field=2'],
    ['/directory/offers', 'lang=%C3%A4b'],
  ];
  for (const [path, query] of bad) {
    const r = await anon.get(`${path}?${query}`);
    assert.equal(r.status, 400, `${path}?${query}: ${show(r)}`);
    assert.equal(h1(r.text), t400, `${path}?${query}`);
    assert.ok(!/class="people-list/.test(r.text), 'no list');
  }
  // Unknown parameters are ignored, as on every list.
  assert.deepEqual(await orgsOf({ q: F.t, target: 'x', foo: 'bar' }), [F.org.alpha, F.org.echo]);
});

// ------------------------------------------------------- the same for everybody

test('every directory page is byte for byte the same with a valid session cookie as without, and sets no cookie', async () => {
  const member = await demoClient(DEMO.member1);
  assert.ok(member.session, 'signed in');
  const paths = [
    `/directory?q=${F.t}`,
    `/directory/offers?q=${F.t}&lang=ar`,
    `/directory/orgs/${F.org.alpha}`,
    `/directory/offers/${F.offer.a1}`,
    `/directory/orgs.csv?q=${F.t}`,
  ];
  for (const p of paths) {
    const a = await anon.get(p);
    const b = await member.get(p);
    assert.equal(a.status, 200, p);
    assert.equal(b.status, 200, p);
    assert.equal(b.text, a.text, `${p}: the same page for a member`);
    for (const r of [a, b]) {
      assert.deepEqual(r.setCookies, [], `${p}: no Set-Cookie`);
      assert.equal(r.headers.get('cache-control'), 'public, max-age=300', p);
      assert.ok((r.headers.get('vary') || '').split(/,\s*/).includes('Accept-Language'), `${p}: Vary: Accept-Language`);
    }
  }
  // The signed-out frame: the sign-in link, no sign-out form, no token, no name.
  const page = await member.get(`/directory/orgs/${F.org.alpha}`);
  assert.match(page.text, /<a href="\/login">Anmelden<\/a>/);
  assert.ok(!page.text.includes('action="/logout"'));
  assert.ok(!page.text.includes('name="csrf"'));
  assert.ok(!page.text.includes('Anna Schneider'), "the member's name is not on the page");
  assert.ok(!/noindex/i.test(page.text) && !page.headers.get('x-robots-tag'), 'indexable');
  // The member's session still works elsewhere: it was not ended either.
  assert.equal((await member.get('/people')).status, 200);
});

test('a directory page does not read the session: its last use is not updated', async () => {
  const member = await demoClient(DEMO.member2);
  const hash = createHash('sha256').update(member.session).digest('hex');
  const seen = () => sql(`SELECT last_seen_at FROM sessions WHERE token_hash = UNHEX('${hash}');`)[0][0];
  // Ten minutes ago: within the idle timeout, past the one-minute interval
  // after which any page of a signed-in member would write it anew.
  sql(`UPDATE sessions SET last_seen_at = NOW() - INTERVAL 10 MINUTE WHERE token_hash = UNHEX('${hash}');`);
  const before = seen();
  assert.equal((await member.get(`/directory?q=${F.t}`)).status, 200);
  assert.equal((await member.get(`/directory/orgs/${F.org.alpha}`)).status, 200);
  assert.equal(seen(), before, 'untouched by the directory');
  // A members' page does update it: the check above can see a change.
  assert.equal((await member.get('/people')).status, 200);
  assert.notEqual(seen(), before, 'a members page touches the session');
});

test('cookies that would change a page are ignored: a flash message, a stale or forged session, a pre-session token', async () => {
  const plain = await anon.get(`/directory?q=${F.t}`);
  const c = new Client();
  c.setCookie('kp_flash', 'OrgVerified');
  c.setCookie('kp_session', 'A'.repeat(43));
  c.setCookie('kp_pre', 'B'.repeat(43));
  const r = await c.get(`/directory?q=${F.t}`);
  assert.equal(r.status, 200);
  assert.equal(r.text, plain.text, 'no flash, no other frame');
  assert.deepEqual(r.setCookies, [], 'the unknown session cookie is not even deleted');
  // Elsewhere the same cookies are acted on: the unknown session is deleted.
  const other = await c.get('/login');
  assert.ok(other.setCookies.some((x) => x.name === 'kp_session' && x.value === ''), 'a normal page deletes it');
});

test('HEAD answers like GET without a body; POST is not allowed', async () => {
  const head = await anon.request('HEAD', `/directory?q=${F.t}`);
  assert.equal(head.status, 200);
  assert.equal(head.text, '');
  assert.equal(head.headers.get('cache-control'), 'public, max-age=300');
  assert.deepEqual(head.setCookies, []);
  for (const p of ['/directory', '/directory/offers', `/directory/orgs/${F.org.alpha}`, '/directory/orgs.json']) {
    const member = await anon.post(p, { q: 'x' });
    assert.equal(member.status, 405, p);
    assert.equal(member.headers.get('allow'), 'GET, HEAD', p);
  }
});

test('English for an English browser; the page says it varies by language', async () => {
  const r = await anonEn.get(`/directory?q=${F.t}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /<html lang="en">/);
  assert.match(r.text, /<title>Public directory: organisations – /);
  assert.match(mainText(r.text), /2 organisations found/);
  assert.match(decodeEntities(mainText(r.text)), /Fields of action: Education, Language/);
  assert.ok((r.headers.get('vary') || '').includes('Accept-Language'));
  const o = await anonEn.get(`/directory/offers?q=${F.t}`);
  assert.match(o.text, /<title>Public directory: services – /);
});

test('list pages name their JSON and CSV as alternates; the frame offers signing in', async () => {
  const r = await anon.get(`/directory/offers?${q({ q: F.t, lang: 'ar' })}`);
  const head = /<head>([\s\S]*?)<\/head>/.exec(r.text)[1];
  assert.match(head, new RegExp(`<link rel="alternate" type="application/json" href="/directory/offers\\.json\\?q=${F.t}&amp;lang=ar">`));
  assert.match(head, new RegExp(`<link rel="alternate" type="text/csv" href="/directory/offers\\.csv\\?q=${F.t}&amp;lang=ar">`));
  assert.ok(!/noindex/i.test(r.text));
  assert.match(r.text, /<a href="\/login">Anmelden<\/a>/);
  // The nav between the two lists marks the current one.
  assert.match(r.text, /<a href="\/directory\/offers" aria-current="page">Angebote<\/a>/);
  // Following the JSON alternate gives the page's rows.
  const json = await anon.get(`/directory/offers.json?${q({ q: F.t, lang: 'ar' })}`);
  assert.deepEqual(JSON.parse(json.text).offers.map((o) => o.id), resultIds(r.text, 'offers'));
  assert.equal(`${BASE}/directory/offers/${F.offer.a1}`, JSON.parse(json.text).offers[0].url);
});

test('a change shows at once on the next request (the programs cache nothing themselves)', async () => {
  const t = tag('vc');
  const id = insertOrg({ name: `Neu ${t}`, fields: [1] });
  assert.deepEqual(await orgsOf({ q: t }), [id]);
  sql(`UPDATE orgs SET public = 0 WHERE id = ${id};`);
  assert.deepEqual(await orgsOf({ q: t }), []);
  assert.equal((await anon.get(`/directory/orgs/${id}`)).status, 404);
  sql(`UPDATE orgs SET public = 1, verified_at = NULL WHERE id = ${id};`);
  assert.equal((await anon.get(`/directory/orgs/${id}`)).status, 404, 'unconfirmed again');
});
