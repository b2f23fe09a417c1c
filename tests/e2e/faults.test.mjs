// Faults (shared/SECURITY-TESTS.md "Faults", DESIGN.md §3 "worker loop" and
// "db"): MariaDB stopped or killed under a signed-in user and under a stream
// of writes, workers killed while requests flow, request recycling and a
// clean SIGTERM of a program.
//
// These tests stop, kill and restart the stack's MariaDB (KP_STACKCTL
// db-stop / db-kill / db-start) and SIGKILL workers of the stack's account
// program; each test leaves the stack as it found it (database running,
// every worker slot filled), also when an assertion fails. Recycling and
// SIGTERM run on a private copy of the account program on its own socket,
// spoken to directly over FastCGI, never on the stack's program.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import {
  BASE,
  CONFIG,
  KPCTL,
  Client,
  csrfFrom,
  demoClient,
  formBody,
  h1,
  inputValue,
  kpctl,
  kpctlOk,
  newPassword,
  show,
  sleep,
  textOf,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

function env(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (scripts/test.sh sets it)`);
  return v;
}

const STACK = env('KP_STACK');
const STACKCTL = env('KP_STACKCTL');
const ACCOUNT_BIN = join(dirname(KPCTL), 'account');
const ACCOUNT_LOG = join(STACK, 'log', 'account.log');
const ACCOUNT_PID = join(STACK, 'run', 'account.pid');

// ------------------------------------------------------------ the stack ----

/** Runs `stack.sh CMD DIR` without blocking the event loop (requests go on
 * meanwhile). Resolves {code, out}; never rejects. */
function stackctl(cmd) {
  return new Promise((resolve) => {
    execFile(STACKCTL, [cmd, STACK], { timeout: 120000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, out: `${stdout}${stderr}`.trim() });
    });
  });
}

async function stackctlOk(cmd) {
  const r = await stackctl(cmd);
  assert.equal(r.code, 0, `stack.sh ${cmd} ${STACK} failed: ${r.out}`);
  return r;
}

/** For t.after: the database runs again, whatever happened in the test. */
async function ensureDbRunning() {
  const r = await stackctl('db-start');
  if (r.code !== 0) throw new Error(`cleanup: stack.sh db-start failed: ${r.out}`);
}

/** A process exists and is not a zombie. */
function running(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Live (non-zombie) children of pid, sorted. */
function childrenOf(pid) {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: no process matched
  }
  return out
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter(running)
    .sort((a, b) => a - b);
}

function accountMaster() {
  const pid = Number(readFileSync(ACCOUNT_PID, 'utf8').trim());
  assert.ok(pid > 0 && running(pid), `the account program (pid file ${ACCOUNT_PID}) runs`);
  return pid;
}

/** The --workers the master was started with (default 4). */
function workerSlots(master) {
  const argv = readFileSync(`/proc/${master}/cmdline`, 'utf8').split('\0');
  const i = argv.indexOf('--workers');
  return i >= 0 ? Number(argv[i + 1]) : 4;
}

/** Waits until master has its full set of workers again; returns them. */
async function waitForWorkers(master, n, ms) {
  const end = Date.now() + ms;
  let now = childrenOf(master);
  while (now.length !== n && Date.now() < end) {
    await sleep(50);
    now = childrenOf(master);
  }
  return now;
}

function logSize(file = ACCOUNT_LOG) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** What a log file got since offset. */
function logSince(offset, file = ACCOUNT_LOG) {
  const size = logSize(file);
  if (size <= offset) return '';
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(size - offset);
    readSync(fd, buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Pids that logged a request line "GET <route> <status>" (Log.Requests = 1). */
function pidsThatServed(logText, method, route, status) {
  const esc = route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`account\\[(\\d+)\\] .* ${method} ${esc} ${status} \\d+us$`, 'gm');
  return new Set([...logText.matchAll(re)].map((m) => Number(m[1])));
}

// --------------------------------------------------------------- HTTP ----

/**
 * One request with the client's cookies, a time limit and no exception: a
 * hang (AbortSignal.timeout) or a reset comes back as status 0 with error.
 * Set-Cookie is not taken into the jar (the tests keep one session).
 */
async function hit(client, method, path, { fields, timeout = 20000, headers = {} } = {}) {
  const h = { 'accept-language': 'de', ...headers };
  const cookie = client.cookieHeader();
  if (cookie) h.cookie = cookie;
  let body;
  if (fields !== undefined) {
    body = formBody(fields);
    h['content-type'] = 'application/x-www-form-urlencoded';
  }
  const t0 = Date.now();
  try {
    const res = await fetch(BASE + path, {
      method,
      headers: h,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeout),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, location: res.headers.get('location'), ms: Date.now() - t0 };
  } catch (e) {
    const cause = e.cause ? ` (${e.cause.code || e.cause.message})` : '';
    return { status: 0, headers: new Headers(), text: '', error: `${e.name}: ${e.message}${cause}`, ms: Date.now() - t0 };
  }
}

function brief(r) {
  return r.status === 0 ? `no answer after ${r.ms} ms: ${r.error}` : show(r);
}

// Things an error page must never show: SQL, driver messages, paths.
const INTERNALS = [
  /\bSQL\b/i,
  /mysql/i,
  /maria ?db/i,
  /\b(SELECT|UPDATE|INSERT)\b/,
  /gone away/i,
  /can'?t connect/i,
  /lost connection/i,
  /\.sock\b/,
  /\/(tmp|work|var|run|usr|etc)\//,
  /\berrno\b/i,
  /\.(c|h):\d+/,
  /\b200[0-9]\b/, // client error numbers 2002, 2006, 2013 ...
];

/** A complete, German HTML error page of the program with no internals. */
function assertErrorPage(r, status, what) {
  assert.equal(r.status, status, `${what}: expected ${status}, got ${brief(r)}`);
  assert.match(r.headers.get('content-type') || '', /^text\/html/i, `${what}: HTML`);
  assert.match(r.text, /<html\b[^>]*\blang="de"/, `${what}: a German page (<html lang="de">)`);
  assert.match(r.text, /<\/html>\s*$/, `${what}: the page is complete`);
  assert.ok(!r.text.includes(STACK), `${what}: the stack folder ${STACK} shows on the page`);
  const text = textAndAttrs(r.text);
  for (const re of INTERNALS) assert.doesNotMatch(text, re, `${what}: internals on the error page (${re})`);
  if (status === 503) {
    assert.match(h1(r.text) || '', /nicht erreichbar/i, `${what}: German 503 heading, got ${h1(r.text)}`);
    const ra = r.headers.get('retry-after') || '';
    assert.match(ra, /^\d+$/, `${what}: Retry-After in seconds (the program's own 503, not nginx's static page), got "${ra}"`);
    assert.ok(Number(ra) > 0, `${what}: Retry-After > 0`);
  } else if (status === 500) {
    assert.match(h1(r.text) || '', /Fehler/i, `${what}: German 500 heading, got ${h1(r.text)}`);
  }
}

/** The page's text plus its attribute values (a path could hide in either). */
function textAndAttrs(html) {
  const attrs = [...html.matchAll(/\s[a-z-]+="([^"]*)"/g)]
    .map((m) => m[1])
    // The page's own links and assets are fine.
    .filter((v) => !/^\/(static\/|login|register|account|$)/.test(v));
  return `${textOf(html)} ${attrs.join(' ')}`;
}

/** GET /account n times in waves of `parallel` until every worker in pids
 * has answered one of them with 200 (per the log). Returns the answers and
 * the pids seen. Waves of parallel requests make sure no worker idles. */
async function hitEveryWorker(client, pids, { parallel = 8, maxWaves = 40, offset }) {
  const answers = [];
  let seen = new Set();
  for (let w = 0; w < maxWaves; w++) {
    answers.push(...(await Promise.all(Array.from({ length: parallel }, () => hit(client, 'GET', '/account')))));
    seen = pidsThatServed(logSince(offset), 'GET', '/account', 200);
    if (pids.every((p) => seen.has(p))) break;
  }
  return { answers, seen };
}

/**
 * A fresh active account, signed in, made without a mail (kpctl
 * create-admin, password on standard input): these tests must not depend
 * on kp-mailer, which goes through the same outages. Suspended at the end
 * (so it gets no coordinator mails later), after the database is back.
 */
async function freshAccount(t, name) {
  const email = uniqueEmail('fault');
  const password = newPassword('f');
  execFileSync(KPCTL, ['--config', CONFIG, 'create-admin', email, name], {
    input: `${password}\n`,
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 20000,
  });
  t.after(async () => {
    await ensureDbRunning();
    kpctl('user', 'suspend', email);
  });
  const client = new Client();
  await client.loginOk(email, password);
  return { client, email, password, name };
}

// ------------------------------------------------------------ FastCGI ----

const FCGI_BEGIN_REQUEST = 1;
const FCGI_END_REQUEST = 3;
const FCGI_PARAMS = 4;
const FCGI_STDIN = 5;
const FCGI_STDOUT = 6;
const FCGI_STDERR = 7;

function fcgiRecord(type, content = Buffer.alloc(0)) {
  const parts = [];
  for (let off = 0; off === 0 || off < content.length; off += 65535) {
    const chunk = content.subarray(off, off + 65535);
    const head = Buffer.alloc(8);
    head[0] = 1; // version
    head[1] = type;
    head.writeUInt16BE(1, 2); // request id
    head.writeUInt16BE(chunk.length, 4);
    parts.push(head, chunk);
    if (content.length === 0) break;
  }
  return Buffer.concat(parts);
}

function fcgiLength(n) {
  if (n < 128) return Buffer.from([n]);
  const b = Buffer.alloc(4);
  b.writeUInt32BE((n | 0x80000000) >>> 0);
  return b;
}

function fcgiParams(params) {
  const body = Buffer.concat(
    Object.entries(params).flatMap(([k, v]) => {
      const name = Buffer.from(k);
      const value = Buffer.from(String(v));
      return [fcgiLength(name.length), fcgiLength(value.length), name, value];
    }),
  );
  return Buffer.concat([fcgiRecord(FCGI_PARAMS, body), fcgiRecord(FCGI_PARAMS)]);
}

/**
 * One FastCGI request on a unix socket, as nginx would send it (a new
 * connection per request, no keep-conn). Returns a handle: send(bytes) adds
 * body bytes, end() closes the body, result is a promise of
 * {ended, status, headers, body, appStatus, error}.
 */
function fcgiOpen(sockPath, { method = 'GET', path = '/login', query = '', headers = {}, contentType = '', contentLength = 0, timeout = 15000 } = {}) {
  const sock = net.createConnection(sockPath);
  const params = {
    REQUEST_METHOD: method,
    DOCUMENT_URI: path,
    SCRIPT_NAME: path,
    REQUEST_URI: query ? `${path}?${query}` : path,
    QUERY_STRING: query,
    REMOTE_ADDR: '127.0.0.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
    CONTENT_TYPE: contentType,
    CONTENT_LENGTH: String(contentLength),
    HTTP_ACCEPT_LANGUAGE: 'de',
    ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [`HTTP_${k.toUpperCase().replace(/-/g, '_')}`, v])),
  };
  const begin = Buffer.alloc(8);
  begin.writeUInt16BE(1, 0); // FCGI_RESPONDER, flags 0: close after the request
  sock.write(Buffer.concat([fcgiRecord(FCGI_BEGIN_REQUEST, begin), fcgiParams(params)]));

  const result = new Promise((resolve) => {
    let buf = Buffer.alloc(0);
    const out = [];
    let appStatus = null;
    let settled = false;
    const finish = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      const stdout = Buffer.concat(out).toString('utf8');
      const sep = stdout.indexOf('\r\n\r\n');
      const head = sep < 0 ? stdout : stdout.slice(0, sep);
      const hdrs = {};
      for (const line of head.split('\r\n')) {
        const i = line.indexOf(':');
        if (i > 0) hdrs[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const status = hdrs.status ? Number(hdrs.status.split(' ')[0]) : stdout ? 200 : 0;
      resolve({ ended: appStatus !== null, appStatus, status, headers: hdrs, body: sep < 0 ? '' : stdout.slice(sep + 4), error });
    };
    const timer = setTimeout(() => finish(`no end of request within ${timeout} ms`), timeout);
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 8) {
        const len = buf.readUInt16BE(4);
        const pad = buf[6];
        if (buf.length < 8 + len + pad) break;
        const type = buf[1];
        const content = buf.subarray(8, 8 + len);
        if (type === FCGI_STDOUT) out.push(Buffer.from(content));
        else if (type === FCGI_END_REQUEST) appStatus = content.readUInt32BE(0);
        else if (type !== FCGI_STDERR) return finish(`unexpected record type ${type}`);
        buf = buf.subarray(8 + len + pad);
        if (appStatus !== null) return finish(null);
      }
    });
    sock.on('error', (e) => finish(`${e.code || e.message}`));
    sock.on('close', () => finish(appStatus === null ? 'connection closed before the end of the request' : null));
  });
  return {
    send: (bytes) => sock.write(fcgiRecord(FCGI_STDIN, Buffer.from(bytes))),
    end: () => sock.write(fcgiRecord(FCGI_STDIN)),
    result,
  };
}

/** A whole FastCGI request (body sent at once). */
function fcgi(sockPath, opts = {}) {
  const body = opts.body ? Buffer.from(opts.body) : Buffer.alloc(0);
  const call = fcgiOpen(sockPath, { ...opts, contentLength: body.length });
  if (body.length) call.send(body);
  call.end();
  return call.result;
}

/**
 * A private copy of the account program on its own socket (the stack's
 * config and database). Returns {proc, sock, stderr(), exited (promise of
 * {code, signal}), workers()}; stopped (SIGKILL, by pid) in t.after if the
 * test has not ended it.
 */
async function ownAccount(t, args) {
  const sock = `/tmp/kpf-${process.pid}-${randomBytes(4).toString('hex')}.sock`;
  const proc = spawn(ACCOUNT_BIN, ['--config', CONFIG, '--listen', `unix:${sock}`, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (d) => (err += d));
  let exitInfo = null;
  const exited = new Promise((resolve) =>
    proc.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    }),
  );
  const known = new Set();
  const workers = () => {
    const now = proc.pid ? childrenOf(proc.pid) : [];
    for (const p of now) known.add(p);
    return now;
  };
  t.after(async () => {
    if (!exitInfo && proc.pid) {
      // Politely first (it removes its socket), then by force.
      workers();
      try {
        process.kill(proc.pid, 'SIGTERM');
      } catch {}
      if (!(await Promise.race([exited, sleep(3000).then(() => null)]))) {
        try {
          process.kill(proc.pid, 'SIGKILL');
        } catch {}
        await exited;
      }
    }
    rmSync(sock, { force: true });
    // Workers left behind (only ours: their command line names our socket).
    for (const p of known) {
      try {
        if (running(p) && readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(sock)) process.kill(p, 'SIGKILL');
      } catch {}
    }
  });
  const end = Date.now() + 10000;
  while (!existsSync(sock) && !exitInfo && Date.now() < end) await sleep(50);
  assert.ok(!exitInfo, `${ACCOUNT_BIN} exited at start (${JSON.stringify(exitInfo)}): ${err}`);
  assert.ok(existsSync(sock), `${ACCOUNT_BIN} did not create ${sock} within 10 s: ${err}`);
  return { proc, sock, stderr: () => err, exited, workers, exitInfo: () => exitInfo };
}

// ============================================================== tests ====

/** Everything that must hold while MariaDB is away (stopped or killed),
 * and that every worker serves again afterwards, by itself. */
async function databaseOutage(t, how) {
  const u = await freshAccount(t, 'Ausfall Probe');
  const c = u.client;
  const page = await hit(c, 'GET', '/account');
  assert.equal(page.status, 200, brief(page));
  const csrf = csrfFrom(page.text);
  assert.ok(csrf, 'a csrf token on /account');
  assert.equal(inputValue(page.text, 'name'), 'Ausfall Probe');
  // A signed-out visitor's sign-in form, fetched while all is well.
  const visitor = new Client();
  const loginCsrf = await visitor.csrf('/login');

  const master = accountMaster();
  const slots = workerSlots(master);
  const before = await waitForWorkers(master, slots, 3000);
  assert.equal(before.length, slots, `the account program has its ${slots} workers`);

  t.after(ensureDbRunning);
  await stackctlOk(how);
  try {
    await t.test(`${how}: GET /account signed in → the program's German 503 page with Retry-After`, async () => {
      const r = await hit(c, 'GET', '/account');
      assertErrorPage(r, 503, 'GET /account');
      // Every worker answers the same (all of them lost the database).
      const many = await Promise.all(Array.from({ length: 12 }, () => hit(c, 'GET', '/account')));
      for (const [i, x] of many.entries()) assertErrorPage(x, 503, `parallel GET /account #${i + 1}`);
      // Without Accept-Language, the site's language (de).
      const plain = await hit(c, 'GET', '/account', { headers: { 'accept-language': '' } });
      assertErrorPage(plain, 503, 'GET /account without Accept-Language');
    });

    await t.test(`${how}: POST /account/profile → 503, nothing half-done`, async () => {
      const r = await hit(c, 'POST', '/account/profile', { fields: { csrf, name: 'Nie Gespeichert', lang: 'de' } });
      assertErrorPage(r, 503, 'POST /account/profile');
      assert.equal(r.location, null, 'no redirect as if saved');
    });

    await t.test(`${how}: POST /login → 503 (not "wrong password")`, async () => {
      const r = await hit(visitor, 'POST', '/login', {
        fields: { csrf: loginCsrf, email: u.email, password: u.password },
      });
      assertErrorPage(r, 503, 'POST /login');
      assert.equal(r.headers.getSetCookie().filter((x) => /^kp_session=[^;]/.test(x)).length, 0, 'no session cookie');
    });

    await t.test(`${how}: GET /login (no database needed) → 200 with the form`, async () => {
      for (const client of [new Client(), visitor]) {
        const r = await hit(client, 'GET', '/login');
        assert.equal(r.status, 200, brief(r));
        assert.ok(csrfFrom(r.text), 'the sign-in form with its csrf field');
        assert.match(r.text, /<\/html>\s*$/);
      }
    });
  } finally {
    await stackctlOk('db-start');
  }

  await t.test(`after ${how} + db-start: the name was not changed`, async () => {
    const r = await hit(c, 'GET', '/account');
    assert.equal(r.status, 200, brief(r));
    assert.equal(inputValue(r.text, 'name'), 'Ausfall Probe', 'the POST answered 503 must not have saved');
  });

  await t.test(`after ${how} + db-start: every worker serves again, none was restarted`, async () => {
    const offset = logSize();
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await hit(c, 'GET', '/account'));
    const wave = await hitEveryWorker(c, before, { offset });
    answers.push(...wave.answers);
    const bad = answers.map((r, i) => [i + 1, r]).filter(([, r]) => r.status !== 200);
    assert.deepEqual(
      bad.map(([i, r]) => `#${i}: ${brief(r)}`),
      [],
      `every GET /account after db-start must be 200 (${answers.length} sent)`,
    );
    const missing = before.filter((p) => !wave.seen.has(p));
    assert.deepEqual(missing, [], `workers that never answered 200 after db-start (seen: ${[...wave.seen].join(', ')})`);
    assert.equal(accountMaster(), master, 'the same master');
    assert.deepEqual(childrenOf(master), before, 'the same workers: they reconnected by themselves, none died');
  });

  await t.test(`after ${how} + db-start: kp-mailer delivers mail again`, async () => {
    // The mailer (--watch 1 on the stack) lost its connection too.
    const email = uniqueEmail('after-outage');
    kpctlOk('user', 'invite', email);
    const mail = await waitForMail(email, { timeout: 15000 });
    assert.match(mail.body, /\/invite\//, 'the invitation with its link');
  });

  await t.test(`after ${how}: a signed-out visitor can sign in again`, async () => {
    const d = new Client();
    const r = await d.login(u.email, u.password);
    assert.equal(r.status, 303, show(r));
    assert.equal((await d.get('/account')).status, 200);
  });
}

test('MariaDB stopped cleanly: 503 pages, no half-done writes, workers recover by themselves', async (t) => {
  await databaseOutage(t, 'db-stop');
});

test('MariaDB killed (crash): 503 pages, no half-done writes, workers recover by themselves', async (t) => {
  await databaseOutage(t, 'db-kill');
});

test('a stream of profile saves across a MariaDB crash: the last success is what is stored', async (t) => {
  const u = await freshAccount(t, 'Strom Probe');
  const c = u.client;
  const page = await hit(c, 'GET', '/account');
  assert.equal(page.status, 200, brief(page));
  const csrf = csrfFrom(page.text);
  const master = accountMaster();
  const slots = workerSlots(master);
  const before = await waitForWorkers(master, slots, 3000);
  assert.equal(before.length, slots);

  t.after(ensureDbRunning);
  const KILL_AFTER = 15;
  const MIN_REQUESTS = 60;
  const AFTER_RESTART = 12; // successes wanted after the restart, at least
  const DEADLINE = Date.now() + 150000;
  const sent = [];
  let killedAt = null;
  let restartedAt = null;
  let crash = null;
  let crashError = null;
  for (let i = 1; ; i++) {
    if (i === KILL_AFTER + 1) {
      // In parallel with the stream: kill, leave it down a moment, start.
      crash = (async () => {
        await stackctlOk('db-kill');
        killedAt = Date.now();
        await sleep(700);
        await stackctlOk('db-start');
        restartedAt = Date.now();
      })().catch((e) => {
        crashError = e;
      });
    }
    const at = Date.now();
    const r = await hit(c, 'POST', '/account/profile', {
      fields: { csrf, name: `Stream ${i}`, lang: 'de' },
      timeout: 20000,
    });
    const entry = { i, at, r, readBack: null };
    sent.push(entry);
    if (r.status === 303) {
      // Read it back at once where the database lets us: a success answer
      // means saved. (During the outage the GET may be a 503 itself.)
      const back = await hit(c, 'GET', '/account');
      if (back.status === 200) entry.readBack = inputValue(back.text, 'name');
      else if (back.status !== 503) entry.readBack = `GET /account: ${brief(back)}`;
    }
    if (crashError) break;
    const afterRestart = restartedAt ? sent.filter((x) => x.at > restartedAt).length : 0;
    if (i >= MIN_REQUESTS && afterRestart >= AFTER_RESTART) break;
    if (Date.now() > DEADLINE) break;
    await sleep(20);
  }
  await crash;
  if (crashError) throw crashError;
  assert.ok(restartedAt, 'the database was restarted while the stream went on');

  const count = (s) => sent.filter((x) => x.r.status === s).length;
  t.diagnostic(
    `${sent.length} POSTs: ${count(303)}×303, ${count(503)}×503, ${count(500)}×500, ${count(0)}× no answer; ` +
      `down ${restartedAt - killedAt} ms`,
  );

  // Never a hang or a reset; every answer a success or a proper error page.
  const noAnswer = sent.filter((x) => x.r.status === 0);
  assert.deepEqual(noAnswer.map((x) => `Stream ${x.i}: ${brief(x.r)}`), [], 'requests without an answer');
  for (const x of sent) {
    if (x.r.status === 303) {
      assert.equal(x.r.location, '/account', `Stream ${x.i}: 303 to /account`);
    } else {
      assert.ok([500, 503].includes(x.r.status), `Stream ${x.i}: 303, 500 or 503, got ${brief(x.r)}`);
      assertErrorPage(x.r, x.r.status, `Stream ${x.i}`);
    }
  }
  const before15 = sent.filter((x) => x.i <= KILL_AFTER && x.r.status !== 303);
  assert.deepEqual(before15.map((x) => `Stream ${x.i}: ${brief(x.r)}`), [], 'all saves before the crash succeed');
  assert.ok(
    sent.some((x) => x.r.status !== 303),
    'the crash was visible to the stream (at least one error page); otherwise this test tested nothing',
  );
  // Once the database is back, a worker's first request must not be the
  // one that finds out the connection is dead.
  const failedAfter = sent.filter((x) => x.at > restartedAt && x.r.status !== 303);
  assert.deepEqual(
    failedAfter.map((x) => `Stream ${x.i}: ${brief(x.r)}`),
    [],
    'every save sent after db-start returned succeeds (workers reconnect by themselves)',
  );
  const oks = sent.filter((x) => x.r.status === 303);
  const unsaved = oks.filter((x) => x.readBack !== null && x.readBack !== `Stream ${x.i}`);
  assert.deepEqual(
    unsaved.map((x) => `Stream ${x.i}: answered 303, then /account shows ${x.readBack}`),
    [],
    'a save answered 303 is what /account shows right after it',
  );
  assert.ok(oks.filter((x) => x.readBack !== null).length >= KILL_AFTER, 'most successes were read back');
  const last = oks[oks.length - 1];
  assert.ok(last && last.at > restartedAt, 'at least one save after the restart succeeded');

  const now = await hit(c, 'GET', '/account');
  assert.equal(now.status, 200, brief(now));
  assert.equal(
    inputValue(now.text, 'name'),
    `Stream ${last.i}`,
    `the stored name is the one of the last request answered 303 (Stream ${last.i})`,
  );
  assert.deepEqual(childrenOf(master), before, 'no worker died during the stream');
});

test('sign-ins across a MariaDB crash: every session handed out works afterwards', async (t) => {
  // Each 303 of POST /login wrote a session row and handed out its cookie:
  // an acknowledged write must survive the crash.
  const u = await freshAccount(t, 'Anmelde Strom');
  t.after(ensureDbRunning);
  const sessions = [];
  const answers = [];
  let restartedAt = null;
  let crashError = null;
  let crash = null;
  const DEADLINE = Date.now() + 120000;
  for (let i = 1; ; i++) {
    if (i === 6) {
      crash = (async () => {
        await stackctlOk('db-kill');
        await sleep(500);
        await stackctlOk('db-start');
        restartedAt = Date.now();
      })().catch((e) => {
        crashError = e;
      });
    }
    const v = new Client();
    const pre = await hit(v, 'GET', '/login');
    assert.equal(pre.status, 200, brief(pre));
    for (const line of pre.headers.getSetCookie()) {
      const m = /^kp_pre=([^;]*)/.exec(line);
      if (m) v.setCookie('kp_pre', m[1]);
    }
    const at = Date.now();
    const r = await hit(v, 'POST', '/login', { fields: { csrf: csrfFrom(pre.text), email: u.email, password: u.password } });
    answers.push({ i, at, r });
    if (r.status === 303) {
      const m = r.headers
        .getSetCookie()
        .map((x) => /^kp_session=([^;]+)/.exec(x))
        .find(Boolean);
      assert.ok(m, `sign-in ${i}: 303 with a session cookie`);
      sessions.push({ i, token: m[1] });
    } else {
      assert.ok([500, 503].includes(r.status), `sign-in ${i}: 303, 500 or 503, got ${brief(r)}`);
      assertErrorPage(r, r.status, `sign-in ${i}`);
    }
    if (crashError) break;
    if (i >= 20 && restartedAt && answers.filter((x) => x.at > restartedAt).length >= 5) break;
    if (Date.now() > DEADLINE) break;
    // nginx limits POST /login to 20/s (burst 50) on the test stack.
    await sleep(60);
  }
  await crash;
  if (crashError) throw crashError;
  assert.ok(answers.some((x) => x.r.status !== 303), 'the crash was visible (at least one error page)');
  assert.ok(answers.some((x) => x.at > restartedAt && x.r.status === 303), 'sign-in works after the restart');
  const dead = [];
  for (const s of sessions) {
    const c = new Client();
    c.setCookie('kp_session', s.token);
    const r = await hit(c, 'GET', '/account');
    if (r.status !== 200) dead.push(`sign-in ${s.i}: GET /account → ${brief(r)}`);
  }
  assert.deepEqual(dead, [], 'sessions acknowledged with 303 that do not work after the crash');
});

test('a killed worker is replaced within 3 s while requests keep being answered', async (t) => {
  const c = await demoClient();
  const master = accountMaster();
  const slots = workerSlots(master);
  const before = await waitForWorkers(master, slots, 3000);
  assert.equal(before.length, slots, `${slots} workers before`);
  t.after(() => waitForWorkers(master, slots, 5000));
  const offset = logSize();
  const victim = before[Math.floor(Math.random() * before.length)];

  const answers = [];
  const load = (async () => {
    for (let i = 0; i < 30; i++) {
      answers.push(await hit(c, 'GET', '/account', { timeout: 10000 }));
      await sleep(30);
    }
  })();
  await sleep(150);
  process.kill(victim, 'SIGKILL');
  const killedAt = Date.now();
  let now = childrenOf(master);
  while ((now.includes(victim) || now.length !== slots) && Date.now() - killedAt < 3000) {
    await sleep(50);
    now = childrenOf(master);
  }
  const took = Date.now() - killedAt;
  await load;

  assert.ok(!now.includes(victim), `worker ${victim} is gone`);
  assert.equal(now.length, slots, `${slots} workers again within 3 s (after ${took} ms: ${now.join(', ')})`);
  assert.deepEqual(
    now.filter((p) => p !== victim && !before.includes(p)).length,
    1,
    `exactly one new worker (before ${before.join(', ')}, now ${now.join(', ')})`,
  );
  const bad = answers.filter((r) => r.status !== 200);
  assert.deepEqual(bad.map(brief), [], 'every one of the 30 GETs is answered 200');
  assert.equal(accountMaster(), master, 'the master survived');
  // One line says what happened.
  assert.match(logSince(offset), new RegExp(`worker ${victim} died`), 'the master logs the death');
});

test('GETs through nginx never fail while random workers are killed', async (t) => {
  const c = await demoClient();
  const master = accountMaster();
  const slots = workerSlots(master);
  const before = await waitForWorkers(master, slots, 3000);
  assert.equal(before.length, slots);
  t.after(() => waitForWorkers(master, slots, 5000));

  let stop = false;
  const answers = [];
  const loaders = Array.from({ length: 6 }, async () => {
    while (!stop) answers.push(await hit(c, 'GET', '/account', { timeout: 15000 }));
  });
  const killed = [];
  for (let k = 0; k < 15; k++) {
    await sleep(300);
    const live = childrenOf(master);
    if (live.length < 2) continue; // never all of them at once
    const victim = live[Math.floor(Math.random() * live.length)];
    try {
      process.kill(victim, 'SIGKILL');
      killed.push(victim);
    } catch {}
  }
  await sleep(300);
  stop = true;
  await Promise.all(loaders);

  t.diagnostic(`${answers.length} GETs, ${killed.length} workers killed`);
  assert.ok(killed.length >= 10, `workers were killed (${killed.length})`);
  assert.ok(answers.length >= 100, `enough requests flowed (${answers.length})`);
  const bad = answers.filter((r) => r.status !== 200 || !/<\/html>\s*$/.test(r.text));
  assert.deepEqual(bad.map(brief), [], 'every GET is answered 200 with a complete page');
  const after = await waitForWorkers(master, slots, 5000);
  assert.equal(after.length, slots, `all ${slots} worker slots filled again`);
  for (const p of killed) assert.ok(!after.includes(p), `killed worker ${p} is not counted`);
});

test('request recycling: --max-requests 3 replaces the worker, no request is lost', async (t) => {
  const own = await ownAccount(t, ['--workers', '1', '--max-requests', '3']);
  const answers = [];
  for (let i = 0; i < 7; i++) answers.push(await fcgi(own.sock, { path: '/login' }));
  for (const [i, r] of answers.entries()) {
    assert.equal(r.error, null, `request ${i + 1}: ${r.error}`);
    assert.equal(r.status, 200, `request ${i + 1}: status ${r.status}`);
    assert.match(r.body, /<\/html>\s*$/, `request ${i + 1}: a complete page`);
  }
  const pids = [...own.stderr().matchAll(/account\[(\d+)\] .* GET \/login 200 \d+us$/gm)].map((m) => Number(m[1]));
  assert.equal(pids.length, 7, `seven request lines in the log (Log.Requests = 1): ${own.stderr()}`);
  assert.deepEqual(
    [pids[0], pids[0], pids[0], pids[3], pids[3], pids[3], pids[6]],
    pids,
    'three requests per worker',
  );
  assert.equal(new Set(pids).size, 3, `a new worker after every 3 requests: ${pids.join(', ')}`);
  assert.doesNotMatch(own.stderr(), /died/, 'a recycled worker exits normally (no "died" line)');
  assert.equal(own.exitInfo(), null, 'the master still runs');
});

test('SIGTERM: a private account program exits 0 within 5 s, removes its socket, leaves no worker', async (t) => {
  const own = await ownAccount(t, ['--workers', '2']);
  const first = await fcgi(own.sock, { path: '/login' });
  assert.equal(first.status, 200, `it serves: ${first.error || first.status}`);
  const workers = await (async () => {
    const end = Date.now() + 3000;
    let w = own.workers();
    while (w.length !== 2 && Date.now() < end) {
      await sleep(50);
      w = own.workers();
    }
    return w;
  })();
  assert.equal(workers.length, 2, `two workers: ${workers.join(', ')}`);

  const t0 = Date.now();
  own.proc.kill('SIGTERM');
  const res = await Promise.race([own.exited, sleep(5000).then(() => null)]);
  assert.ok(res, `still running ${Date.now() - t0} ms after SIGTERM`);
  assert.deepEqual(res, { code: 0, signal: null }, 'exit code 0');
  assert.ok(!existsSync(own.sock), `the socket ${own.sock} is removed`);
  const left = workers.filter(running);
  assert.deepEqual(left, [], 'no worker is left running');
  let byName = '';
  try {
    byName = execFileSync('pgrep', ['-f', own.sock], { encoding: 'utf8' }).trim();
  } catch (e) {
    if (e.status !== 1) throw e;
  }
  assert.equal(byName, '', `no process with ${own.sock} in its command line`);
  assert.match(own.stderr(), /stopped/, 'the program logs that it stopped');
});

test('SIGTERM while a request is in progress: that request is finished first', async (t) => {
  const own = await ownAccount(t, ['--workers', '1']);
  // A sign-in form (GET /login) for the kp_pre cookie and its csrf token.
  const form = await fcgi(own.sock, { path: '/login' });
  assert.equal(form.status, 200, `it serves: ${form.error || form.status}`);
  const pre = /kp_pre=([^;]*)/.exec(form.headers['set-cookie'] || '');
  assert.ok(pre, `a kp_pre cookie: ${JSON.stringify(form.headers)}`);
  const csrf = csrfFrom(form.body);
  const body = Buffer.from(
    formBody({ csrf, email: 'niemand-sigterm@example.org', password: 'Falsch-Passwort-123' }),
  );
  // The worker is in the request (parameters read) while the body trickles.
  const call = fcgiOpen(own.sock, {
    method: 'POST',
    path: '/login',
    contentType: 'application/x-www-form-urlencoded',
    contentLength: body.length,
    headers: { cookie: `kp_pre=${pre[1]}` },
  });
  call.send(body.subarray(0, 10));
  await sleep(300);
  own.proc.kill('SIGTERM');
  await sleep(300);
  call.send(body.subarray(10));
  call.end();
  const r = await call.result;
  assert.equal(r.error, null, `the request in progress is answered: ${r.error}`);
  assert.equal(
    r.status,
    422,
    `the sign-in is processed to its usual answer (wrong password: 422), got ${r.status}; log:\n${own.stderr()}`,
  );
  const res = await Promise.race([own.exited, sleep(5000).then(() => null)]);
  assert.deepEqual(res, { code: 0, signal: null }, 'then the program exits 0');
});
