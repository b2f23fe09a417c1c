// The account program's routes: what each answers signed out and signed in,
// unknown routes, wrong methods, and the shape of form errors (422, input
// kept except passwords, message next to the field).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, DEMO_PASSWORD, demoClient, h1, inputValue, mainText, show, csrfFrom } from './lib.mjs';

let member; // a signed-in demo member (read-only use)

before(async () => {
  member = await demoClient(DEMO.member1);
});

test('public pages answer 200 with a form and a csrf token', async () => {
  const c = new Client();
  for (const [path, action] of [
    ['/login', '/login'],
    ['/register', '/register'],
    ['/password/forgot', '/password/forgot'],
  ]) {
    const r = await c.get(path);
    assert.equal(r.status, 200, `${path}: ${show(r)}`);
    assert.match(r.headers.get('content-type'), /^text\/html; charset=utf-8$/i);
    assert.ok(r.text.includes(`action="${action}"`), `${path} has a form posting to ${action}`);
    assert.match(csrfFrom(r.text) || '', /^[A-Za-z0-9_-]{43,}$/, `${path} carries a csrf token (256 bits or more)`);
  }
});

test('HEAD answers like GET without a body', async () => {
  const r = await new Client().request('HEAD', '/login');
  assert.equal(r.status, 200);
  assert.equal(r.text, '');
});

test('the start page: signed out, the public introduction with the way to the sign-in', async () => {
  const c = new Client();
  const r = await c.get('/');
  assert.equal(r.status, 200);
  assert.match(r.text, /href="\/login"/);
  assert.match(r.text, /href="\/directory"/);
});

test('signed out, GET /account redirects to /login?next=/account', async () => {
  const r = await new Client().get('/account');
  assert.equal(r.status, 303);
  assert.equal(r.location, '/login?next=/account');
});

test('signed out, the sign-in page carries next= into the form', async () => {
  const r = await new Client().get('/login?next=/account');
  assert.equal(r.status, 200);
  assert.equal(inputValue(r.text, 'next'), '/account');
});

test('signed out, every POST to /account/* is refused with 403', async () => {
  const c = new Client();
  const token = await c.csrf('/login'); // a valid pre-session token does not help
  for (const path of [
    '/account/profile',
    '/account/email',
    '/account/password',
    '/account/sessions/1/end',
    '/account/sessions/end-others',
  ]) {
    const r = await c.post(path, { csrf: token, name: 'X Y', lang: 'de' });
    assert.equal(r.status, 403, `${path}: ${show(r)}`);
    assert.ok(!c.session, 'no session appears');
  }
});

test('unknown routes answer 404', async () => {
  const c = new Client();
  const paths = [
    '/account/nope',
    '/account/profile/x',
    '/account/sessions',
    '/account/sessions/1',
    '/login/',
    '/login/x',
    '/verify',
    '/verify/',
    '/verify/a/b',
    '/invite/',
    '/password/',
    '/password/reset/',
    '/password/reset/a/b',
    '/password/forgotten',
    '/loginx',
    '/nothing-here',
    // /admin exists since the admin program (signed out: to /login).
    '/adminx',
    '/admin/nothing-here',
    '/impressumx',
    '/_files/ab/cd/0000',
    '/templates/layout.cs',
    '/sql/demo/0001_people.sql',
    '/.git/config',
  ];
  for (const path of paths) {
    const r = await c.get(path);
    assert.equal(r.status, 404, `${path}: ${show(r)}`);
    assert.match(r.headers.get('content-type') || '', /^text\/html/i, `${path} is an HTML page`);
  }
  // Signed in, too.
  for (const path of ['/account/nope', '/login/x', '/nothing-here']) {
    const r = await member.get(path);
    assert.equal(r.status, 404, `${path} signed in: ${show(r)}`);
  }
});

test('no path trick reaches templates, SQL or sources through /static/', async () => {
  const c = new Client();
  for (const path of [
    '/static/../templates/layout.cs',
    '/static/..%2ftemplates/layout.cs',
    '/static/%2e%2e/templates/layout.cs',
    '/static/..%2f..%2fsql/demo/0001_people.sql',
    '/static//../Makefile',
    '/static/../cgi/core/app.c',
    '/static/',
  ]) {
    const r = await c.get(path);
    assert.notEqual(r.status, 200, `${path}: ${show(r)}`);
    assert.ok(!r.text.includes('<?cs') && !r.text.includes('INSERT INTO') && !r.text.includes('#include'), `${path} leaks a file`);
    assert.ok(r.status < 500, `${path}: ${r.status}`);
  }
  const css = await c.get('/static/site.css');
  assert.equal(css.status, 200, 'static files themselves are served');
});

test('a failed sign-in keeps next=, the successful one follows it', async () => {
  const c = new Client();
  const csrf = await c.csrf('/login?next=/account');
  const r = await c.post('/login', { csrf, next: '/account', email: DEMO.member1, password: 'Falsch-Falsch-9' });
  assert.equal(r.status, 422);
  assert.equal(inputValue(r.text, 'next'), '/account');
  const ok = await c.post('/login', { csrf: csrfFrom(r.text), next: '/account', email: DEMO.member1, password: DEMO_PASSWORD });
  assert.equal(ok.status, 303, show(ok));
  assert.equal(ok.location, '/account');
});

test('a token segment outside [A-Za-z0-9_-]{1,64} is a 404', async () => {
  const c = new Client();
  for (const path of ['/verify/' + 'a'.repeat(65), '/invite/a.b', '/password/reset/a%20b', '/verify/%C3%A4']) {
    const r = await c.get(path);
    assert.ok([400, 404].includes(r.status), `${path}: ${show(r)}`);
  }
});

test('wrong methods answer 405 with Allow', async () => {
  const c = new Client();
  const POST = ['POST'];
  const ALL = ['GET', 'HEAD', 'POST'];
  const cases = [
    ['GET', '/logout', POST],
    ['GET', '/password/reset', POST],
    ['GET', '/account/profile', POST],
    ['GET', '/account/email', POST],
    ['GET', '/account/password', POST],
    ['GET', '/account/sessions/1/end', POST],
    ['GET', '/account/sessions/end-others', POST],
    ['HEAD', '/logout', POST],
    ['PUT', '/login', ALL],
    ['DELETE', '/account', ['GET', 'HEAD']],
    ['POST', '/account', ['GET', 'HEAD']],
    ['POST', '/password/reset/' + 'A'.repeat(43), ['GET', 'HEAD']],
    ['PATCH', '/register', ALL],
    ['OPTIONS', '/login', ALL],
  ];
  for (const [method, path, allowed] of cases) {
    const r = await c.request(method, path);
    assert.equal(r.status, 405, `${method} ${path}: ${show(r)}`);
    const allow = (r.headers.get('allow') || '').split(/\s*,\s*/).filter(Boolean).sort();
    assert.deepEqual(allow, [...allowed].sort(), `${method} ${path}: Allow names the methods of this path`);
    assert.match(r.headers.get('content-type') || '', /^text\/html/i);
  }
  // Signed in as well.
  for (const path of ['/logout', '/account/profile', '/account/sessions/end-others']) {
    const r = await member.get(path);
    assert.equal(r.status, 405, `GET ${path} signed in: ${show(r)}`);
  }
});

test('signed in, /login and /register lead on instead of showing forms', async () => {
  let r = await member.get('/login');
  assert.equal(r.status, 303);
  assert.equal(r.location, '/');
  r = await member.get('/login?next=/account');
  assert.equal(r.status, 303);
  assert.equal(r.location, '/account');
  r = await member.get('/register');
  assert.equal(r.status, 303);
  assert.equal(r.location, '/account');
});

test('signed in, GET /account shows the own name and address', async () => {
  const r = await member.get('/account');
  assert.equal(r.status, 200);
  assert.equal(h1(r.text), 'Mein Konto');
  assert.equal(inputValue(r.text, 'name'), 'Anna Schneider');
  assert.ok(r.text.includes('member1@knotenpunkt.test'));
  for (const action of ['/account/profile', '/account/email', '/account/password', '/logout'])
    assert.ok(r.text.includes(`action="${action}"`), `form for ${action}`);
});

test('GET pages of the mail links with unknown tokens say "link not valid" with 404', async () => {
  const c = new Client();
  const fake = 'A'.repeat(43);
  for (const path of [`/verify/${fake}`, `/invite/${fake}`, `/password/reset/${fake}`]) {
    const r = await c.get(path);
    assert.equal(r.status, 404, `${path}: ${show(r)}`);
    assert.equal(h1(r.text), 'Link nicht gültig', path);
  }
  const token = await c.csrf('/login');
  for (const path of [`/verify/${fake}`, `/invite/${fake}`]) {
    const r = await c.post(path, { csrf: token, name: 'Max Muster', password: 'x'.repeat(12), password2: 'x'.repeat(12) });
    assert.equal(r.status, 404, `POST ${path}: ${show(r)}`);
  }
  const r = await c.post('/password/reset', { csrf: token, token: fake, password: 'Ein-gutes-Passwort', password2: 'Ein-gutes-Passwort' });
  assert.equal(r.status, 404, `POST /password/reset: ${show(r)}`);
  assert.equal(h1(r.text), 'Link nicht gültig');
});

// ---- form errors: 422, input kept (never passwords), message at the field

function fieldError(html, name) {
  const m = new RegExp(`<p class="field-error" id="e-${name}">([\\s\\S]*?)</p>`).exec(html);
  return m ? mainText(m[1]) : null;
}

function assertInvalid(html, name) {
  const input = new RegExp(`<(?:input|select)\\b[^>]*\\bname="${name}"[^>]*>`).exec(html);
  assert.ok(input, `field ${name} is there`);
  assert.match(input[0], /aria-invalid="true"/, `${name} is marked invalid`);
  assert.match(input[0], new RegExp(`aria-describedby="[^"]*e-${name}`), `${name} points to its message`);
  assert.ok(fieldError(html, name), `${name} has a message next to it`);
  assert.ok(html.includes(`href="#f-${name}"`), `the error summary links to ${name}`);
}

test('login: empty fields → 422, message at each field', async () => {
  const c = new Client();
  const r = await c.submit('/login', '/login', { email: '', password: '' });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'email');
  assertInvalid(r.text, 'password');
  assert.match(fieldError(r.text, 'email'), /Bitte füllen Sie dieses Feld aus/);
});

test('login: wrong password → 422, address kept, password not', async () => {
  const c = new Client();
  const secret = 'Falsches-Passwort-42';
  const r = await c.submit('/login', '/login', { email: DEMO.member2, password: secret });
  assert.equal(r.status, 422, show(r));
  assert.equal(inputValue(r.text, 'email'), DEMO.member2);
  assert.ok(!r.text.includes(secret), 'the password is not sent back');
  assert.match(mainText(r.text), /E-Mail-Adresse oder Passwort sind nicht richtig/);
  assert.ok(!c.session, 'no session');
});

test('register: errors → 422, name and address kept, passwords not', async () => {
  const c = new Client();
  const secret = 'Geheimes-Passwort-1';
  const r = await c.submit('/register', '/register', {
    name: 'Maria Schmidt',
    email: 'keine-adresse',
    password: secret,
    password2: secret + 'x',
  });
  assert.equal(r.status, 422, show(r));
  assert.equal(inputValue(r.text, 'name'), 'Maria Schmidt');
  assert.equal(inputValue(r.text, 'email'), 'keine-adresse');
  assertInvalid(r.text, 'email');
  assert.ok(!r.text.includes(secret), 'no password in the page');
  assert.equal(inputValue(r.text, 'password'), '', 'password field empty');
  assert.equal(inputValue(r.text, 'password2'), '', 'repeat field empty');
});

test('register: each missing field gets its own message', async () => {
  const c = new Client();
  const r = await c.submit('/register', '/register', { name: '', email: '', password: '', password2: '' });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'name');
  assertInvalid(r.text, 'email');
  assertInvalid(r.text, 'password');
});

test('password forgot: invalid address → 422 with the address kept', async () => {
  const c = new Client();
  const r = await c.submit('/password/forgot', '/password/forgot', { email: 'nicht gültig@' });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'email');
  assert.equal(inputValue(r.text, 'email'), 'nicht gültig@');
});

test('settings: profile errors → 422 with the input kept', async () => {
  const c = await demoClient(DEMO.member1);
  let r = await c.submit('/account', '/account/profile', { name: '', lang: 'de' });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'name');
  r = await c.submit('/account', '/account/profile', { name: ' Anna Schneider', lang: 'de' });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'name');
  assert.equal(inputValue(r.text, 'name'), ' Anna Schneider', 'the input as sent');
  r = await c.submit('/account', '/account/profile', { name: 'Anna Schneider', lang: 'fr' });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'lang');
  // Nothing was stored.
  r = await c.get('/account');
  assert.equal(inputValue(r.text, 'name'), 'Anna Schneider');
  assert.match(r.text, /<option value="de" lang="de" selected>/);
});

test('settings: e-mail and password form errors → 422, never a password echoed', async () => {
  const c = await demoClient(DEMO.member1);
  let r = await c.submit('/account', '/account/email', { new_email: 'kaputt', email_password: DEMO_PASSWORD });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'new_email');
  assert.equal(inputValue(r.text, 'new_email'), 'kaputt');
  assert.ok(!r.text.includes(DEMO_PASSWORD));
  r = await c.submit('/account', '/account/email', { new_email: DEMO.member1, email_password: DEMO_PASSWORD });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'new_email');
  r = await c.submit('/account', '/account/password', {
    current_password: DEMO_PASSWORD,
    password: 'kurz',
    password2: 'kurz',
  });
  assert.equal(r.status, 422, show(r));
  assertInvalid(r.text, 'password');
  assert.ok(!r.text.includes(DEMO_PASSWORD), 'no password in the page');
  assert.equal(inputValue(r.text, 'current_password'), '');
  // The demo password still works.
  await new Client().loginOk(DEMO.member1, DEMO_PASSWORD);
});
