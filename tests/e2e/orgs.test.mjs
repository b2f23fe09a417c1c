// Organisations (/orgs, /orgs/new, /orgs/ID, /orgs/ID/edit, /orgs/ID/logo,
// /orgs/ID/verify): the list with its search, filters, orders and pager,
// creating (any member; "not confirmed yet" until a site admin confirms),
// the page, the form with every kind of bad input (an answer at the field
// and nothing saved), the logo (checked by content, re-encoded to fit
// 400x400, served through nginx's file location), who may edit (editors
// and site admins; anybody else gets the 404 of a missing organisation,
// also for direct POSTs), CSRF, the confirmation, the audit entries, and
// a member's organisations on the profile and in the vCard. Fresh members
// for everything that changes state; the demo admin confirms and edits.
// Offers are made by another part: the few this file needs (an outdated
// one, one in a language) are written into the database directly, since
// no form can back-date an offer's confirmation.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, ORIGIN, demoClient, inviteUser, normalisePage, show, sleep } from './lib.mjs';
import {
  PNG_SIGNATURE,
  createOrg,
  decodeEntities,
  fieldError,
  getBytes,
  imageSize,
  listOrgs,
  makeJpeg,
  makePng,
  makeWebp,
  orgAudit,
  orgFormChoices,
  orgFormState,
  orgLangText,
  orgOf,
  orgSql,
  orgSqlValue,
  ownId,
  postOrg,
  postOrgForm,
  profileOf,
  readable,
  sha256,
  token,
  vcardOf,
} from './people-lib.mjs';

const t = (key, lang) => orgLangText(key, lang);
const tok = token();
let admin, moderator, member2;
let E, O; // E creates and edits organisations; O is another member
let choices, enChoices, T1, T2, M1, M2, F1, F2, F3;

/** A 422 with the message of lang key at the field, linked from the summary. */
function assertFieldError(r, field, key, label) {
  assert.equal(r.status, 422, `${label}: ${show(r)}`);
  const err = fieldError(r.text, field);
  assert.ok(err, `${label}: an error at ${field} (id="e-${field}")`);
  if (key) assert.ok(err.includes(t(key)), `${label}: "${t(key)}" at ${field}, got "${err}"`);
  assert.ok(r.text.includes(`href="#f-${field}"`), `${label}: the error summary links to the field`);
  assert.match(r.text, new RegExp(`id="f-${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-${field}"|<input id="f-${field}"[^>]*aria-invalid="true"`), `${label}: the field is marked invalid`);
}

/** How many organisations a search finds (by a token in the name). */
async function found(client, q) {
  return (await listOrgs(client, { q })).total;
}

/** The form fields of an organisation with everything filled in. */
function full(name, extra = {}) {
  return {
    name,
    type: T1,
    street: 'Am Markt 3',
    postcode: '37154',
    city: 'Northeim',
    municipality: M1,
    website: 'https://www.beispiel.de/verein?x=1&y=2',
    phone: '05551 123-45',
    email: 'Info@Beispiel.DE',
    description: `Wir **beraten** Familien.\n\n- Sprachkurse\n- Begleitung\n\n[Gefahr](javascript:alert(1)) und [Seite](https://example.org/a)`,
    field: [F1, F2],
    public: '1',
    my_role: 'Leitung',
    ...extra,
  };
}

before(async () => {
  [admin, moderator, member2] = [await demoClient(DEMO.admin), await demoClient(DEMO.moderator), await demoClient(DEMO.member2)];
  [E, O] = await Promise.all([inviteUser({ name: `Emma Verein ${tok}` }), inviteUser({ name: `Otto Fremd ${tok}` })]);
  for (const u of [E, O]) u.id = await ownId(u.client);
  const form = await E.client.get('/orgs/new');
  assert.equal(form.status, 200, show(form));
  choices = orgFormChoices(form.text);
  enChoices = orgFormChoices((await member2.get('/orgs/new')).text);
  [T1, T2] = [...choices.types.keys()];
  [M1, M2] = [...choices.municipalities.keys()];
  [F1, F2, F3] = [...choices.fields.keys()];
  assert.ok(T1 && T2 && M1 && M2 && F1 && F2 && F3, 'the form offers types, municipalities and fields of action');
});

// ------------------------------------------------------------ signed out ----

test('signed out: every organisation page → 303 to /login?next=PATH, every POST → 403, nothing created', async () => {
  const id = await createOrg(E.client, { name: `Abgemeldet ${tok}`, type: T1 });
  const anon = new Client();
  for (const path of ['/orgs', '/orgs/new', `/orgs/${id}`, `/orgs/${id}/logo`, `/orgs/${id}/edit`, `/orgs/${id}/members`]) {
    const r = await anon.get(path);
    assert.equal(r.status, 303, `${path}: ${show(r)}`);
    assert.equal(r.location, `/login?next=${path}`);
  }
  const csrf = await anon.csrf('/login');
  for (const path of ['/orgs/new', `/orgs/${id}/edit`, `/orgs/${id}/verify`, `/orgs/${id}/leave`]) {
    const r = await anon.post(path, { csrf, name: `Anonym ${tok}`, type: T1 });
    assert.equal(r.status, 403, `${path}: ${show(r)}`);
  }
  assert.equal(await found(E.client, `Anonym ${tok}`), 0);
  assert.equal((await orgOf(E.client, id)).name, `Abgemeldet ${tok}`);
});

// -------------------------------------------------------------- creating ----

test('creating with every field: 303 to the page, a flash, everything shown, the creator is the first contact person and editor', async () => {
  const name = `Familienhilfe Nord ${tok}`;
  const r = await postOrg(E.client, '/orgs/new', { ...full(name), logo: { filename: 'logo.png', type: 'image/png', data: makePng(800, 200, { text: `Privat ${tok}` }) } });
  assert.equal(r.status, 303, show(r));
  const m = /^\/orgs\/(\d+)$/.exec(r.location);
  assert.ok(m, r.location);
  const id = Number(m[1]);
  const page = await E.client.get(r.location);
  assert.equal(page.status, 200);
  assert.ok(readable(page.text).includes(t('Flash.OrgCreated')), 'the flash says it was created');
  const o = await orgOf(member2, id); // another member (English) sees it too
  assert.equal(o.name, name);
  assert.equal(o.type, enChoices.types.get(T1), "the type's name in the reader's language");
  assert.ok(o.unverified && o.unverified.includes(t('Orgs.Unverified', 'en')), `"not confirmed yet" in words: ${o.unverified}`);
  assert.deepEqual(o.address, ['Am Markt 3', '37154 Northeim']);
  assert.ok(readable(o.html).includes(choices.municipalities.get(M1)), 'the municipality is shown');
  assert.equal(o.website, 'https://www.beispiel.de/verein?x=1&y=2');
  assert.equal(o.websiteHref, 'https://www.beispiel.de/verein?x=1&y=2', 'a valid address is a link');
  assert.equal(o.phone, '05551 123-45');
  assert.equal(o.email, 'info@beispiel.de', 'the e-mail address is stored cleaned (lower case)');
  assert.match(o.description, /<strong>beraten<\/strong>/);
  assert.match(o.description, /<li>Sprachkurse<\/li>/);
  assert.ok(!/javascript:/i.test(o.description), 'no javascript: link');
  assert.match(o.description, /<a href="https:\/\/example.org\/a">Seite<\/a>/);
  assert.equal(o.fields.length, 2);
  assert.deepEqual(o.members, [{ id: E.id, name: E.name, role: 'Leitung' }]);
  assert.deepEqual(o.logo, { src: `/orgs/${id}/logo`, alt: name }, 'the logo with the name as its text');
  assert.equal(o.manage, null, 'another member gets no edit links');
  assert.equal(o.verify, null, 'and no confirm button');
  // The creator's view: the editor links and the directory note.
  const own = await orgOf(E.client, id);
  assert.deepEqual(own.manage, { edit: `/orgs/${id}/edit`, members: `/orgs/${id}/members`, addOffer: `/orgs/${id}/offers/new` });
  assert.equal(own.publicNote, t('Orgs.Show.PublicPending'));
  assert.equal(own.leave, `/orgs/${id}/leave`);
  assert.ok(own.unverified.includes(t('Orgs.Unverified')));
  assert.equal(own.municipality, choices.municipalities.get(M1));
  // The form reads back what was stored.
  const f = await orgFormState(E.client, id);
  assert.deepEqual(
    { ...f, html: undefined },
    {
      name,
      type: T1,
      street: 'Am Markt 3',
      postcode: '37154',
      city: 'Northeim',
      municipality: M1,
      website: 'https://www.beispiel.de/verein?x=1&y=2',
      phone: '05551 123-45',
      email: 'info@beispiel.de',
      description: full(name).description,
      public: true,
      remove_logo: false,
      my_role: undefined,
      fields: [F1, F2].sort(),
      html: undefined,
    },
  );
  // The logo: re-encoded, fitted into 400x400 with its shape kept.
  const logo = await getBytes(member2, `/orgs/${id}/logo`);
  assert.equal(logo.status, 200);
  assert.equal(logo.headers.get('content-type'), 'image/png');
  assert.equal(logo.headers.get('x-content-type-options'), 'nosniff');
  assert.match(logo.headers.get('content-security-policy') || '', /\bsandbox\b/);
  assert.match(logo.headers.get('content-disposition') || '', /^inline\b/);
  assert.equal(logo.headers.get('x-accel-redirect'), null);
  assert.ok(logo.bytes.subarray(0, 8).equals(PNG_SIGNATURE));
  assert.deepEqual(imageSize(logo.bytes), { format: 'png', width: 400, height: 100 });
  assert.ok(!logo.bytes.includes(Buffer.from(`Privat ${tok}`)), 'the text chunk is gone');
  // Audit: who created it.
  assert.deepEqual(orgAudit(id), [{ action: 'org.created', actor: E.id, detail: name }]);
  // The list shows it, marked as not confirmed in words.
  const l = await listOrgs(O.client, { q: name });
  assert.equal(l.total, 1);
  assert.equal(l.orgs[0].id, id);
  assert.equal(l.orgs[0].unverified, t('Orgs.Unverified'));
  assert.ok(l.orgs[0].place.includes('Northeim'));
});

test('creating with only name and type: no logo (404), no role, no contact details, not public', async () => {
  const name = `Kleinverein ${tok}`;
  const id = await createOrg(E.client, { name, type: T2 });
  const o = await orgOf(E.client, id);
  assert.equal(o.name, name);
  assert.equal(o.logo, null, 'no image');
  assert.equal((await getBytes(E.client, `/orgs/${id}/logo`)).status, 404);
  assert.deepEqual(o.members, [{ id: E.id, name: E.name, role: null }]);
  assert.deepEqual(o.address, []);
  assert.equal(o.website, null);
  assert.ok(readable(o.html).includes(t('Orgs.Show.NoContact')));
  assert.ok(readable(o.html).includes(t('Orgs.Show.NoAbout')));
  assert.equal(o.publicNote, t('Orgs.Show.NotPublic'));
  assert.ok(readable(o.html).includes(t('Orgs.Show.NoOffers')));
});

test("the creator's profile lists the organisations with the role; the vCard names the first as ORG", async () => {
  const u = await inviteUser({ name: `Paula Profil ${tok}` });
  u.id = await ownId(u.client);
  let p = await profileOf(member2, u.id);
  assert.ok(!/id="orgs-title"/.test(p.html), 'no organisations section without organisations');
  assert.ok(!(await vcardOf(member2, u.id)).props.has('ORG'));
  const b = await createOrg(u.client, { name: `Beta; Hilfe, ${tok}`, type: T1, my_role: 'Beratung' });
  const a = await createOrg(u.client, { name: `Alpha Verein ${tok}`, type: T1 });
  p = await profileOf(member2, u.id);
  const items = [...p.html.matchAll(/<li><a href="\/orgs\/(\d+)">([\s\S]*?)<\/a>(?:\s*<span class="org-role">\(([\s\S]*?)\)<\/span>)?<\/li>/g)].map((m) => [Number(m[1]), decodeEntities(m[2]), m[3] ? decodeEntities(m[3]) : null]);
  assert.deepEqual(items, [
    [a, `Alpha Verein ${tok}`, null],
    [b, `Beta; Hilfe, ${tok}`, 'Beratung'],
  ]);
  const v = await vcardOf(member2, u.id);
  assert.deepEqual(v.props.get('ORG'), [`Alpha Verein ${tok}`]);
  for (const l of v.lines) assert.match(l, /^[A-Z][A-Z0-9-]*[;:]/);
  // A name with ; and , is escaped in the vCard (the first by name).
  const u2 = await inviteUser({ name: `Quentin Karte ${tok}` });
  u2.id = await ownId(u2.client);
  await createOrg(u2.client, { name: `Beta; Hilfe, ${tok}`, type: T1 });
  assert.deepEqual((await vcardOf(member2, u2.id)).props.get('ORG'), [`Beta\\; Hilfe\\, ${tok}`]);
});

// ------------------------------------------------------------- bad input ----

test('every field is checked: 422 with the message at the field, the input kept, nothing saved', async () => {
  const tokLong = token();
  const long = (n) => 'x'.repeat(n);
  const cases = [
    ['name', '', 'Err.Required'],
    ['name', '   ', 'Err.Required'],
    ['name', `${tokLong} ${long(161 - tokLong.length - 1)}`, 'Err.TooLong'],
    ['type', '', 'Err.Required'],
    ['type', '99999', 'Err.ChoiceInvalid'],
    ['type', 'abc', 'Err.ChoiceInvalid'],
    ['type', '01', 'Err.ChoiceInvalid'],
    ['street', long(121), 'Err.TooLong'],
    ['postcode', '3715', 'Err.OrgPostcode'],
    ['postcode', '371544', 'Err.OrgPostcode'],
    ['postcode', '37l54', 'Err.OrgPostcode'],
    ['city', long(81), 'Err.TooLong'],
    ['municipality', '99999', 'Err.ChoiceInvalid'],
    ['municipality', 'x', 'Err.ChoiceInvalid'],
    ['website', 'javascript:alert(1)', 'Err.UrlInvalid'],
    ['website', 'www.beispiel.de', 'Err.UrlInvalid'],
    ['website', 'ftp://beispiel.de/datei', 'Err.UrlInvalid'],
    ['website', 'https://nutzer:geheim@beispiel.de', 'Err.UrlInvalid'],
    ['website', 'https://beispiel.de/"><script>', 'Err.UrlInvalid'],
    ['phone', 'ruf mich an', 'Err.PhoneInvalid'],
    ['phone', '0'.repeat(41), 'Err.PhoneInvalid'],
    ['phone', '(0) ' + '1-'.repeat(18) + '1', 'Err.PhoneInvalid'],
    ['phone', '12', 'Err.PhoneInvalid'],
    ['email', 'keine-adresse', 'Err.EmailInvalid'],
    ['email', 'a@b', 'Err.EmailInvalid'],
    ['description', long(8001), 'Err.TooLong'],
    ['description', '>'.repeat(200) + ' tief', 'Err.TextTooComplex'],
    ['public', '2', 'Err.ChoiceInvalid'],
    ['my_role', long(121), 'Err.TooLong'],
  ];
  for (const [field, value, key] of cases) {
    const fields = { name: `Fehlerfall ${tok}`, type: T1, [field]: value };
    const r = await postOrg(E.client, '/orgs/new', fields);
    const label = `${field}=${JSON.stringify(value.slice(0, 30))}`;
    assertFieldError(r, field, key, label);
    // The input is kept (one-line text without the blanks around it).
    if (field === 'description') {
      assert.ok(r.text.includes(`>\n${value.replace(/>/g, '&gt;')}</textarea>`), `${label}: the text is kept`);
    } else if (field === 'type' || field === 'municipality') {
      assert.ok(!/<option value="99999"/.test(r.text));
    } else if (field !== 'public' && value.trim()) {
      assert.ok(r.text.includes(`value="${value.trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`), `${label}: the value is kept`);
    }
    if (field !== 'name') assert.ok(r.text.includes(`value="Fehlerfall ${tok}"`), `${label}: the other fields are kept`);
  }
  assert.equal(await found(E.client, tokLong), 0, 'the long name was not stored');
  assert.equal(await found(E.client, `Fehlerfall ${tok}`), 0, 'nothing was saved');
});

test('several errors at once: one message per field, all in the summary, the fields of action kept', async () => {
  const r = await postOrg(E.client, '/orgs/new', { name: '', type: '', postcode: '1', website: 'beispiel', phone: 'x', email: 'y', field: [F2, F3], description: `Beschreibung ${tok}` });
  assert.equal(r.status, 422);
  for (const [f, key] of [['name', 'Err.Required'], ['type', 'Err.Required'], ['postcode', 'Err.OrgPostcode'], ['website', 'Err.UrlInvalid'], ['phone', 'Err.PhoneInvalid'], ['email', 'Err.EmailInvalid']]) {
    assert.ok((fieldError(r.text, f) || '').includes(t(key)), `${f}: ${fieldError(r.text, f)}`);
    assert.ok(r.text.includes(`href="#f-${f}"`));
  }
  // The summary names the fields with the form's own labels.
  assert.ok(readable(r.text).includes(`${t('Orgs.Field.postcode')}: ${t('Err.OrgPostcode')}`));
  const checked = [...r.text.matchAll(/<input\b[^>]*name="field"[^>]*>/g)].filter((m) => /checked/.test(m[0])).map((m) => /value="(\d+)"/.exec(m[0])[1]);
  assert.deepEqual(checked.sort(), [F2, F3].sort());
  assert.equal(await found(E.client, `Beschreibung ${tok}`), 0);
});

test('exactly at the limits is fine; blanks around one-line text are dropped; unknown fields of action are ignored', async () => {
  const name = `${tok} ${'n'.repeat(160 - tok.length - 1)}`;
  const id = await createOrg(E.client, {
    name: `  ${name}  `,
    type: T1,
    street: 's'.repeat(120),
    city: 'c'.repeat(80),
    description: 'd'.repeat(8000),
    my_role: 'r'.repeat(120),
    phone: '(0) ' + '1-'.repeat(18),
    field: [F1, '99999', '3x', F1],
  });
  const f = await orgFormState(E.client, id);
  assert.equal(f.name, name);
  assert.equal(f.street.length, 120);
  assert.equal(f.city.length, 80);
  assert.equal(f.description.length, 8000);
  assert.deepEqual(f.fields, [F1], 'only the offered choice, once');
  assert.equal(f.phone.length, 40);
  assert.equal((await orgOf(E.client, id)).members[0].role, 'r'.repeat(120));
});

test('a line break in a one-line field, a repeated field, a file in a text field → 400, nothing saved', async () => {
  const cases = [
    { name: `Zeile\nUmbruch ${tok}`, type: T1 },
    { name: `Doppelt ${tok}`, type: T1, extra: [['name', `Doppelt2 ${tok}`]] },
    { name: `Doppeltyp ${tok}`, type: T1, extra: [['type', T2]] },
    { name: `Datei ${tok}`, type: T1, extra: [{ name: 'street', filename: 'a.txt', type: 'text/plain', data: 'x' }] },
  ];
  for (const fields of cases) {
    const r = await postOrg(E.client, '/orgs/new', fields);
    assert.equal(r.status, 400, `${JSON.stringify(fields.name)}: ${show(r)}`);
  }
  for (const q of [`Umbruch ${tok}`, `Doppelt ${tok}`, `Doppeltyp ${tok}`, `Datei ${tok}`]) assert.equal(await found(E.client, q), 0, q);
});

test('logos that are no JPEG/PNG/WebP, unreadable or too large → 422 at the logo, nothing saved; an error elsewhere stores no logo', async () => {
  const cases = [
    ['HTML named .png', 'logo.png', Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), ['Err.PhotoType']],
    ['SVG named .png', 'logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), ['Err.PhotoType']],
    ['SVG', 'logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), ['Err.PhotoType']],
    ['a PNG named .php.png', 'x.php.png', makePng(20, 20), ['Err.PhotoType']],
    ['a PNG declaring 20000×20000', 'bombe.png', makePng(8, 8, { declared: { width: 20000, height: 20000 } }), ['Err.PhotoTooManyPixels', 'Err.PhotoUnreadable']],
    ['a PNG cut short', 'halb.png', makePng(20, 20).subarray(0, 40), ['Err.PhotoUnreadable', 'Err.PhotoType']],
    ['over 10 MB', 'gross.png', makePng(16, 16, { text: 'x'.repeat(10 * 1024 * 1024 + 1024) }), ['Err.PhotoTooLarge']],
  ];
  for (const [label, filename, data, keys] of cases) {
    const r = await postOrg(E.client, '/orgs/new', { name: `Logoprobe ${tok}`, type: T1, logo: { filename, type: 'image/png', data } });
    assert.equal(r.status, 422, `${label}: ${show(r)}`);
    const err = fieldError(r.text, 'logo');
    assert.ok(err && keys.some((k) => err.includes(t(k))), `${label}: ${err}`);
    assert.ok(r.text.includes('href="#f-logo"'), `${label}: in the summary`);
    assert.ok(r.text.includes(`value="Logoprobe ${tok}"`), `${label}: the name is kept`);
  }
  // A bad phone with a good logo: neither saved, and the form says to choose the logo again.
  const r = await postOrg(E.client, '/orgs/new', { name: `Logoprobe ${tok}`, type: T1, phone: 'abc', logo: { filename: 'ok.png', type: 'image/png', data: makePng(30, 30) } });
  assertFieldError(r, 'phone', 'Err.PhoneInvalid', 'bad phone with a logo');
  assert.equal(fieldError(r.text, 'logo'), null);
  assert.ok(readable(r.text).includes(t('Orgs.Hint.LogoAgain')));
  assert.equal(await found(E.client, `Logoprobe ${tok}`), 0);
});

test('user text comes back escaped everywhere: name, role, address, description', async () => {
  const evil = `<script>alert(1)</script><img src=x onerror=alert(2)> ${tok}`;
  const id = await createOrg(E.client, { name: `Böse ${evil}`.slice(0, 150), type: T1, street: '<b>Straße</b>', city: '"><svg onload=alert(3)>', my_role: '<i>Rolle</i>', description: `<script>alert(4)</script>\n\n<iframe src="https://evil.example"></iframe>` });
  for (const [path, who] of [[`/orgs/${id}`, O.client], [`/orgs/${id}/edit`, E.client], ['/orgs?q=' + encodeURIComponent(tok), O.client], [`/people/${E.id}`, O.client]]) {
    const r = await who.get(path);
    assert.equal(r.status, 200, path);
    assert.ok(!/<script>alert/.test(r.text), `${path}: no script`);
    assert.ok(!/<img src=x/.test(r.text) && !/<svg onload/.test(r.text) && !/<iframe/.test(r.text) && !/<i>Rolle/.test(r.text), `${path}: no injected element`);
  }
  const o = await orgOf(O.client, id);
  assert.ok(o.name.includes('<script>alert(1)</script>'), 'shown as the text that was typed');
  assert.ok(o.description.includes('&lt;script&gt;'), 'raw HTML in Markdown is text');
});

// --------------------------------------------------------------- editing ----

test('the editor opens the form with the stored values and saves changes: 303, a flash, the page shows them', async () => {
  const name = `Bearbeitbar ${tok}`;
  const id = await createOrg(E.client, { ...full(name), logo: { filename: 'l.jpg', type: 'image/jpeg', data: makeJpeg(64, 32) } });
  const before = await orgOf(E.client, id);
  assert.ok(before.logo);
  const r = await postOrg(E.client, `/orgs/${id}/edit`, {
    name: `${name} neu`,
    type: T2,
    street: '',
    postcode: '',
    city: 'Einbeck',
    municipality: M2,
    website: 'http://einbeck.example',
    phone: '+49 5561 1',
    email: 'kontakt@einbeck.example',
    description: 'Nur noch *das*.',
    field: [F3],
  });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${id}`);
  const page = await E.client.get(r.location);
  assert.ok(readable(page.text).includes(t('Flash.OrgSaved')));
  const f = await orgFormState(E.client, id);
  assert.deepEqual(
    { name: f.name, type: f.type, street: f.street, postcode: f.postcode, city: f.city, municipality: f.municipality, website: f.website, phone: f.phone, email: f.email, description: f.description, public: f.public, fields: f.fields },
    { name: `${name} neu`, type: T2, street: '', postcode: '', city: 'Einbeck', municipality: M2, website: 'http://einbeck.example', phone: '+49 5561 1', email: 'kontakt@einbeck.example', description: 'Nur noch *das*.', public: false, fields: [F3] },
  );
  const o = await orgOf(O.client, id);
  assert.deepEqual(o.address, ['Einbeck']);
  assert.match(o.description, /<em>das<\/em>/);
  assert.deepEqual(o.logo, { src: `/orgs/${id}/logo`, alt: `${name} neu` }, 'the logo is kept when none is chosen');
  assert.deepEqual(o.members, [{ id: E.id, name: E.name, role: 'Leitung' }], 'the edit form does not touch the contact persons');
  assert.deepEqual(orgAudit(id).map((a) => [a.action, a.actor]), [['org.created', E.id], ['org.edited', E.id]]);
  // The form of an existing organisation has no "your role" field.
  assert.equal(f.my_role, undefined);
});

test('a new logo replaces the old one; remove_logo takes it away; remove_logo with another value is refused', async () => {
  const id = await createOrg(E.client, { name: `Logowechsel ${tok}`, type: T1, logo: { filename: 'a.png', type: 'image/png', data: makePng(100, 300) } });
  const first = await getBytes(O.client, `/orgs/${id}/logo`);
  assert.deepEqual(imageSize(first.bytes), { format: 'png', width: 100, height: 300 }, 'not scaled up');
  let r = await postOrg(E.client, `/orgs/${id}/edit`, { name: `Logowechsel ${tok}`, type: T1, logo: { filename: 'b.webp', type: 'image/webp', data: makeWebp(1000, 500) } });
  assert.equal(r.status, 303, show(r));
  const second = await getBytes(O.client, `/orgs/${id}/logo`);
  assert.equal(second.headers.get('content-type'), 'image/webp');
  assert.deepEqual(imageSize(second.bytes), { format: 'webp', width: 400, height: 200 }, 'fitted into 400x400');
  r = await postOrg(E.client, `/orgs/${id}/edit`, { name: `Logowechsel ${tok}`, type: T1, remove_logo: 'ja' });
  assert.equal(r.status, 400, 'a longer value than a box sends');
  r = await postOrg(E.client, `/orgs/${id}/edit`, { name: `Logowechsel ${tok}`, type: T1, remove_logo: '2' });
  assertFieldError(r, 'remove_logo', 'Err.ChoiceInvalid', 'remove_logo=2');
  assert.equal(sha256((await getBytes(O.client, `/orgs/${id}/logo`)).bytes), sha256(second.bytes), 'still the second logo');
  const form = await E.client.get(`/orgs/${id}/edit`);
  assert.match(form.text, /name="remove_logo"/);
  r = await postOrg(E.client, `/orgs/${id}/edit`, { name: `Logowechsel ${tok}`, type: T1, remove_logo: '1' });
  assert.equal(r.status, 303, show(r));
  assert.equal((await getBytes(O.client, `/orgs/${id}/logo`)).status, 404);
  assert.equal((await orgOf(O.client, id)).logo, null);
  assert.ok(!/name="remove_logo"/.test((await E.client.get(`/orgs/${id}/edit`)).text), 'nothing to remove any more');
});

test('bad input on the edit form: 422 at the field, nothing changed', async () => {
  const id = await createOrg(E.client, full(`Unverändert ${tok}`));
  const before = await orgFormState(E.client, id);
  for (const [field, value, key] of [
    ['name', '', 'Err.Required'],
    ['website', 'javascript:alert(1)', 'Err.UrlInvalid'],
    ['phone', 'abc', 'Err.PhoneInvalid'],
    ['email', 'nein', 'Err.EmailInvalid'],
    ['postcode', '1234', 'Err.OrgPostcode'],
    ['type', '99999', 'Err.ChoiceInvalid'],
  ]) {
    const r = await postOrg(E.client, `/orgs/${id}/edit`, { ...full(`Geändert ${tok}`), [field]: value });
    assertFieldError(r, field, key, `edit ${field}`);
    assert.ok(r.text.includes(`action="/orgs/${id}/edit"`), 'the same form again');
  }
  const after = await orgFormState(E.client, id);
  assert.deepEqual({ ...after, html: null }, { ...before, html: null });
});

test("a member who does not edit the organisation gets the 404 of a missing one, for GET and direct POSTs; nothing changes", async () => {
  const id = await createOrg(E.client, full(`Fremdzugriff ${tok}`));
  const before = await orgFormState(E.client, id);
  const missing = await O.client.get('/orgs/99999999/edit');
  assert.equal(missing.status, 404);
  for (const who of [O.client, member2, moderator]) {
    const g = await who.get(`/orgs/${id}/edit`);
    assert.equal(g.status, 404, show(g));
    assert.equal(normalisePage(g.text), normalisePage((await who.get('/orgs/99999999/edit')).text), 'the same page as for a missing organisation');
    assert.ok(!g.text.includes('Fremdzugriff'));
    for (const fields of [{ ...full(`Gekapert ${tok}`) }, { name: `Fremdzugriff ${tok}`, type: T1, remove_logo: '1' }, { name: 'Mit Logo', type: T1, logo: { filename: 'a.png', type: 'image/png', data: makePng(20, 20) } }]) {
      const p = await postOrg(who, `/orgs/${id}/edit`, fields);
      assert.equal(p.status, 404, show(p));
      const pm = await postOrg(who, '/orgs/99999999/edit', fields);
      assert.equal(normalisePage(p.text), normalisePage(pm.text));
    }
  }
  assert.deepEqual({ ...(await orgFormState(E.client, id)), html: null }, { ...before, html: null });
  assert.equal(await found(O.client, `Gekapert ${tok}`), 0);
  assert.deepEqual(orgAudit(id).map((a) => a.action), ['org.created']);
});

test('malformed and unknown ids → 404 on every organisation URL', async () => {
  for (const id of ['0', '007', '99999999', 'abc', '-1', '1e3']) {
    for (const sub of ['', '/logo', '/edit', '/members']) {
      const r = await O.client.get(`/orgs/${id}${sub}`);
      assert.equal(r.status, 404, `/orgs/${id}${sub}: ${show(r)}`);
    }
    const p = await postOrg(admin, `/orgs/${id}/edit`, { name: `Nirgends ${tok}`, type: T1 });
    assert.equal(p.status, 404, `POST /orgs/${id}/edit`);
  }
});

test('a site admin may open and save any organisation', async () => {
  const id = await createOrg(E.client, full(`Adminpflege ${tok}`));
  const g = await admin.get(`/orgs/${id}/edit`);
  assert.equal(g.status, 200, show(g));
  assert.ok(readable(g.text).includes(`Adminpflege ${tok}`));
  const r = await postOrg(admin, `/orgs/${id}/edit`, { ...full(`Adminpflege ${tok} geprüft`), my_role: undefined });
  assert.equal(r.status, 303, show(r));
  assert.equal((await orgOf(O.client, id)).name, `Adminpflege ${tok} geprüft`);
  const audit = orgAudit(id);
  assert.equal(audit[audit.length - 1].action, 'org.edited');
  assert.notEqual(audit[audit.length - 1].actor, E.id, "the admin's own entry");
  assert.deepEqual((await orgOf(admin, id)).manage?.edit, `/orgs/${id}/edit`);
});

test('extra fields (verified_at, created_by, id, logo_sha256, deleted_at) are ignored', async () => {
  const id = await createOrg(E.client, {
    name: `Extras ${tok}`,
    type: T1,
    extra: [['verified_at', '2020-01-01 00:00:00'], ['verified', '1'], ['verified_by', '1'], ['created_by', String(O.id)], ['id', '1'], ['logo_sha256', 'a'.repeat(64)], ['logo_mime', 'text/html']],
  });
  const o = await orgOf(O.client, id);
  assert.ok(o.unverified, 'still not confirmed');
  assert.equal(o.logo, null);
  assert.equal((await getBytes(O.client, `/orgs/${id}/logo`)).status, 404);
  assert.deepEqual(o.members.map((m) => m.id), [E.id]);
  const r = await postOrg(E.client, `/orgs/${id}/edit`, { name: `Extras ${tok}`, type: T1, extra: [['deleted_at', '2020-01-01'], ['verified_at', '2020-01-01'], ['id', '1']] });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${id}`);
  assert.ok((await orgOf(O.client, id)).unverified);
  assert.equal((await O.client.get(`/orgs/${id}`)).status, 200, 'not deleted');
});

// ------------------------------------------------------------------ CSRF ----

test('POST without a token, with a broken or foreign one, or from a foreign Origin → 403; nothing created or changed', async () => {
  const id = await createOrg(E.client, full(`Tokenprobe ${tok}`));
  const before = await orgFormState(E.client, id);
  const good = await E.client.csrf('/account');
  const other = await O.client.csrf('/account');
  const cases = [
    ['no token', { csrf: false }],
    ['empty token', { csrf: '' }],
    ['broken token', { csrf: good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA') }],
    ["another member's token", { csrf: other }],
    ['a foreign Origin', { csrf: good, headers: { origin: 'https://evil.example' } }],
    ['Sec-Fetch-Site: cross-site', { csrf: good, headers: { 'sec-fetch-site': 'cross-site' } }],
  ];
  for (const [label, opts] of cases) {
    for (const path of ['/orgs/new', `/orgs/${id}/edit`]) {
      const r = await postOrg(E.client, path, full(`Per CSRF ${tok}`), opts);
      assert.equal(r.status, 403, `${label} on ${path}: ${show(r)}`);
    }
  }
  // The admin's confirmation needs the admin's own token too.
  for (const csrf of [false, '', good]) {
    const v = await postOrgForm(admin, `/orgs/${id}/verify`, [], { csrf });
    assert.equal(v.status, 403, `verify with ${JSON.stringify(csrf)}: ${show(v)}`);
  }
  assert.equal(await found(E.client, `Per CSRF ${tok}`), 0);
  assert.deepEqual({ ...(await orgFormState(E.client, id)), html: null }, { ...before, html: null });
  assert.ok((await orgOf(E.client, id)).unverified, 'not confirmed by a forged request');
  const ok = await postOrg(E.client, `/orgs/${id}/edit`, full(`Tokenprobe ${tok}`), { headers: { origin: ORIGIN } });
  assert.equal(ok.status, 303, 'the own origin is fine');
});

// ---------------------------------------------------------- confirmation ----

test('only a site admin confirms: others get 404; the note and the badge go away; a second confirm changes nothing', async () => {
  const name = `Bestätigung ${tok}`;
  const id = await createOrg(E.client, full(name));
  for (const who of [O.client, E.client, moderator, member2]) {
    const r = await postOrgForm(who, `/orgs/${id}/verify`);
    assert.equal(r.status, 404, show(r));
    assert.equal((await orgOf(who, id)).verify, null, 'no confirm button');
  }
  assert.ok((await orgOf(O.client, id)).unverified);
  const before = await orgOf(admin, id);
  assert.equal(before.verify, `/orgs/${id}/verify`, 'the admin sees the button');
  assert.equal((await admin.get(`/orgs/${id}/verify`)).status, 405, 'GET does not confirm');
  const r = await postOrgForm(admin, `/orgs/${id}/verify`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/orgs/${id}`);
  const page = await admin.get(r.location);
  assert.ok(readable(page.text).includes(t('Flash.OrgVerified')));
  const after = await orgOf(O.client, id);
  assert.equal(after.unverified, null);
  assert.equal((await orgOf(admin, id)).verify, null, 'no button once confirmed');
  assert.equal((await listOrgs(O.client, { q: name })).orgs[0].unverified, null);
  assert.equal((await orgOf(E.client, id)).publicNote, t('Orgs.Show.Public'), 'now in the public directory');
  assert.equal((await postOrgForm(admin, `/orgs/${id}/verify`)).status, 303);
  assert.deepEqual(orgAudit(id).map((a) => a.action), ['org.created', 'org.verified'], 'confirmed once');
  assert.equal(orgSql(`SELECT verified_by = u.id FROM orgs o JOIN users u ON u.email = ${orgSqlValue(DEMO.admin)} WHERE o.id = ${id}`)[0][0], '1');
  assert.equal((await postOrgForm(admin, '/orgs/99999999/verify')).status, 404);
  // Editing keeps the confirmation.
  assert.equal((await postOrg(E.client, `/orgs/${id}/edit`, full(name))).status, 303);
  assert.equal((await orgOf(O.client, id)).unverified, null);
});

// ------------------------------------------------------------------ list ----

test('the list: search by name or description, each filter narrows, filters combine; the form keeps them', async () => {
  const k = token();
  const a = await createOrg(E.client, { name: `Anker ${k}`, type: T1, municipality: M1, field: [F1] });
  const b = await createOrg(E.client, { name: `Brücke ${k}`, type: T2, municipality: M2, field: [F1, F2] });
  const c = await createOrg(E.client, { name: `Chor Nord`, type: T1, municipality: M2, field: [F2], description: `Wir singen ${k} gemeinsam.` });
  const ids = (l) => l.orgs.map((o) => o.id).sort((x, y) => x - y);
  assert.deepEqual(ids(await listOrgs(O.client, { q: k })), [a, b, c].sort((x, y) => x - y), 'name or description');
  assert.deepEqual(ids(await listOrgs(O.client, { q: k.toUpperCase() })), [a, b, c].sort((x, y) => x - y), 'any case');
  assert.deepEqual(ids(await listOrgs(O.client, { q: `  ${k} ` })), [a, b, c].sort((x, y) => x - y), 'blanks around the text');
  assert.deepEqual(ids(await listOrgs(O.client, { q: k, type: T1 })), [a, c].sort((x, y) => x - y));
  assert.deepEqual(ids(await listOrgs(O.client, { q: k, municipality: M2 })), [b, c].sort((x, y) => x - y));
  assert.deepEqual(ids(await listOrgs(O.client, { q: k, field: F2 })), [b, c].sort((x, y) => x - y));
  assert.deepEqual(ids(await listOrgs(O.client, { q: k, field: F2, type: T2, municipality: M2 })), [b]);
  assert.deepEqual(ids(await listOrgs(O.client, { q: k, field: F3 })), []);
  const none = await listOrgs(O.client, { q: k, field: F3 });
  assert.ok(readable(none.html).includes(t('Orgs.List.FoundNone')));
  const l = await listOrgs(O.client, { q: k, type: T1, municipality: M2, field: F2, sort: 'new' });
  assert.ok(l.html.includes(`value="${k}"`));
  for (const [name, v] of [['type', T1], ['municipality', M2], ['field', F2], ['sort', 'new']])
    assert.match(l.html, new RegExp(`<select id="f-${name}" name="${name}">[\\s\\S]*?<option value="${v}" selected>`), `${name} stays chosen`);
  assert.match(l.html, /<form class="filter-form" method="get" action="\/orgs"/);
});

test('% _ and \\ in the search match themselves', async () => {
  const k = token();
  const a = await createOrg(E.client, { name: `Rabatt 50%_${k}`, type: T1 });
  const b = await createOrg(E.client, { name: `Rabatt 50xy${k}`, type: T1 });
  assert.deepEqual((await listOrgs(O.client, { q: `50%_${k}` })).orgs.map((o) => o.id), [a]);
  assert.deepEqual((await listOrgs(O.client, { q: `50xy${k}` })).orgs.map((o) => o.id), [b]);
  assert.equal((await listOrgs(O.client, { q: `\\${k}` })).total, 0);
});

test('the language filter: organisations with an offer (not deleted) in that language', async () => {
  const k = token();
  const a = await createOrg(E.client, { name: `Sprache A ${k}`, type: T1 });
  const b = await createOrg(E.client, { name: `Sprache B ${k}`, type: T1 });
  await createOrg(E.client, { name: `Sprache C ${k}`, type: T1 });
  const field = Number(F1);
  const offer = (org, title, deleted) =>
    orgSql(
      `INSERT INTO offers (org_id, title, field_id, checked_on, deleted_at) VALUES (${org}, ${orgSqlValue(title)}, ${field}, CURDATE(), ${deleted ? 'NOW()' : 'NULL'}); SELECT LAST_INSERT_ID();`,
    )[0][0];
  const oa = offer(a, `Beratung ${k}`, false);
  const ob = offer(b, `Gelöscht ${k}`, true);
  orgSql(`INSERT INTO offer_languages (offer_id, lang) VALUES (${oa}, 'ar'), (${oa}, 'uk'), (${ob}, 'ar'), (${ob}, 'tr')`);
  assert.deepEqual((await listOrgs(O.client, { q: k, lang: 'ar' })).orgs.map((o) => o.id), [a]);
  assert.deepEqual((await listOrgs(O.client, { q: k, lang: 'uk' })).orgs.map((o) => o.id), [a]);
  assert.deepEqual((await listOrgs(O.client, { q: k, lang: 'tr' })).orgs.map((o) => o.id), [], 'a deleted offer does not count');
  assert.equal((await listOrgs(O.client, { q: k })).total, 3);
});

test('orders: by name (default), newest first, recently changed first; unknown orders → 400', async () => {
  const k = token();
  const c = await createOrg(E.client, { name: `Cäsar ${k}`, type: T1 });
  const a = await createOrg(E.client, { name: `Anton ${k}`, type: T1 });
  const b = await createOrg(E.client, { name: `Berta ${k}`, type: T1 });
  const order = async (sort) => (await listOrgs(O.client, sort ? { q: k, sort } : { q: k })).orgs.map((o) => o.id);
  assert.deepEqual(await order(''), [a, b, c]);
  assert.deepEqual(await order('name'), [a, b, c]);
  assert.deepEqual(await order('new'), [b, a, c]);
  await sleep(1100); // updated_at counts in seconds
  assert.equal((await postOrg(E.client, `/orgs/${c}/edit`, { name: `Cäsar ${k}`, type: T1, city: 'Uslar' })).status, 303);
  assert.deepEqual(await order('updated'), [c, b, a]);
  assert.deepEqual(await order('new'), [b, a, c], 'an edit does not make it new');
  for (const sort of ['NAME', 'created', 'name;', 'x']) assert.equal((await O.client.get(`/orgs?q=${k}&sort=${sort}`)).status, 400, sort);
});

test('25 a page; the pager keeps the search, the filters and the order; a page beyond the end shows the last', async () => {
  const k = token();
  for (let i = 0; i < 27; i++) await createOrg(E.client, { name: `Seite ${String(i).padStart(2, '0')} ${k}`, type: T2 });
  const p1 = await listOrgs(O.client, { q: k, type: T2, sort: 'new' });
  assert.equal(p1.total, 27);
  assert.equal(p1.orgs.length, 25);
  assert.equal(p1.pages, 2);
  const next = p1.links.find((h) => /[?&]page=2(&|$)/.test(h));
  assert.ok(next, p1.links.join(' '));
  const params = new URLSearchParams(next.split('?')[1]);
  assert.equal(params.get('q'), k);
  assert.equal(params.get('type'), T2);
  assert.equal(params.get('sort'), 'new');
  assert.equal(params.get('field'), null, 'filters that are not set are not in the link');
  const p2 = await listOrgs(O.client, next.split('?')[1]);
  assert.equal(p2.orgs.length, 2);
  assert.deepEqual(p2.orgs.map((o) => o.name), [`Seite 01 ${k}`, `Seite 00 ${k}`], 'newest first, continued');
  const beyond = await listOrgs(O.client, { q: k, page: 9 });
  assert.equal(beyond.page, 2);
  assert.equal(beyond.orgs.length, 2);
  // By name, the default order is not in the links.
  const byName = await listOrgs(O.client, { q: k });
  assert.ok(byName.links.every((h) => !/sort=/.test(h)));
});

test('bad filter values → 400 (no list)', async () => {
  for (const qs of ['field=abc', 'field=-1', 'type=1x', 'municipality=%2B1', 'lang=deu', 'lang=d', 'page=x', 'page=-2', `q=${'q'.repeat(201)}`, 'field=1&field=2', 'sort=']) {
    const r = await O.client.get(`/orgs?${qs}`);
    if (qs === 'sort=') {
      assert.equal(r.status, 200, 'an empty order is the default');
      continue;
    }
    assert.equal(r.status, 400, `${qs}: ${show(r)}`);
    assert.ok(!/class="person org"/.test(r.text));
  }
});

// ---------------------------------------------------------------- offers ----

test("the organisation's offers: title, field, 'possibly outdated' after 12 months, public or not for editors only; deleted ones hidden", async () => {
  const id = await createOrg(E.client, { name: `Angebote ${tok}`, type: T1 });
  const add = (title, { months = 0, pub = 0, deleted = false } = {}) =>
    Number(
      orgSql(
        `INSERT INTO offers (org_id, title, field_id, checked_on, public, deleted_at) VALUES (${id}, ${orgSqlValue(title)}, ${Number(F2)}, CURDATE() - INTERVAL ${months} MONTH - INTERVAL ${months ? 1 : 0} DAY, ${pub}, ${deleted ? 'NOW()' : 'NULL'}); SELECT LAST_INSERT_ID();`,
      )[0][0],
    );
  const fresh = add(`Aktuell <b>${tok}</b>`, { pub: 1 });
  const old = add(`Alt ${tok}`, { months: 12 });
  const almost = add(`Fast alt ${tok}`, { months: 11 });
  add(`Weg ${tok}`, { deleted: true });
  const own = await orgOf(E.client, id);
  assert.deepEqual(
    own.offers.map((o) => [o.id, o.href, o.title, o.field, o.outdated, o.badge]),
    [
      [fresh, `/orgs/${id}/offers/${fresh}`, `Aktuell <b>${tok}</b>`, choices.fields.get(F2), null, t('Orgs.Show.OfferPublic')],
      [old, `/orgs/${id}/offers/${old}`, `Alt ${tok}`, choices.fields.get(F2), t('Orgs.Show.Outdated'), t('Orgs.Show.OfferMembersOnly')],
      [almost, `/orgs/${id}/offers/${almost}`, `Fast alt ${tok}`, choices.fields.get(F2), null, t('Orgs.Show.OfferMembersOnly')],
    ],
  );
  assert.equal(t('Orgs.Show.Outdated'), 'möglicherweise veraltet');
  const other = await orgOf(O.client, id);
  assert.deepEqual(other.offers.map((o) => [o.id, o.outdated, o.badge]), [[fresh, null, null], [old, t('Orgs.Show.Outdated'), null], [almost, null, null]], 'members see the offers without the editors’ marks');
  assert.ok(!own.html.includes('<b>'), 'the title is escaped');
});

// -------------------------------------------------------------- language ----

test('in English for a member who chose English', async () => {
  const id = await createOrg(E.client, full(`Englisch ${tok}`));
  const o = await orgOf(member2, id);
  assert.ok(o.unverified.includes(t('Orgs.Unverified', 'en')));
  assert.ok(readable(o.html).includes(t('Orgs.Show.Members', 'en')));
  assert.equal(o.type, enChoices.types.get(T1));
  const l = await member2.get(`/orgs?q=${encodeURIComponent(`Englisch ${tok}`)}`);
  assert.ok(readable(l.text).includes(t('Orgs.List.FoundOne', 'en')));
  const f = await member2.get('/orgs/new');
  assert.ok(readable(f.text).includes(t('Orgs.Field.name', 'en')));
  const r = await postOrg(member2, '/orgs/new', { name: '', type: T1 });
  assert.ok((fieldError(r.text, 'name') || '').includes(t('Err.Required', 'en')));
});

test('audit: creating, editing and confirming are recorded with the actor', async () => {
  const id = await createOrg(O.client, { name: `Protokoll ${tok}`, type: T1 });
  assert.equal((await postOrg(O.client, `/orgs/${id}/edit`, { name: `Protokoll ${tok} 2`, type: T1 })).status, 303);
  assert.equal((await postOrgForm(admin, `/orgs/${id}/verify`)).status, 303);
  const audit = orgAudit(id);
  assert.deepEqual(audit.slice(0, 2), [
    { action: 'org.created', actor: O.id, detail: `Protokoll ${tok}` },
    { action: 'org.edited', actor: O.id, detail: `Protokoll ${tok} 2` },
  ]);
  assert.equal(audit[2].action, 'org.verified');
  assert.equal(audit.length, 3);
});
