// Bad input: over-long fields, invalid UTF-8, NUL and control characters,
// duplicate and thousands of parameters, odd content types, huge bodies,
// CR/LF and offsite targets in next=, extra fields. A clear 4xx, never a
// crash, and nothing stored.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE,
  Client,
  DEMO,
  DEMO_PASSWORD,
  demoClient,
  formBody,
  inputValue,
  inviteUser,
  kpctlOk,
  linkPath,
  mailsSince,
  mainText,
  newPassword,
  show,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

let U; // a fresh member whose profile the tests try to break

before(async () => {
  U = await inviteUser({ name: 'Eingabe Prüfung' });
});

async function profileName() {
  const r = await U.client.get('/account');
  assert.equal(r.status, 200);
  return inputValue(r.text, 'name');
}

/** POST a raw urlencoded body (with a fresh csrf) to a route of U. */
async function rawProfile(raw) {
  const csrf = await U.client.csrf('/account');
  return U.client.post('/account/profile', `csrf=${csrf}&lang=de&${raw}`);
}

test('a name over 100 characters → 422 with the message at the field and the input kept; nothing stored', async () => {
  for (const long of ['N'.repeat(101), 'ä'.repeat(150), 'Maria '.repeat(20).trim()]) {
    const r = await U.client.submit('/account', '/account/profile', { name: long, lang: 'de' });
    assert.equal(r.status, 422, `${[...long].length} characters: ${show(r)}`);
    assert.match(r.text, /id="e-name"/);
    assert.match(mainText(r.text), /zu lang/);
    assert.equal(inputValue(r.text, 'name'), long, 'the input is kept');
  }
  assert.equal(await profileName(), 'Eingabe Prüfung');
  const ok = await U.client.submit('/account', '/account/profile', { name: 'N'.repeat(100), lang: 'de' });
  assert.equal(ok.status, 303, `exactly 100 is allowed: ${show(ok)}`);
  assert.equal(await profileName(), 'N'.repeat(100));
  await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'de' });
  // Registration answers the same way.
  const c = new Client();
  const pw = newPassword();
  const reg = await c.submit('/register', '/register', { name: 'N'.repeat(101), email: uniqueEmail('long'), password: pw, password2: pw });
  assert.equal(reg.status, 422, show(reg));
  assert.match(reg.text, /id="e-name"/);
});

test('absurdly long input (far beyond any field) is a plain 400, nothing stored', async () => {
  const r = await U.client.submit('/account', '/account/profile', { name: 'N'.repeat(5000), lang: 'de' });
  assert.ok([400, 413, 422].includes(r.status), show(r));
  assert.equal(await profileName(), 'Eingabe Prüfung');
});

test('a 60-letter name in a non-Latin script (under 100 characters) is accepted', async () => {
  // Cyrillic letters are 2 bytes each in UTF-8: 60 letters = 120 bytes.
  const name = 'Александра Константиновна Преображенская-Ростиславская Мария'.slice(0, 60);
  assert.equal([...name].length, 60);
  const r = await U.client.submit('/account', '/account/profile', { name, lang: 'de' });
  assert.equal(r.status, 303, `a ${[...name].length}-character name: ${show(r)}`);
  assert.equal(await profileName(), name);
  await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'de' });
});

test('invalid UTF-8, NUL and control characters in a field → 400, nothing stored', async () => {
  const bad = {
    'invalid UTF-8 %C3%28': 'name=Ab%C3%28cd',
    'byte %FF': 'name=Ab%FFcd',
    'overlong %C0%AF': 'name=Ab%C0%AFcd',
    'surrogate %ED%A0%80': 'name=Ab%ED%A0%80cd',
    'truncated %E2%82': 'name=Ab%E2%82',
    'NUL %00': 'name=Ab%00cd',
    'SOH %01': 'name=Ab%01cd',
    'ESC %1B': 'name=Ab%1B%5B31mcd',
    'DEL %7F': 'name=Ab%7Fcd',
    'C1 NEL %C2%85': 'name=Ab%C2%85cd',
    'bare CR %0D': 'name=Ab%0Dcd',
    'LF in a one-line field': 'name=Ab%0Acd',
    'CRLF in a one-line field': 'name=Ab%0D%0ASet-Cookie:%20x%3D1',
    'TAB in a one-line field': 'name=Ab%09cd',
    'bad escape %ZZ': 'name=Ab%ZZ',
    'cut escape %4': 'name=Ab%4',
  };
  for (const [label, raw] of Object.entries(bad)) {
    const r = await rawProfile(raw);
    assert.equal(r.status, 400, `${label}: ${show(r)}`);
    assert.match(r.headers.get('content-type') || '', /^text\/html/);
  }
  assert.equal(await profileName(), 'Eingabe Prüfung', 'nothing stored');
});

test('bad bytes in the sign-in fields, the query string and the path → 400 (never 500)', async () => {
  const c = new Client();
  const csrf = await c.csrf('/login');
  for (const raw of ['email=a%00b%40example.org&password=x', 'email=%FF&password=x', 'email=a&password=%C3%28']) {
    const r = await c.post('/login', `csrf=${csrf}&${raw}`);
    assert.equal(r.status, 400, `${raw}: ${show(r)}`);
  }
  for (const path of ['/login?next=%FF', '/login?next=%00', '/login?x=%C3%28', '/login?A=1', '/login?x=%']) {
    const r = await c.get(path);
    assert.equal(r.status, 400, `${path}: ${show(r)}`);
  }
  // A newline is text (text areas); as next= it is refused quietly.
  const nl = await c.get('/login?next=%2F%0D%0A');
  assert.ok([200, 400].includes(nl.status), show(nl));
  assert.equal(inputValue(nl.text, 'next'), undefined);
  for (const path of ['/verify/%FF', '/verify/%00', '/invite/%C3%28', '/account%00', '/login%0D%0ASet-Cookie:x=1']) {
    const r = await c.get(path);
    assert.ok([400, 404].includes(r.status), `${path}: ${show(r)}`);
    assert.equal(r.headers.get('set-cookie')?.includes('x=1') ?? false, false);
  }
});

test('parameter names outside [a-z0-9_] → 400', async () => {
  for (const raw of ['Name=Ab', 'na%20me=Ab', 'name[]=Ab', '=Ab', `${'a'.repeat(65)}=1`]) {
    const r = await rawProfile(`name=Eingabe%20Pr%C3%BCfung&${raw}`);
    assert.equal(r.status, 400, `${raw}: ${show(r)}`);
  }
});

test('duplicate fields → 400: email=a&email=b, name twice', async () => {
  const c = new Client();
  const csrf = await c.csrf('/login');
  const r = await c.post('/login', `csrf=${csrf}&email=${encodeURIComponent(DEMO.member1)}&email=b%40example.org&password=${encodeURIComponent(DEMO_PASSWORD)}`);
  assert.equal(r.status, 400, show(r));
  assert.ok(!c.session);
  const r2 = await rawProfile('name=Erster%20Name&name=Zweiter%20Name');
  assert.equal(r2.status, 400, show(r2));
  const r3 = await rawProfile('name=Eingabe%20Pr%C3%BCfung&lang=en');
  assert.equal(r3.status, 400, `lang twice: ${show(r3)}`);
  assert.equal(await profileName(), 'Eingabe Prüfung');
});

test('thousands of parameters → 400 (body and query)', async () => {
  const many = Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join('&');
  const r = await rawProfile(`name=Viele&${many}`);
  assert.equal(r.status, 400, show(r));
  assert.equal(await profileName(), 'Eingabe Prüfung');
  const q = await new Client().get(`/login?${many}`);
  assert.ok([400, 414].includes(q.status), show(q));
});

test('unknown content types on POST → 415', async () => {
  const csrf = await U.client.csrf('/account');
  const body = formBody({ csrf, name: 'Typ Test', lang: 'de' });
  for (const type of ['text/plain', 'application/json', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencodedx', 'image/png']) {
    const r = await U.client.post('/account/profile', body, { headers: { 'content-type': type } });
    assert.equal(r.status, 415, `${type}: ${show(r)}`);
  }
  const json = await U.client.post('/account/profile', JSON.stringify({ csrf, name: 'Typ Test', lang: 'de' }), {
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(json.status, 415);
  // A body without a content type.
  const none = await U.client.post('/account/profile', body, { headers: { 'content-type': null } });
  assert.ok([400, 415].includes(none.status), `no content type: ${show(none)}`);
  assert.equal(await profileName(), 'Eingabe Prüfung');
  // The form type with a charset parameter and in capitals is fine.
  for (const type of ['application/x-www-form-urlencoded; charset=UTF-8', 'APPLICATION/X-WWW-FORM-URLENCODED']) {
    const ok = await U.client.post('/account/profile', formBody({ csrf, name: 'Eingabe Prüfung', lang: 'de' }), { headers: { 'content-type': type } });
    assert.equal(ok.status, 303, `${type}: ${show(ok)}`);
  }
});

test('bodies over 1 MiB → 413 from nginx; over the form limit → 413', async () => {
  const csrf = await U.client.csrf('/account');
  const big = `csrf=${csrf}&lang=de&name=${'x'.repeat(1100 * 1024)}`;
  let r;
  try {
    r = await U.client.post('/account/profile', big);
  } catch (e) {
    assert.fail(`nginx should answer 413, the connection failed: ${e.message}`);
  }
  assert.equal(r.status, 413, show(r));
  const mid = `csrf=${csrf}&lang=de&name=${'x'.repeat(300 * 1024)}`;
  const m = await U.client.post('/account/profile', mid);
  assert.ok([400, 413].includes(m.status), `300 KiB: ${show(m)}`);
  assert.equal(await profileName(), 'Eingabe Prüfung');
});

test('next= with CR/LF: no header injection, Location stays local', async () => {
  const c = await demoClient(DEMO.member1);
  for (const next of ['/account%0D%0ASet-Cookie:%20evil%3D1', '/%0d%0aLocation:%20https://evil.example', '/account%0ASet-Cookie:evil=1']) {
    const r = await c.get(`/login?next=${next}`);
    assert.ok([303, 400].includes(r.status), `${next}: ${show(r)}`);
    if (r.status === 303) assert.equal(r.location, '/');
    assert.ok(!r.setCookies.some((x) => x.name === 'evil'), 'no injected cookie');
    assert.equal(r.headers.get('location')?.includes('evil') ?? false, false);
  }
  // Through the sign-in form: the value decodes to a real CR/LF.
  const s = new Client();
  const r = await s.login(DEMO.member1, DEMO_PASSWORD, { next: '/account\r\nSet-Cookie: evil=1' });
  assert.ok([303, 400].includes(r.status), show(r));
  if (r.status === 303) assert.equal(r.location, '/');
  assert.ok(!r.setCookies.some((x) => x.name === 'evil'));
});

const OFFSITE = [
  '//evil.example',
  '//evil.example/account',
  'https://evil.example',
  'http://evil.example/',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '\\/evil.example',
  'evil.example',
  'javascript:alert(1)',
  ' //evil.example',
  '/\t/evil.example',
  '///evil.example',
  'https:/evil.example',
  '',
];

test('offsite next= after sign-in (GET while signed in) → redirect to /', async () => {
  const c = await demoClient(DEMO.member1);
  for (const next of OFFSITE) {
    const r = await c.get(`/login?next=${encodeURIComponent(next)}`);
    assert.ok([303, 400].includes(r.status), `${JSON.stringify(next)}: ${show(r)}`);
    if (r.status === 303) assert.equal(r.location, '/', `next=${JSON.stringify(next)} → ${r.location}`);
  }
  // Local targets are kept.
  for (const next of ['/account', '/account?x=1', '/account#sec-password']) {
    const r = await c.get(`/login?next=${encodeURIComponent(next)}`);
    assert.equal(r.status, 303);
    assert.equal(r.location, next);
  }
});

test('offsite next= through the sign-in form → redirect to /', async () => {
  for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', '%2F%2Fevil.example']) {
    const c = new Client();
    const r = await c.login(DEMO.member1, DEMO_PASSWORD, { next });
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, '/', `next=${next} → ${r.location}`);
  }
  const c = new Client();
  const r = await c.login(DEMO.member1, DEMO_PASSWORD, { next: '/account' });
  assert.equal(r.location, '/account');
});

test('offsite next= is not put into the sign-in form; a local one is, escaped', async () => {
  const c = new Client();
  let r = await c.get(`/login?next=${encodeURIComponent('//evil.example')}`);
  assert.equal(r.status, 200);
  assert.equal(inputValue(r.text, 'next'), undefined);
  r = await c.get(`/login?next=${encodeURIComponent('/account"><script>alert(1)</script>')}`);
  assert.equal(r.status, 200);
  assert.ok(!r.text.includes('<script>alert(1)</script>'));
  assert.ok(!r.text.includes('"><script>'));
});

test('extra fields (role=admin, user_id=, status=) are ignored on the profile', async () => {
  const csrf = await U.client.csrf('/account');
  const r = await U.client.post(
    '/account/profile',
    formBody({ csrf, name: 'Eingabe Prüfung', lang: 'de', role: 'admin', user_id: '1', id: '1', status: 'active', is_admin: '1' }),
  );
  assert.equal(r.status, 303, show(r));
  const page = await U.client.get('/account');
  assert.ok(!page.text.includes('href="/admin"'), 'no administration link: still a member');
  assert.ok(page.text.includes(U.email), 'still the own account');
  // The admin (user 1) is unchanged.
  const admin = await demoClient(DEMO.admin);
  assert.equal(inputValue((await admin.get('/account')).text, 'name'), 'Sabine Kraus');
});

test('extra fields on register (role, status, email_verified) are ignored', async () => {
  const email = uniqueEmail('extra');
  const pw = newPassword();
  const c = new Client();
  const r = await c.submit('/register', '/register', {
    name: 'Extra Felder',
    email,
    password: pw,
    password2: pw,
    role: 'admin',
    status: 'active',
    approved: '1',
    lang: 'en',
  });
  assert.equal(r.status, 200, show(r));
  assert.equal((await new Client().login(email, pw)).status, 422, 'status=active did not activate');
  const verify = linkPath(await waitForMail(email), '/verify/');
  assert.equal((await new Client().submit('/login', verify, {})).status, 200);
  assert.equal((await new Client().login(email, pw)).status, 422, 'still waiting for approval');
  kpctlOk('user', 'approve', email);
  const s = new Client();
  await s.loginOk(email, pw);
  const page = await s.get('/account');
  assert.ok(!page.text.includes('href="/admin"'), 'role=admin was ignored');
});

test('XSS and template syntax in the name come back escaped', async () => {
  const payload = `<script>alert(1)</script>"'><img src=x onerror=alert(1)>`;
  let r = await U.client.submit('/account', '/account/profile', { name: payload, lang: 'de' });
  assert.equal(r.status, 303, show(r));
  let page = (await U.client.get('/account')).text;
  assert.ok(!page.includes('<script>alert(1)</script>'), 'no raw script tag');
  assert.ok(!page.includes('<img src=x'), 'no raw img tag');
  assert.ok(!page.includes(`"'><img`), 'no attribute break-out');
  assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'escaped in the page');
  assert.match(page, /value="&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;(&#39;|&#x27;|&apos;)&gt;&lt;img src=x onerror=alert\(1\)&gt;"/, 'escaped in the value attribute');
  assert.match(page, /Angemeldet als <strong>&lt;script&gt;/, 'escaped in the header');

  const cs = '<?cs var:Site.Name ?><?cs include:"../../etc/passwd" ?>';
  r = await U.client.submit('/account', '/account/profile', { name: cs, lang: 'de' });
  assert.equal(r.status, 303, show(r));
  page = (await U.client.get('/account')).text;
  assert.ok(!page.includes('<?cs'), 'no raw template syntax');
  assert.ok(page.includes('&lt;?cs var:Site.Name ?&gt;'), 'shown as text');
  assert.ok(!page.includes('root:x:0'), 'nothing included');
  await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'de' });
});

test('XSS in the sign-in address comes back escaped', async () => {
  const c = new Client();
  const payload = `"><script>alert(1)</script>@example.org`;
  const r = await c.login(payload, 'irgendwas-falsch');
  assert.equal(r.status, 422, show(r));
  assert.ok(!r.text.includes('<script>alert(1)</script>'));
  assert.ok(r.text.includes('&quot;&gt;&lt;script&gt;'));
});

test('XSS in a registration name: escaped on the page, not in the mail', async () => {
  const email = uniqueEmail('xss-reg');
  const pw = newPassword();
  const name = '<b>Fett</b> & "Co"';
  const c = new Client();
  const bad = await c.submit('/register', '/register', { name, email: 'kaputt', password: pw, password2: pw });
  assert.equal(bad.status, 422);
  assert.ok(!bad.text.includes('<b>Fett</b>'));
  assert.ok(bad.text.includes('&lt;b&gt;Fett&lt;/b&gt; &amp; &quot;Co&quot;'));
  const r = await c.submit('/register', '/register', { name, email, password: pw, password2: pw });
  assert.equal(r.status, 200);
  const mail = await waitForMail(email);
  assert.match(mail.headers['content-type'], /text\/plain/);
  assert.ok(!mail.body.includes('<b>'), 'no typed markup in the mail');
});

test('a name with only blanks around it, or empty, is refused; inner blanks are fine', async () => {
  for (const name of [' Eingabe', 'Eingabe ', '   ', '']) {
    const r = await U.client.submit('/account', '/account/profile', { name, lang: 'de' });
    assert.equal(r.status, 422, `${JSON.stringify(name)}: ${show(r)}`);
  }
  const r = await U.client.submit('/account', '/account/profile', { name: 'José María  de la Cruz', lang: 'de' });
  assert.equal(r.status, 303);
  assert.equal(await profileName(), 'José María  de la Cruz');
  await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'de' });
});

test('language: en switches the pages, an unknown or too long value is refused', async () => {
  let r = await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'en' });
  assert.equal(r.status, 303);
  let page = await U.client.get('/account');
  assert.match(page.text, /<html lang="en">/);
  assert.match(page.text, /<h1>My account<\/h1>/);
  r = await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'xx' });
  assert.equal(r.status, 422);
  r = await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'deu' });
  assert.ok([400, 422].includes(r.status));
  r = await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'de' });
  assert.equal(r.status, 303);
  page = await U.client.get('/account');
  assert.match(page.text, /<html lang="de">/);
});

test('no mail was queued by refused registrations with bad bytes', async () => {
  const email = uniqueEmail('badreg');
  const c = new Client();
  const csrf = await c.csrf('/register');
  const pw = encodeURIComponent('Gutes-Passwort-123');
  for (const name of ['Ab%C3%28', 'Ab%00', 'Ab%0Acd', 'N'.repeat(101)]) {
    const r = await c.post('/register', `csrf=${csrf}&name=${name}&email=${encodeURIComponent(email)}&password=${pw}&password2=${pw}`);
    assert.ok([400, 422].includes(r.status), `${name.slice(0, 10)}: ${show(r)}`);
  }
  assert.equal((await mailsSince(email, new Set(), 2000)).length, 0);
});

test('the stack is still healthy after all this', async () => {
  const r = await fetch(BASE + '/login');
  assert.equal(r.status, 200);
});

test('names with invisible or direction-changing characters are refused; Persian joiners are fine', async () => {
  const refused = {
    'RIGHT-TO-LEFT OVERRIDE': 'Anna\u202eredienhcS',
    'ZERO WIDTH SPACE': 'Anna\u200bSchneider',
    'LEFT-TO-RIGHT MARK': 'Anna Schneider\u200e',
    'WORD JOINER': 'Anna\u2060Schneider',
    'BYTE ORDER MARK': '\ufeffAnna Schneider',
    'FIRST STRONG ISOLATE': 'Anna \u2068Schneider\u2069',
    'trailing NO-BREAK SPACE': 'Anna Schneider\u00a0',
    'leading IDEOGRAPHIC SPACE': '\u3000Anna Schneider',
    'LINE SEPARATOR': 'Anna\u2028Schneider',
    'SOFT HYPHEN': 'Anna Schnei\u00adder',
    'HANGUL FILLER (shows as nothing)': '\u3164',
  };
  const accepted = [];
  for (const [label, name] of Object.entries(refused)) {
    const r = await U.client.submit('/account', '/account/profile', { name, lang: 'de' });
    if (r.status !== 422) {
      accepted.push(`${label}: ${r.status}`);
      await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'de' });
    }
  }
  // Persian names use ZERO WIDTH NON-JOINER.
  const persian = 'محمد\u200cرضا احمدی';
  const p = await U.client.submit('/account', '/account/profile', { name: persian, lang: 'de' });
  assert.equal(p.status, 303, show(p));
  assert.equal(await profileName(), persian);
  await U.client.submit('/account', '/account/profile', { name: 'Eingabe Prüfung', lang: 'de' });
  assert.deepEqual(accepted, [], `names that look like another were accepted: ${accepted.join('; ')}`);
});

test('look-alike addresses are not the same account', async () => {
  // An accent- or width-blind comparison would sign these in as member1.
  for (const email of ['mémber1@knotenpunkt.test', 'member1@knotenpunkt.tëst', 'ｍember1@knotenpunkt.test', 'member1@knotenpunkt.test\u200b']) {
    const r = await new Client().login(email, DEMO_PASSWORD);
    assert.equal(r.status, 422, `${email}: ${show(r)}`);
  }
  // Registering with one is refused or treated as a different address: never a note to member1.
  const c = new Client();
  const pw = newPassword();
  const r = await c.submit('/register', '/register', { name: 'Doppel Gänger', email: 'mémber1@knotenpunkt.test', password: pw, password2: pw });
  assert.ok([200, 422].includes(r.status), show(r));
});

test('a local next= with spaces or non-ASCII is percent-encoded in Location', async () => {
  const c = await demoClient(DEMO.member1);
  const r = await c.get(`/login?next=${encodeURIComponent('/account?q=ä ö"<x>')}`);
  assert.equal(r.status, 303, show(r));
  // fetch exposes the header as a ByteString: only visible ASCII is acceptable.
  assert.match(r.location, /^\/[\x21-\x7e]*$/, `Location ${r.location}`);
  assert.ok(r.location.startsWith('/account'), r.location);
  assert.ok(r.location.includes('%C3%A4') && r.location.includes('%20'), `encoded: ${r.location}`);
});
