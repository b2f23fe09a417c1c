// The profile form (/people/ID/edit, multipart): who may open and save it,
// CSRF, extra fields, every kind of bad input (an answer at the field and
// nothing saved, or a plain 400), user text that comes back escaped (the
// about text is Markdown rendered safely), and the photo: type checked by
// content, re-encoded without metadata, served through nginx's internal
// file location, size limits, removal. Fresh members for everything that
// changes state; the demo admin and moderator only look and edit others.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG, Client, DEMO, ORIGIN, demoClient, inviteUser, normalisePage, show } from './lib.mjs';
import {
  JPEG_SIGNATURE,
  PNG_SIGNATURE,
  decodeEntities,
  exifGps,
  fieldError,
  filterChoices,
  formState,
  getBytes,
  imageSize,
  langText,
  listPeople,
  makeJpeg,
  makePng,
  makeWebp,
  multipart,
  ownId,
  parseForm,
  postProfile,
  profileOf,
  readable,
  sha256,
  token,
} from './people-lib.mjs';

let admin, moderator, member2;
let A, B, C, P, Q; // fresh members: A and B for access, C for bad input and XSS, P and Q for photos
let choices;
let F1, F2, M1;
const tok = token();

/** The folder of the file store (Site.DataDir/files from the stack's config). */
function fileStore() {
  const m = /^\s*DataDir\s*=\s*(.+?)\s*$/m.exec(readFileSync(CONFIG, 'utf8'));
  return m ? join(m[1], 'files') : null;
}

async function save(u, fields, who = u.client) {
  const r = await postProfile(who, u.id, fields);
  assert.equal(r.status, 303, `saving the profile of ${u.name}: ${show(r)}`);
  assert.equal(r.location, `/people/${u.id}`);
  return r;
}

/** What the member's form says now (as the member reads it). */
const state = (u) => formState(u.client, u.id);

/** The profile fields that matter when comparing before/after. */
function essentials(s) {
  const { position, phone, municipality, phone_visible, email_visible, about, fields, languages } = s;
  return { position, phone, municipality, phone_visible, email_visible, about, fields: [...fields].sort(), languages: [...languages].sort() };
}

/** A 422 with the message of lang key at the field. */
function assertFieldError(r, field, key, label) {
  assert.equal(r.status, 422, `${label}: ${show(r)}`);
  const err = fieldError(r.text, field);
  assert.ok(err, `${label}: an error at ${field} (id="e-${field}")`);
  if (key) assert.ok(err.includes(langText(key)), `${label}: "${langText(key)}" at ${field}, got "${err}"`);
  assert.ok(r.text.includes(`href="#f-${field}"`), `${label}: the error summary links to the field`);
}

const STORED = {
  position: `Ausgangsposition ${tok}`,
  municipality: undefined, // set in before()
  phone: '0551 400-100',
  about: 'Ausgangstext',
};

before(async () => {
  [admin, moderator, member2] = [await demoClient(DEMO.admin), await demoClient(DEMO.moderator), await demoClient(DEMO.member2)];
  const invited = await Promise.all([
    inviteUser({ name: `Anton Zugriff ${tok}` }),
    inviteUser({ name: `Berta Zugriff ${tok}` }),
    inviteUser({ name: `Carla Eingabe ${tok}` }),
    inviteUser({ name: `Paul Foto ${tok}` }),
    inviteUser({ name: `Quirin Foto ${tok}` }),
  ]);
  [A, B, C, P, Q] = invited;
  for (const u of invited) u.id = await ownId(u.client);
  choices = filterChoices((await listPeople(A.client)).html);
  const fieldIds = [...choices.fields.keys()];
  [F1, F2] = fieldIds;
  M1 = [...choices.municipalities.keys()][0];
  STORED.municipality = M1;
});

// ------------------------------------------------------------- access ----

test('/profile/edit leads to the own form: multipart, csrf, the stored values', async () => {
  const r = await A.client.get('/profile/edit');
  assert.equal(r.status, 303);
  assert.equal(r.location, `/people/${A.id}/edit`);
  await save(A, { ...STORED, field: [F1], language: ['de', 'ar'], phone_visible: '1' });
  const f = await A.client.get(`/people/${A.id}/edit`);
  assert.equal(f.status, 200);
  assert.match(f.text, new RegExp(`<form\\b[^>]*method="post"[^>]*action="/people/${A.id}/edit"[^>]*enctype="multipart/form-data"`));
  assert.match(f.text, /<input type="hidden" name="csrf" value="[^"]+">/);
  assert.match(f.text, /<input\b[^>]*name="photo"[^>]*type="file"/);
  const s = await state(A);
  assert.deepEqual(essentials(s), {
    position: STORED.position,
    phone: STORED.phone,
    municipality: M1,
    phone_visible: true,
    email_visible: false,
    about: STORED.about,
    fields: [F1],
    languages: ['ar', 'de'],
  });
});

test('saving: 303 to the profile, a flash there, the values on the profile page', async () => {
  const r = await save(A, { ...STORED, position: `Neue Position ${tok}`, field: [F1, F2], language: ['uk'] });
  const page = await A.client.get(r.location);
  assert.equal(page.status, 200);
  assert.ok(readable(page.text).includes(langText('Flash.ProfileSaved')), 'the flash says it was saved');
  const p = await profileOf(member2, A.id);
  assert.equal(p.position, `Neue Position ${tok}`);
  assert.equal(p.place, choices.municipalities.get(M1));
  assert.equal(p.fields.length, 2);
  assert.equal(p.languages.length, 1);
  // The flash is shown once.
  assert.ok(!readable((await A.client.get(r.location)).text).includes(langText('Flash.ProfileSaved')));
  await save(A, { ...STORED, field: [F1], language: ['de', 'ar'], phone_visible: '1' });
});

test("member A cannot open or save B's form: 404 like a missing member, B unchanged", async () => {
  await save(B, { position: `Berta Original ${tok}`, phone: '0551 999-1', municipality: M1, field: [F2], language: ['fr'] });
  const before = essentials(await state(B));
  const missing = await A.client.get('/people/99999999/edit');
  assert.equal(missing.status, 404);
  const g = await A.client.get(`/people/${B.id}/edit`);
  assert.equal(g.status, 404, show(g));
  assert.equal(normalisePage(g.text), normalisePage(missing.text), 'the same page as for a member who does not exist');
  assert.ok(!g.text.includes('Berta Original') && !g.text.includes('0551 999-1'));
  const attempts = [
    { position: 'Von Anton geändert', phone: '0551 666', municipality: M1, about: 'gehackt' },
    { remove_photo: '1' },
    { position: 'Mit Foto', photo: { filename: 'a.png', type: 'image/png', data: makePng(32, 32) } },
  ];
  for (const fields of attempts) {
    const p = await postProfile(A.client, B.id, fields);
    assert.equal(p.status, 404, show(p));
    const pm = await postProfile(A.client, 99999999, fields);
    assert.equal(normalisePage(p.text), normalisePage(pm.text), 'POST: the same page as for a missing member');
  }
  // Through the own route's path with B's id in the form: see the extra-fields test.
  assert.deepEqual(essentials(await state(B)), before, "B's profile is unchanged");
  const thumb = await getBytes(B.client, `/people/${B.id}/thumb`);
  assert.match(thumb.headers.get('content-type'), /^image\/svg\+xml/, 'B still has no photo');
  // A moderator is no admin: same answer.
  assert.equal((await moderator.get(`/people/${B.id}/edit`)).status, 404);
  assert.equal((await postProfile(moderator, B.id, { position: 'Moderiert' })).status, 404);
  assert.deepEqual(essentials(await state(B)), before);
});

test("an admin can open and save another member's form", async () => {
  const g = await admin.get(`/people/${B.id}/edit`);
  assert.equal(g.status, 200, show(g));
  assert.ok(readable(g.text).includes(langText('ProfileEdit.OtherMember')), 'the admin is told whose profile this is');
  assert.ok(readable(g.text).includes(B.name));
  const r = await postProfile(admin, B.id, { position: `Vom Admin gepflegt ${tok}`, municipality: M1, field: [F1], language: ['de'] });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/people/${B.id}`);
  const s = await state(B);
  assert.equal(s.position, `Vom Admin gepflegt ${tok}`);
  assert.deepEqual(s.fields, [F1]);
  assert.deepEqual(s.languages, ['de']);
  assert.equal((await profileOf(member2, B.id)).position, `Vom Admin gepflegt ${tok}`);
  // The admin's own profile is not touched by it.
  const adminOwn = await profileOf(admin, 1);
  assert.notEqual(adminOwn.position, `Vom Admin gepflegt ${tok}`);
});

test('POST without a token, with a broken one, with another session’s token, a foreign Origin, or the token in the URL → 403, nothing changed', async () => {
  const before = essentials(await state(A));
  const good = await A.client.csrf('/account');
  const other = await B.client.csrf('/account');
  assert.notEqual(good, other);
  const second = new Client();
  await second.loginOk(A.email, A.password);
  const sameUserOtherSession = await second.csrf('/account');
  const fields = { position: 'Per CSRF geändert', phone: '0551 1', municipality: M1 };
  const cases = [
    ['no token', { csrf: false }],
    ['empty token', { csrf: '' }],
    ['broken token', { csrf: good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA') }],
    ["another member's token", { csrf: other }],
    ["the same member's other session's token", { csrf: sameUserOtherSession }],
    ['a foreign Origin', { csrf: good, headers: { origin: 'https://evil.example' } }],
    ['Sec-Fetch-Site: cross-site', { csrf: good, headers: { 'sec-fetch-site': 'cross-site' } }],
    ['token in the URL', { csrf: false, path: `/people/${A.id}/edit?csrf=${good}` }],
  ];
  for (const [label, opts] of cases) {
    const parts = multipart([...(opts.csrf !== false ? [['csrf', opts.csrf]] : []), ...Object.entries(fields)]);
    const r = await A.client.request('POST', opts.path || `/people/${A.id}/edit`, {
      body: parts.body,
      contentType: parts.contentType,
      headers: opts.headers || {},
    });
    assert.equal(r.status, 403, `${label}: ${show(r)}`);
  }
  // As GET with the fields in the query: the form is shown, nothing saved.
  const g = await A.client.get(`/people/${A.id}/edit?position=Per%20GET&csrf=${good}`);
  assert.equal(g.status, 200);
  assert.deepEqual(essentials(await state(A)), before, 'nothing changed');
  // The same origin is fine.
  const ok = await postProfile(A.client, A.id, { ...STORED, field: [F1], language: ['de', 'ar'], phone_visible: '1' }, { headers: { origin: ORIGIN } });
  assert.equal(ok.status, 303, show(ok));
});

test('extra fields (user_id, id, role, status, email, name, photo_sha256) are ignored', async () => {
  const bBefore = essentials(await state(B));
  const r = await postProfile(A.client, A.id, {
    ...STORED,
    position: `Mit Extras ${tok}`,
    extra: [
      ['user_id', String(B.id)],
      ['id', String(B.id)],
      ['role', 'admin'],
      ['status', 'suspended'],
      ['email', 'uebernahme@example.org'],
      ['email_visible_for', 'all'],
      ['name', 'Gekapert'],
      ['photo_sha256', 'a'.repeat(64)],
      ['thumb_sha256', 'b'.repeat(64)],
      ['photo_mime', 'text/html'],
    ],
  });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/people/${A.id}`);
  assert.equal((await state(A)).position, `Mit Extras ${tok}`, 'the own profile was saved');
  assert.deepEqual(essentials(await state(B)), bBefore, "B's profile is unchanged");
  const p = await profileOf(member2, A.id);
  assert.equal(p.name, A.name, 'the name is not changed by the profile form');
  assert.equal((await A.client.get(`/people/${B.id}/edit`)).status, 404, 'A did not become an admin');
  assert.equal((await A.client.get('/account')).status, 200, 'A is not suspended');
  const thumb = await getBytes(member2, `/people/${A.id}/thumb`);
  assert.match(thumb.headers.get('content-type'), /^image\/svg\+xml/, 'no photo from a smuggled hash');
  await save(A, { ...STORED, field: [F1], language: ['de', 'ar'], phone_visible: '1' });
});

test('a double-clicked save (8 identical POSTs at once, first save of a fresh member): every answer 303, each choice stored once', async () => {
  const u = await inviteUser({ name: `Doppel Klick ${tok}` });
  u.id = await ownId(u.client);
  const csrf = await u.client.csrf('/account');
  const fields = { position: `Doppelt ${tok}`, municipality: M1, field: [F1, F2], language: ['de', 'en', 'ar'], phone: '0551 12345' };
  const rs = await Promise.all(Array.from({ length: 8 }, () => postProfile(u.client, u.id, fields, { csrf })));
  assert.deepEqual(rs.map((r) => r.status), Array(8).fill(303), rs.map(show).join(' | '));
  const s = await formState(u.client, u.id);
  assert.deepEqual(s.fields.sort(), [F1, F2].sort());
  assert.deepEqual(s.languages.sort(), ['ar', 'de', 'en']);
  assert.equal((await profileOf(admin, u.id)).fields.length, 2, 'no choice twice on the profile');
});

// ---------------------------------------------------------- bad input ----

/** Sets C's profile to a known state and returns it (as essentials). */
async function resetC() {
  await save(C, { ...STORED, field: [F1], language: ['de'] });
  return essentials(await state(C));
}

test('a phone number with letters or other junk → 422 at the field, input kept, nothing saved', async () => {
  const before = await resetC();
  for (const phone of ['0551 abc', 'tel:0551 1234', '0551;1234', '+49+5541 1234', '05541 123 <b>', '12', '1'.repeat(21), '0551 1234x']) {
    const r = await postProfile(C.client, C.id, { position: `Neu ${tok}`, phone, about: 'Neuer Text', field: [F2], language: ['fr'] });
    assertFieldError(r, 'phone', 'Err.PhoneInvalid', `phone ${JSON.stringify(phone)}`);
    assert.match(r.text, /aria-invalid="true"/);
    const kept = parseForm(r.text);
    assert.equal(kept.phone, phone, 'the phone as typed is kept');
    assert.equal(kept.position, `Neu ${tok}`, 'the other input is kept');
    assert.equal(kept.about, 'Neuer Text');
    assert.deepEqual(kept.fields, [F2], 'the chosen fields are kept');
    assert.deepEqual(kept.languages, ['fr']);
    assert.deepEqual(essentials(await state(C)), before, `${phone}: nothing saved`);
  }
  for (const phone of ['+49 5541 123-45', '(05541) 12 34', '0551/39-4711', '0151 2345 6789']) {
    const r = await postProfile(C.client, C.id, { ...STORED, phone });
    assert.equal(r.status, 303, `${phone} is a phone number: ${show(r)}`);
    assert.equal((await state(C)).phone, phone);
  }
});

test('position over 120 characters, about over 4000 → 422 at the field, nothing saved; exactly the limit is fine', async () => {
  const before = await resetC();
  for (const position of ['P'.repeat(121), 'ä'.repeat(121), '€'.repeat(121), 'x'.repeat(300)]) {
    const r = await postProfile(C.client, C.id, { ...STORED, position });
    assertFieldError(r, 'position', 'Err.TooLong', `${[...position].length} × ${position[0]}`);
    assert.deepEqual(essentials(await state(C)), before);
  }
  // 121 four-byte characters are over the form layer's byte limit (480):
  // a plain 400 is fine there too.
  const emoji = await postProfile(C.client, C.id, { ...STORED, position: '😀'.repeat(121) });
  assert.ok([400, 422].includes(emoji.status), show(emoji));
  assert.deepEqual(essentials(await state(C)), before);
  for (const about of ['a'.repeat(4001), 'ü'.repeat(4001), `${'Zeile\n'.repeat(666)}abcde`]) {
    const r = await postProfile(C.client, C.id, { ...STORED, about });
    assertFieldError(r, 'about', 'Err.TooLong', `about of ${[...about].length}`);
    assert.deepEqual(essentials(await state(C)), before);
  }
  // Far beyond any field: a plain 400 or the same 422, never stored.
  const huge = await postProfile(C.client, C.id, { ...STORED, position: 'P'.repeat(5000), about: 'x'.repeat(70000) });
  assert.ok([400, 413, 422].includes(huge.status), show(huge));
  assert.deepEqual(essentials(await state(C)), before);
  // The limits themselves, in any script.
  for (const position of ['P'.repeat(120), 'ä'.repeat(120), '😀'.repeat(120)]) {
    const r = await postProfile(C.client, C.id, { ...STORED, position });
    assert.equal(r.status, 303, `${[...position].length} characters: ${show(r)}`);
    assert.equal((await state(C)).position, position);
  }
  const about = `${'ü'.repeat(3000)}\n${'b'.repeat(999)}`;
  assert.equal([...about].length, 4000);
  const r = await postProfile(C.client, C.id, { ...STORED, about });
  assert.equal(r.status, 303, show(r));
  assert.equal((await state(C)).about, about, 'a 4000-character text is stored as it is');
});

test('a municipality that does not exist, visibility values other than 1 → 422 at the field, nothing saved', async () => {
  const before = await resetC();
  for (const municipality of ['99999', '0', 'abc', '-1', '1.5', '1x']) {
    const r = await postProfile(C.client, C.id, { ...STORED, municipality });
    assertFieldError(r, 'municipality', 'Err.ChoiceInvalid', `municipality=${JSON.stringify(municipality)}`);
    assert.deepEqual(essentials(await state(C)), before);
  }
  for (const [field, value] of [
    ['phone_visible', '2'],
    ['phone_visible', '0'],
    ['email_visible', '2'],
    ['email_visible', 'x'],
  ]) {
    const r = await postProfile(C.client, C.id, { ...STORED, [field]: value });
    assertFieldError(r, field, 'Err.ChoiceInvalid', `${field}=${value}`);
    assert.deepEqual(essentials(await state(C)), before);
  }
  // Several errors at once: each at its field.
  const r = await postProfile(C.client, C.id, { ...STORED, municipality: '99999', phone: 'abc', position: 'x'.repeat(121) });
  assert.equal(r.status, 422);
  for (const f of ['municipality', 'phone', 'position']) assert.ok(fieldError(r.text, f), `an error at ${f}`);
  // No municipality at all is a choice too.
  const none = await postProfile(C.client, C.id, { ...STORED, municipality: '' });
  assert.equal(none.status, 303, show(none));
  assert.equal((await state(C)).municipality, '');
  assert.equal((await profileOf(member2, C.id)).place, null);
});

test('unknown field-of-action and language ids are ignored, not stored', async () => {
  await resetC();
  const r = await postProfile(C.client, C.id, {
    ...STORED,
    field: [F1, '999', '0', 'abc', '65535', F2],
    language: ['de', 'xx', 'zz', 'ar', '99', 'qq'],
  });
  assert.equal(r.status, 303, show(r));
  const s = await state(C);
  assert.deepEqual(s.fields.sort(), [F1, F2].sort());
  assert.deepEqual(s.languages.sort(), ['ar', 'de']);
  const p = await profileOf(admin, C.id); // German, like the choices
  assert.deepEqual(p.fields.sort(), [choices.fields.get(F1), choices.fields.get(F2)].sort());
  assert.equal(p.languages.length, 2);
  // Nothing chosen: both lists empty.
  await save(C, { ...STORED });
  const e = await state(C);
  assert.deepEqual([e.fields, e.languages], [[], []]);
});

test('a malformed field-of-action id is not read as a number ("3x" is not field 3)', async () => {
  await resetC();
  const third = [...choices.fields.keys()][2];
  for (const junk of [`${third}x`, ` ${third}`, `+${third}`, `${third}.0`]) {
    const r = await postProfile(C.client, C.id, { ...STORED, field: [F1, junk] });
    assert.ok([303, 400, 422].includes(r.status), show(r));
    const s = await state(C);
    assert.ok(!s.fields.includes(third), `field=${JSON.stringify(junk)} stored field ${third} (${choices.fields.get(third)}): ${s.fields}`);
  }
});

test('values that look like 0 ("0", "00") are kept in the form and shown like any text', async () => {
  await resetC();
  // A 422 keeps what was typed, also "0…".
  const bad = await postProfile(C.client, C.id, { ...STORED, phone: '0'.repeat(21), position: '0' });
  assert.equal(bad.status, 422, show(bad));
  const kept = parseForm(bad.text);
  assert.equal(kept.phone, '0'.repeat(21), 'the phone as typed is kept');
  assert.equal(kept.position, '0', 'the position as typed is kept');
  for (const position of ['0', '00']) {
    await save(C, { ...STORED, position });
    assert.equal((await state(C)).position, position, `position ${JSON.stringify(position)} in the form`);
    assert.equal((await profileOf(admin, C.id)).position, position.trim(), `position ${JSON.stringify(position)} on the profile page`);
    const l = await listPeople(admin, { q: C.name });
    assert.equal(l.people.find((x) => x.id === C.id)?.position, position.trim(), 'and in the list');
  }
  await resetC();
});

test('invalid UTF-8, NUL, control characters, a line break in a one-line field, duplicates → 400, nothing saved', async () => {
  const before = await resetC();
  const bytes = (...b) => Buffer.from(b);
  const cat = (...parts) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));
  const cases = [
    ['position', cat('Ab', bytes(0xc3, 0x28), 'cd'), 'invalid UTF-8'],
    ['position', cat('Ab', bytes(0xff), 'cd'), 'byte FF'],
    ['position', cat('Ab', bytes(0xc0, 0xaf)), 'overlong'],
    ['position', cat('Ab', bytes(0xed, 0xa0, 0x80)), 'surrogate'],
    ['position', cat('Ab', bytes(0x00), 'cd'), 'NUL'],
    ['position', cat('Ab', bytes(0x1b), '[31m'), 'ESC'],
    ['position', cat('Ab', bytes(0x7f)), 'DEL'],
    ['position', cat('Ab', bytes(0xc2, 0x85)), 'C1 NEL'],
    ['position', 'Ab\ncd', 'LF in a one-line field'],
    ['position', 'Ab\tcd', 'TAB in a one-line field'],
    ['phone', '0551\r\n1234', 'CRLF in the phone'],
    ['about', cat('Text', bytes(0x00)), 'NUL in the text area'],
    ['about', cat('Text', bytes(0xc3, 0x28)), 'invalid UTF-8 in the text area'],
    ['about', 'Text\rmehr', 'bare CR in the text area'],
    ['about', cat('Text', bytes(0x01)), 'SOH in the text area'],
  ];
  for (const [field, value, label] of cases) {
    const r = await postProfile(C.client, C.id, { ...STORED, [field]: value });
    assert.equal(r.status, 400, `${label}: ${show(r)}`);
    assert.match(r.headers.get('content-type') || '', /^text\/html/);
  }
  const dup = [
    ['position', 'Eins'],
    ['position', 'Zwei'],
  ];
  const d = await postProfile(C.client, C.id, { extra: dup });
  assert.equal(d.status, 400, `position twice: ${show(d)}`);
  const d2 = await postProfile(C.client, C.id, { ...STORED, extra: [['about', 'zweimal']] });
  assert.equal(d2.status, 400, `about twice: ${show(d2)}`);
  // The photo field sent as text, a text field sent as a file.
  const t = await postProfile(C.client, C.id, { ...STORED, extra: [['photo', 'nur Text']] });
  assert.equal(t.status, 400, `photo as text: ${show(t)}`);
  const csrf = await C.client.csrf('/account');
  const asFile = multipart([['csrf', csrf], { name: 'position', filename: 'p.txt', type: 'text/plain', data: 'Datei' }]);
  const f = await C.client.request('POST', `/people/${C.id}/edit`, { body: asFile.body, contentType: asFile.contentType });
  assert.equal(f.status, 400, `position as a file: ${show(f)}`);
  assert.deepEqual(essentials(await state(C)), before, 'nothing saved');
  assert.equal((await C.client.get(`/people/${C.id}`)).status, 200, 'the profile still renders');
});

test('broken multipart bodies → a clean 400, nothing saved', async () => {
  const before = await resetC();
  const csrf = await C.client.csrf('/account');
  const good = multipart([['csrf', csrf], ['position', 'Kaputt']], 'XyZboundary');
  const cases = [
    ['no boundary', good.body, 'multipart/form-data'],
    ['wrong boundary', good.body, 'multipart/form-data; boundary=AnotherOne'],
    ['cut off', good.body.subarray(0, good.body.length - 20), good.contentType],
    ['no closing delimiter', Buffer.from(`--XyZboundary\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n`), good.contentType],
    ['a part without a name', Buffer.from(`--XyZboundary\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZboundary--\r\n`), good.contentType],
  ];
  for (const [label, body, contentType] of cases) {
    const r = await C.client.request('POST', `/people/${C.id}/edit`, { body, contentType });
    assert.ok([400, 403].includes(r.status), `${label}: ${show(r)}`);
  }
  assert.deepEqual(essentials(await state(C)), before);
  // A boundary far over RFC 2046's 70 characters: refused, or parsed right.
  const long = multipart([['csrf', csrf], ['position', `Lange Grenze ${tok}`]], 'b'.repeat(300));
  const lr = await C.client.request('POST', `/people/${C.id}/edit`, { body: long.body, contentType: long.contentType });
  if (lr.status === 303) assert.equal((await state(C)).position, `Lange Grenze ${tok}`);
  else {
    assert.equal(lr.status, 400, show(lr));
    assert.deepEqual(essentials(await state(C)), before);
  }
  // Different boundary lengths one after the other (same workers): each is parsed right.
  for (const len of [1, 70, 10, 40, 5]) {
    const fresh = await C.client.csrf('/account');
    const b = multipart([['csrf', fresh], ['position', `Grenze ${len}`], ['municipality', M1]], 'q'.repeat(len));
    const r = await C.client.request('POST', `/people/${C.id}/edit`, { body: b.body, contentType: b.contentType });
    assert.equal(r.status, 303, `boundary of ${len}: ${show(r)}`);
    assert.equal((await state(C)).position, `Grenze ${len}`);
  }
});

// ---------------------------------------------------------------- XSS ----

const XSS_POSITION = `"><script>alert(1)</script><img src=x onerror=alert(2)>{{7*7}}<?cs var:Page.CSRF ?>`;
const XSS_ABOUT = [
  '**fett** und _kursiv_',
  '<script>alert(3)</script>',
  '<img src=x onerror=alert(4)>',
  '<a href="javascript:alert(5)">roh</a>',
  '[klick](javascript:alert(6))',
  '[gross](JaVaScRiPt:alert(7))',
  '[entity](&#106;avascript:alert(8))',
  '[leer]( javascript:alert(9))',
  '<javascript:alert(10)>',
  '![bild](javascript:alert(11))',
  '[daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4=)',
  '[vb](vbscript:msgbox(13))',
  '[tab](java\tscript:alert(14))',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(15)>',
  '<?cs var:Page.CSRF ?>',
  '[gut](https://example.org/pfad)',
].join('\n\n');

/** Attribute values of href/src in html, entities decoded, blanks removed. */
function urlAttributes(html) {
  return [...html.matchAll(/\b(?:href|src|action|formaction|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) =>
    decodeEntities(m[2] ?? m[3] ?? m[4]).replace(/[\s\u0000-\u001f]/g, '').toLowerCase(),
  );
}

function assertNoActiveContent(html, where) {
  assert.ok(!/<script\b(?![^>]*\bsrc=)/i.test(html), `${where}: no inline <script>`);
  assert.ok(!/<script\b[^>]*>\s*alert/i.test(html), `${where}: no injected script`);
  assert.ok(!/<(img|svg|iframe|a|body|video)\b[^>]*\bon[a-z]+\s*=/i.test(html), `${where}: no element with an event handler`);
  assert.ok(!/<iframe\b/i.test(html), `${where}: no iframe`);
  for (const u of urlAttributes(html)) assert.ok(!/^(javascript|vbscript|data):/.test(u), `${where}: no ${u.slice(0, 30)} URL`);
}

test('an XSS payload in position and about comes back escaped; the about Markdown is rendered safely', async () => {
  const r = await postProfile(C.client, C.id, { position: XSS_POSITION, about: XSS_ABOUT, municipality: M1 });
  assert.equal(r.status, 303, show(r));
  const page = await member2.get(`/people/${C.id}`);
  assert.equal(page.status, 200);
  assertNoActiveContent(page.text, 'profile page');
  const p = await profileOf(member2, C.id);
  assert.equal(p.position, XSS_POSITION, 'the position is shown as typed');
  assert.ok(page.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the position escaped');
  assert.ok(page.text.includes('&lt;?cs var:Page.CSRF ?&gt;'), 'template syntax typed by a user is shown as text');
  // The Markdown: rendered, raw HTML shown as text, no dangerous link.
  const about = p.about || '';
  assert.match(about, /<strong>fett<\/strong>/, 'Markdown is rendered');
  assert.match(about, /<em>kursiv<\/em>/);
  assert.ok(about.includes('&lt;script&gt;alert(3)&lt;/script&gt;'), 'a <script> tag is shown as text');
  assert.ok(about.includes('&lt;img src=x onerror=alert(4)&gt;') || !/onerror/.test(about), 'the <img onerror> is text');
  assert.match(about, /<a href="https:\/\/example\.org\/pfad">gut<\/a>/, 'an https link stays a link');
  for (const text of ['klick', 'gross', 'entity', 'daten', 'vb']) assert.ok(readable(about).includes(text), `the link text "${text}" stays`);
  assert.ok(!/<img\b/i.test(about), 'no <img> from a foreign or javascript: URL');
  // In the list.
  const l = await listPeople(member2, { q: 'alert(1)' });
  assert.ok(l.people.some((x) => x.id === C.id && x.position === XSS_POSITION), 'found and shown as typed');
  assertNoActiveContent(l.html, 'list');
  assert.ok(l.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  // In the form (attribute and text area) and in a 422 answer.
  const f = await C.client.get(`/people/${C.id}/edit`);
  assertNoActiveContent(f.text, 'form');
  assert.match(f.text, /name="position"[^>]*value="&quot;&gt;&lt;script&gt;/);
  const bad = await postProfile(C.client, C.id, { position: XSS_POSITION, about: XSS_ABOUT, phone: 'kaputt<script>' });
  assert.equal(bad.status, 422);
  assertNoActiveContent(bad.text, '422 form');
  assert.ok(!bad.text.includes('kaputt<script>'));
  // The vCard is text: the position as typed, but never a new line.
  const v = await member2.get(`/people/${C.id}/vcard`);
  assert.equal(v.status, 200);
  assert.ok(v.text.split('\r\n').every((l) => l === '' || /^[A-Z]+[;:]/.test(l)), v.text);
  await resetC();
});

test('Markdown that would not render (nested too deep, too many image openers) is refused or shown, never lost silently', async () => {
  await resetC();
  for (const [label, about] of [
    ['nesting of 100', `${'>'.repeat(100)} tief`],
    ['300 image openers', '![x](/a) '.repeat(300)],
  ]) {
    const r = await postProfile(C.client, C.id, { ...STORED, about });
    if (r.status === 422) {
      assert.ok(fieldError(r.text, 'about'), `${label}: the message is at the about field`);
      continue;
    }
    assert.equal(r.status, 303, `${label}: ${show(r)}`);
    const p = await profileOf(member2, C.id);
    assert.ok(p.about && readable(p.about).length > 0, `${label}: stored (303), but the profile shows nothing of it: ${JSON.stringify(p.about)}`);
  }
  await resetC();
});

// -------------------------------------------------------------- photo ----

async function photoOf(u, who = member2) {
  return getBytes(who, `/people/${u.id}/photo`);
}

function assertDownloadHeaders(r, type, label) {
  assert.equal(r.status, 200, label);
  assert.equal(r.headers.get('content-type'), type, `${label}: Content-Type`);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff', `${label}: nosniff`);
  assert.match(r.headers.get('content-security-policy') || '', /\bsandbox\b/, `${label}: CSP sandbox`);
  assert.ok(!/default-src 'none'; script-src 'self'/.test(r.headers.get('content-security-policy') || ''), `${label}: the file location's own CSP`);
  const cd = r.headers.get('content-disposition') || '';
  assert.match(cd, /^inline\b/, `${label}: shown inline (a raster image): ${cd}`);
  assert.ok(!/[\r\n]/.test(cd));
  assert.equal(r.headers.get('x-accel-redirect'), null, `${label}: the internal path is not sent to the client`);
}

function storedFile(sha) {
  const dir = fileStore();
  return dir ? join(dir, sha.slice(0, 2), sha.slice(2, 4), sha) : null;
}

test('a PNG photo: 303, served as image/png through the file location, re-encoded (no text chunk), sized', async () => {
  const png = makePng(200, 100, { text: `GPS 51.5N Privat ${tok}` });
  const r = await postProfile(P.client, P.id, { position: 'Mit Foto', photo: { filename: 'portrait.png', type: 'image/png', data: png } });
  assert.equal(r.status, 303, show(r));
  for (const who of [member2, P.client, admin]) {
    const ph = await photoOf(P, who);
    assertDownloadHeaders(ph, 'image/png', 'photo');
    assert.ok(ph.bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG bytes');
    assert.ok(!ph.bytes.includes(Buffer.from('Privat')) && !ph.bytes.includes(Buffer.from('GPS')), 'the text chunk is gone');
    assert.deepEqual(imageSize(ph.bytes), { format: 'png', width: 200, height: 100 }, 'a small photo is not scaled up');
  }
  const th = await getBytes(member2, `/people/${P.id}/thumb`);
  assertDownloadHeaders(th, 'image/png', 'thumb');
  assert.deepEqual(imageSize(th.bytes), { format: 'png', width: 96, height: 96 }, 'a square thumbnail');
  // The stored file is named by its content's SHA-256.
  const sha = sha256((await photoOf(P)).bytes);
  const path = storedFile(sha);
  if (path) assert.ok(existsSync(path), `the photo is in the store as ${path}`);
  // The profile page and the list point at it.
  const page = await member2.get(`/people/${P.id}`);
  assert.match(page.text, new RegExp(`<img\\b[^>]*src="/people/${P.id}/photo"`));
  const l = await listPeople(member2, { q: P.name });
  assert.ok(l.people.find((x) => x.id === P.id)?.thumb === `/people/${P.id}/thumb`);
  // The form shows the current photo and offers to remove it.
  const f = await P.client.get(`/people/${P.id}/edit`);
  assert.match(f.text, /name="remove_photo"/);
});

/** Seconds a browser may use an answer without asking again (0: must revalidate). */
function freshFor(headers) {
  const cc = (headers.get('cache-control') || '').toLowerCase();
  if (/\bno-(cache|store)\b/.test(cc)) return 0;
  const m = /\bmax-age=(\d+)/.exec(cc);
  return m ? Number(m[1]) : headers.get('expires') ? 1 : 0;
}

test('after an upload, a browser that showed the avatar shows the new photo (no stale cached avatar)', async () => {
  const u = await inviteUser({ name: `Rita Cache ${tok}` });
  u.id = await ownId(u.client);
  const srcOf = async () => /<img class="profile-photo" src="([^"]+)"/.exec((await u.client.get(`/people/${u.id}`)).text)?.[1];
  const listSrc = async () => (await listPeople(u.client, { q: u.name })).people.find((x) => x.id === u.id)?.thumb;
  const before = { photo: await srcOf(), thumb: await listSrc() };
  const avatar = await getBytes(u.client, before.photo);
  const thumb = await getBytes(u.client, before.thumb);
  assert.match(avatar.headers.get('content-type'), /^image\/svg\+xml/);
  await save(u, { photo: { filename: 'neu.png', type: 'image/png', data: makePng(50, 50) } });
  const after = { photo: await srcOf(), thumb: await listSrc() };
  // Either the avatar answer must be revalidated, or the page points at a new URL.
  assert.ok(
    freshFor(avatar.headers) === 0 || after.photo !== before.photo,
    `the avatar at ${before.photo} may be cached for ${freshFor(avatar.headers)} s (Cache-Control: ${avatar.headers.get('cache-control')}), and the profile page still shows ${after.photo}: the member sees the initials instead of the photo just uploaded`,
  );
  assert.ok(freshFor(thumb.headers) === 0 || after.thumb !== before.thumb, `the list thumbnail: same stale-cache problem (${thumb.headers.get('cache-control')})`);
  const now = await getBytes(u.client, after.photo);
  assert.match(now.headers.get('content-type'), /^image\/png/);
});

test('a large photo is scaled down to fit 512×512', async () => {
  const r = await postProfile(Q.client, Q.id, { photo: { filename: 'gross.PNG', type: 'image/png', data: makePng(1024, 768) } });
  assert.equal(r.status, 303, show(r));
  const ph = await photoOf(Q);
  assert.deepEqual(imageSize(ph.bytes), { format: 'png', width: 512, height: 384 });
  const th = await getBytes(member2, `/people/${Q.id}/thumb`);
  assert.deepEqual(imageSize(th.bytes), { format: 'png', width: 96, height: 96 });
});

test('a JPEG with EXIF GPS data: stored and served without the EXIF segment', async () => {
  const jpeg = makeJpeg(64, 48, { exif: exifGps(`GPS 51.5329N 9.9355E ${tok}`) });
  assert.ok(jpeg.includes(Buffer.from('Exif')) && jpeg.includes(Buffer.from('GPS')), 'the upload carries EXIF with GPS');
  const r = await postProfile(Q.client, Q.id, { photo: { filename: 'urlaub.jpg', type: 'image/jpeg', data: jpeg } });
  assert.equal(r.status, 303, show(r));
  for (const kind of ['photo', 'thumb']) {
    const ph = await getBytes(member2, `/people/${Q.id}/${kind}`);
    assertDownloadHeaders(ph, 'image/jpeg', kind);
    assert.ok(ph.bytes.subarray(0, 3).equals(JPEG_SIGNATURE), `${kind}: JPEG bytes`);
    for (const s of ['Exif', 'GPS', tok, '51.5329']) assert.ok(!ph.bytes.includes(Buffer.from(s)), `${kind}: no "${s}" in the served bytes`);
    assert.ok(!ph.bytes.includes(Buffer.from([0xff, 0xe1])) || !ph.bytes.includes(Buffer.from('Exif')), `${kind}: no APP1/EXIF`);
  }
  assert.deepEqual(imageSize((await photoOf(Q)).bytes), { format: 'jpeg', width: 64, height: 48 });
});

test('a WebP photo: 303, served as image/webp', async () => {
  const r = await postProfile(Q.client, Q.id, { photo: { filename: 'bild.webp', type: 'image/webp', data: makeWebp(40, 30) } });
  assert.equal(r.status, 303, show(r));
  const ph = await photoOf(Q);
  assertDownloadHeaders(ph, 'image/webp', 'photo');
  assert.equal(ph.bytes.toString('latin1', 0, 4), 'RIFF');
  assert.equal(ph.bytes.toString('latin1', 8, 12), 'WEBP');
  assert.deepEqual(imageSize(ph.bytes), { format: 'webp', width: 40, height: 30 });
  const th = await getBytes(member2, `/people/${Q.id}/thumb`);
  assertDownloadHeaders(th, 'image/webp', 'thumb');
});

test('the file store location is internal: /_files/ab/cd/SHA → 404 (signed in or not), though the file exists', async () => {
  const bytes = (await photoOf(Q)).bytes;
  const sha = sha256(bytes);
  const path = storedFile(sha);
  if (path) assert.ok(existsSync(path), `${path} exists`);
  for (const client of [Q.client, admin, new Client()]) {
    for (const url of [`/_files/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`, `/_files/`, `/_files/${sha.slice(0, 2)}/`, `/_files/../_files/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`, `/%5Ffiles/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`]) {
      const r = await getBytes(client, url);
      assert.ok([400, 404].includes(r.status), `${url}: ${r.status}`);
      assert.ok(!r.bytes.equals(bytes) && !r.bytes.includes(bytes.subarray(0, 16)), `${url}: not the file`);
    }
  }
});

/** Every file under dir (relative paths). */
function filesUnder(dir, prefix = '') {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(join(dir, e.name), rel));
    else out.push(rel);
  }
  return out;
}

test('client file names (../, control characters, right-to-left marks) never reach the file system; the store holds only content hashes', async () => {
  const evil = `kp-evil-${tok}`;
  const names = [
    `../../../../../../tmp/${evil}.png`,
    `..\\..\\${evil}.png`,
    `/tmp/${evil}-abs.png`,
    `bild\u202Egnp.png`,
    `bild\u0001\u007f.png`,
    `${'x'.repeat(300)}.png`,
    `.png`,
    `CON.png`,
  ];
  for (const filename of names) {
    const r = await postProfile(Q.client, Q.id, { photo: { filename, type: 'image/png', data: makePng(24, 24) } });
    assert.ok([303, 400, 422].includes(r.status), `${JSON.stringify(filename)}: ${show(r)}`);
    const ph = await photoOf(Q);
    assert.ok(!/[\r\n]/.test(ph.headers.get('content-disposition') || ''));
    assert.ok(!(ph.headers.get('content-disposition') || '').includes('..'), 'no path in the download name');
  }
  for (const p of [`/tmp/${evil}.png`, `/tmp/${evil}-abs.png`]) assert.ok(!existsSync(p), `${p} was not written`);
  const dir = fileStore();
  if (dir && existsSync(dir)) {
    const files = filesUnder(dir).filter((f) => !f.split('/').pop().startsWith('.'));
    assert.ok(files.length > 0);
    for (const f of files) assert.match(f, /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/, `only content hashes in the store: ${f}`);
    const tmp = join(dir, '..', 'tmp');
    if (existsSync(tmp)) assert.deepEqual(filesUnder(tmp).filter((f) => f.includes(evil)), [], 'no client name in the temporary folder');
  }
});

test('HTML, SVG, scripts and other non-photos named .png/.jpg → 422 Err.PhotoType, the photo and the profile unchanged', async () => {
  await save(P, { position: `Foto behalten ${tok}`, photo: { filename: 'ok.png', type: 'image/png', data: makePng(40, 40) } });
  const keep = sha256((await photoOf(P)).bytes);
  const keepState = essentials(await state(P));
  const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b])]);
  const refused = [
    ['HTML named .png', 'bild.png', '<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'],
    ['SVG named .png', 'bild.png', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'],
    ['SVG named .svg', 'bild.svg', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'],
    ['shell script named .jpg', 'bild.jpg', '#!/bin/sh\nrm -rf /\n'],
    ['PHP named .jpg', 'bild.jpg', '<?php system($_GET["c"]); ?>'],
    ['JavaScript named .png', 'bild.png', 'alert(document.cookie)'],
    ['PDF named .png', 'bild.png', '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'],
    ['a PNG named .jpg', 'bild.jpg', makePng(20, 20)],
    ['a JPEG named .png', 'bild.png', makeJpeg(16, 16)],
    ['a PNG named .php.png', 'shell.php.png', makePng(20, 20)],
    ['a PNG named .png.php', 'bild.png.php', makePng(20, 20)],
    ['a PNG named .html', 'bild.html', makePng(20, 20)],
    ['a PNG without an extension', 'bild', makePng(20, 20)],
    ['a GIF (not offered for photos)', 'bild.gif', gif],
    ['a ZIP named .png', 'bild.png', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60)])],
  ];
  for (const [label, filename, data] of refused) {
    const r = await postProfile(P.client, P.id, { position: `Geändert ${tok}`, photo: { filename, type: 'image/png', data: Buffer.isBuffer(data) ? data : Buffer.from(data) } });
    assertFieldError(r, 'photo', 'Err.PhotoType', label);
    assertNoActiveContent(r.text, label);
    assert.equal(sha256((await photoOf(P)).bytes), keep, `${label}: the photo is unchanged`);
  }
  assert.deepEqual(essentials(await state(P)), keepState, 'nothing else was saved either');
});

test('unreadable images and decompression bombs → 422 at the photo, nothing changed', async () => {
  const keep = sha256((await photoOf(P)).bytes);
  const png = makePng(20, 20);
  const cases = [
    ['a PNG declaring 20000×20000 pixels', 'bombe.png', makePng(8, 8, { declared: { width: 20000, height: 20000 } }), ['Err.PhotoTooManyPixels', 'Err.PhotoUnreadable']],
    ['a PNG declaring 100000×1', 'breit.png', makePng(8, 8, { declared: { width: 100000, height: 1 } }), ['Err.PhotoTooManyPixels', 'Err.PhotoUnreadable']],
    ['a PNG cut after its header', 'halb.png', png.subarray(0, 40), ['Err.PhotoUnreadable', 'Err.PhotoType']],
    ['a PNG with garbage data', 'kaputt.png', Buffer.concat([png.subarray(0, 33), Buffer.alloc(200, 0x41)]), ['Err.PhotoUnreadable', 'Err.PhotoType']],
    ['a JPEG header only', 'halb.jpg', makeJpeg(16, 16).subarray(0, 30), ['Err.PhotoUnreadable', 'Err.PhotoType']],
  ];
  for (const [label, filename, data, keys] of cases) {
    const r = await postProfile(P.client, P.id, { photo: { filename, type: 'image/png', data } });
    assert.equal(r.status, 422, `${label}: ${show(r)}`);
    const err = fieldError(r.text, 'photo');
    assert.ok(err && keys.some((k) => err.includes(langText(k))), `${label}: ${err}`);
    assert.equal(sha256((await photoOf(P)).bytes), keep, `${label}: the photo is unchanged`);
  }
});

test('over 10 MB → 422 at the photo; over nginx’s 11 MB → 413; nothing changed', async () => {
  const keep = sha256((await photoOf(P)).bytes);
  const keepState = essentials(await state(P));
  const big = Buffer.alloc(10 * 1024 * 1024 + 4096, 0x41);
  const r = await postProfile(P.client, P.id, { position: 'Zu groß', photo: { filename: 'gross.png', type: 'image/png', data: big } });
  assert.equal(r.status, 422, show(r));
  const err = fieldError(r.text, 'photo');
  assert.ok(err && (err.includes(langText('Err.PhotoTooLarge')) || err.includes(langText('Err.PhotoType'))), `the message at the photo: ${err}`);
  // A real PNG over 10 MB (a big text chunk) says "too large".
  const noisy = makePng(16, 16, { text: Buffer.alloc(10 * 1024 * 1024 + 1024, 0).map((_, i) => 0x20 + ((i * 7919) % 90)).toString('latin1') });
  const r2 = await postProfile(P.client, P.id, { photo: { filename: 'gross.png', type: 'image/png', data: noisy } });
  assertFieldError(r2, 'photo', 'Err.PhotoTooLarge', 'a PNG over 10 MB');
  let huge;
  try {
    huge = await postProfile(P.client, P.id, { position: 'Viel zu groß', photo: { filename: 'riesig.png', type: 'image/png', data: Buffer.alloc(11 * 1024 * 1024 + 4096, 0x41) } });
  } catch (e) {
    assert.fail(`nginx should answer 413, the connection failed: ${e.message}`);
  }
  assert.equal(huge.status, 413, show(huge));
  assert.equal(sha256((await photoOf(P)).bytes), keep, 'the photo is unchanged');
  assert.deepEqual(essentials(await state(P)), keepState, 'nothing saved');
});

test('errors in other fields: the photo is not stored either, and the form says to choose it again', async () => {
  const keep = sha256((await photoOf(P)).bytes);
  const r = await postProfile(P.client, P.id, { phone: 'abc', photo: { filename: 'neu.png', type: 'image/png', data: makePng(64, 64) } });
  assertFieldError(r, 'phone', 'Err.PhoneInvalid', 'bad phone with a photo');
  assert.ok(readable(r.text).includes(langText('Hint.PhotoAgain')), 'the hint to choose the photo again');
  assert.equal(sha256((await photoOf(P)).bytes), keep, 'the photo is unchanged');
});

test('remove_photo=1 → the initials avatar again; remove_photo with another value changes nothing', async () => {
  assert.match((await photoOf(P)).headers.get('content-type'), /^image\/png/);
  const odd = await postProfile(P.client, P.id, { position: `Foto behalten ${tok}`, remove_photo: '2' });
  assert.ok([303, 422].includes(odd.status), show(odd));
  assert.match((await photoOf(P)).headers.get('content-type'), /^image\/png/, 'remove_photo=2 does not remove it');
  const r = await postProfile(P.client, P.id, { position: `Foto behalten ${tok}`, remove_photo: '1' });
  assert.equal(r.status, 303, show(r));
  for (const kind of ['photo', 'thumb']) {
    const a = await getBytes(member2, `/people/${P.id}/${kind}`);
    assert.equal(a.status, 200);
    assert.match(a.headers.get('content-type'), /^image\/svg\+xml/, `${kind}: the avatar`);
    assert.match(a.bytes.toString('utf8'), />P.<\/text>/, `${kind}: the initials`);
  }
  assert.equal((await profileOf(member2, P.id)).position, `Foto behalten ${tok}`);
  // Saving without a file keeps a photo: upload one, then save text only.
  await save(P, { photo: { filename: 'wieder.jpg', type: 'image/jpeg', data: makeJpeg(32, 32) } });
  const kept = sha256((await photoOf(P)).bytes);
  await save(P, { position: 'Nur Text' });
  assert.equal(sha256((await photoOf(P)).bytes), kept, 'a save without a file keeps the photo');
  // An empty file input (as browsers send it) keeps it too.
  await save(P, { position: 'Leeres Feld', photo: { filename: '', type: 'application/octet-stream', data: Buffer.alloc(0) } });
  assert.equal(sha256((await photoOf(P)).bytes), kept);
  // An admin can remove another member's photo.
  const byAdmin = await postProfile(admin, P.id, { position: 'Leeres Feld', remove_photo: '1' });
  assert.equal(byAdmin.status, 303, show(byAdmin));
  assert.match((await photoOf(P)).headers.get('content-type'), /^image\/svg\+xml/);
});
