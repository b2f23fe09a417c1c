// Shared helpers of the e2e tests: a cookie-jar HTTP client over the
// built-in fetch, CSRF token extraction, the SMTP sink's Maildir, kpctl, and
// the usual ways to get a fresh account. Environment (set by scripts/test.sh):
//   KP_BASE    http://127.0.0.1:PORT      KP_STACK   the stack folder
//   KP_MAILDIR KP_STACK/mail              KP_CONFIG  KP_STACK/knotenpunkt.hdf
//   KP_KPCTL   absolute path of build/kpctl
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function env(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (see tests/e2e/lib.mjs)`);
  return v;
}

export const BASE = env('KP_BASE').replace(/\/+$/, '');
export const STACK = process.env.KP_STACK || '';
export const MAILDIR = env('KP_MAILDIR');
export const CONFIG = env('KP_CONFIG');
export const KPCTL = env('KP_KPCTL');
export const ORIGIN = new URL(BASE).origin;

/** A number from the stack's knotenpunkt.hdf (e.g. "ThrottleWindow"), or def. */
export function configNumber(key, def) {
  try {
    const m = new RegExp(`^\\s*${key}\\s*=\\s*(\\d+)\\s*$`, 'm').exec(readFileSync(CONFIG, 'utf8'));
    return m ? Number(m[1]) : def;
  } catch {
    return def;
  }
}

export const DEMO_PASSWORD = 'Demo-Passwort-2026';
export const DEMO = {
  admin: 'admin@knotenpunkt.test',
  moderator: 'moderator@knotenpunkt.test',
  member1: 'member1@knotenpunkt.test',
  member2: 'member2@knotenpunkt.test', // lang en
  pending: 'neu@knotenpunkt.test',
  suspended: 'ehemalig@knotenpunkt.test',
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A unique address for a fresh account (the SMTP sink takes any). */
export function uniqueEmail(prefix = 'e2e') {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}@example.org`;
}

/** A password that passes the policy and is unique per call. */
export function newPassword(tag = '') {
  return `Wald-See-Brücke-${tag}${randomBytes(3).toString('hex')}`;
}

/** application/x-www-form-urlencoded from an object or [name, value] pairs;
 * a string is sent as it is (for hand-made, deliberately broken bodies). */
export function formBody(fields) {
  if (typeof fields === 'string') return fields;
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  return pairs
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

/** The value of the first <input name="csrf"> in a page. */
export function csrfFrom(html) {
  const m = /<input\b[^>]*\bname="csrf"[^>]*>/.exec(html);
  if (!m) return null;
  const v = /\bvalue="([^"]*)"/.exec(m[0]);
  return v ? v[1] : null;
}

/** Every csrf value in a page (all forms carry one). */
export function allCsrf(html) {
  return [...html.matchAll(/<input\b[^>]*\bname="csrf"[^>]*\bvalue="([^"]*)"/g)].map((m) => m[1]);
}

/** The value attribute of <input name=NAME>, HTML as sent (not unescaped). */
export function inputValue(html, name) {
  const re = new RegExp(`<input\\b[^>]*\\bname="${name}"[^>]*>`);
  const m = re.exec(html);
  if (!m) return undefined;
  const v = /\bvalue="([^"]*)"/.exec(m[0]);
  return v ? v[1] : '';
}

/** The text of <main>..</main> with tags stripped and blanks collapsed. */
export function mainText(html) {
  const m = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html);
  return textOf(m ? m[1] : html);
}

export function textOf(html) {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The <h1> text of a page. */
export function h1(html) {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return m ? textOf(m[1]) : null;
}

/** The session id of each row of the sessions table on /account. */
export function sessionIds(html) {
  return [...html.matchAll(/action="\/account\/sessions\/(\d+)\/end"/g)].map((m) => m[1]);
}

/** Parses one Set-Cookie line into {name, value, attrs (lower-case keys)}. */
export function parseSetCookie(line) {
  const [pair, ...rest] = line.split(';');
  const eq = pair.indexOf('=');
  const attrs = {};
  for (const a of rest) {
    const t = a.trim();
    if (!t) continue;
    const i = t.indexOf('=');
    if (i < 0) attrs[t.toLowerCase()] = true;
    else attrs[t.slice(0, i).toLowerCase()] = t.slice(i + 1);
  }
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attrs, line };
}

/**
 * A browser-like client: a cookie jar, no automatic redirects, no Origin
 * header unless asked for. Responses come back as plain objects:
 * {status, headers (Headers), text, location, setCookies ([parsed])}.
 */
export class Client {
  constructor({ headers = {} } = {}) {
    this.jar = new Map();
    this.headers = headers;
  }

  cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get session() {
    return this.jar.get('kp_session');
  }

  setCookie(name, value) {
    if (value === undefined || value === null) this.jar.delete(name);
    else this.jar.set(name, value);
  }

  /** A second client with a copy of this one's cookies (a stolen cookie). */
  clone() {
    const c = new Client({ headers: { ...this.headers } });
    for (const [k, v] of this.jar) c.jar.set(k, v);
    return c;
  }

  async request(method, path, { body, headers = {}, contentType } = {}) {
    const h = { 'accept-language': 'de', ...this.headers, ...headers };
    const cookie = this.cookieHeader();
    if (cookie && !('cookie' in h)) h.cookie = cookie;
    if (body !== undefined && !('content-type' in h))
      h['content-type'] = contentType || 'application/x-www-form-urlencoded';
    for (const k of Object.keys(h)) if (h[k] === null) delete h[k];
    const url = /^https?:/.test(path) ? path : BASE + path;
    const res = await fetch(url, { method, headers: h, body, redirect: 'manual' });
    const text = await res.text();
    const setCookies = res.headers.getSetCookie().map(parseSetCookie);
    for (const c of setCookies) {
      const maxAge = c.attrs['max-age'];
      if (c.value === '' || (maxAge !== undefined && Number(maxAge) <= 0)) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
    return {
      status: res.status,
      headers: res.headers,
      text,
      location: res.headers.get('location'),
      setCookies,
      cookie: (name) => setCookies.find((c) => c.name === name),
    };
  }

  get(path, opts = {}) {
    return this.request('GET', path, opts);
  }

  /** POST fields (object, pairs or a raw string) as a form. */
  post(path, fields = {}, opts = {}) {
    return this.request('POST', path, { ...opts, body: formBody(fields) });
  }

  /** The csrf token of the form on a page (GET page first). */
  async csrf(page = '/login') {
    const r = await this.get(page);
    const t = csrfFrom(r.text);
    if (!t) throw new Error(`no csrf token on ${page} (status ${r.status})`);
    return t;
  }

  /** GET page for a token, then POST fields plus csrf to action. */
  async submit(page, action, fields = {}, opts = {}) {
    const csrf = await this.csrf(page);
    const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
    return this.post(action, [['csrf', csrf], ...pairs], opts);
  }

  async login(email, password, extra = {}) {
    // Signed in, /login redirects: take the token from /account instead.
    return this.submit(this.session ? '/account' : '/login', '/login', { email, password, ...extra });
  }

  async loginOk(email, password) {
    const r = await this.login(email, password);
    if (r.status !== 303 || !this.session)
      throw new Error(`sign-in of ${email} failed: ${r.status} ${mainText(r.text).slice(0, 200)}`);
    return r;
  }

  async logout() {
    return this.submit('/account', '/logout', {});
  }
}

// ---------------------------------------------------------------- mail ----

const NEW = () => join(MAILDIR, 'new');
const consumed = new Set();

function decodeWords(s) {
  // RFC 2047: blanks between two adjacent encoded words are not text.
  s = s.replace(/(\?=)\s+(?==\?)/g, '$1');
  return s.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, cs, enc, data) => {
    if (enc.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
    const bytes = data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  });
}

function decodeQP(s) {
  const soft = s.replace(/=\r?\n/g, '');
  const bytes = soft.replace(/=([0-9A-Fa-f]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** {file, headers (lower-case keys), subject, to, body} of one Maildir file. */
export function parseMail(file) {
  const raw = readFileSync(file);
  const s = raw.toString('latin1');
  const sep = s.search(/\r?\n\r?\n/);
  const head = sep < 0 ? s : s.slice(0, sep);
  const bodyRaw = sep < 0 ? '' : s.slice(sep).replace(/^\r?\n\r?\n/, '');
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  const cte = (headers['content-transfer-encoding'] || '').toLowerCase();
  let body;
  if (cte === 'quoted-printable') body = decodeQP(bodyRaw);
  else if (cte === 'base64') body = Buffer.from(bodyRaw, 'base64').toString('utf8');
  else body = Buffer.from(bodyRaw, 'latin1').toString('utf8');
  const to = (headers['x-rcptto'] || headers.to || '').replace(/[<>]/g, '').trim().toLowerCase();
  return {
    file,
    headers,
    subject: decodeWords(Buffer.from(headers.subject || '', 'latin1').toString('utf8')),
    to,
    body: body.replace(/\r\n/g, '\n'),
  };
}

function mailFiles() {
  try {
    return readdirSync(NEW())
      .filter((f) => !f.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

// A file in new/ never changes once there (the sink writes to tmp/ first).
const parsed = new Map();
function cachedMail(file) {
  let m = parsed.get(file);
  if (!m) parsed.set(file, (m = parseMail(file)));
  return m;
}

/** Every mail to an address so far (consumed or not), oldest first. */
export function mailsTo(address) {
  const want = address.toLowerCase();
  return mailFiles()
    .map((f) => cachedMail(join(NEW(), f)))
    .filter((m) => m.to.split(/\s*,\s*/).includes(want))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Waits (up to timeout ms) for a mail to address that no earlier call
 * returned and that passes filter(mail); marks it consumed.
 */
export async function waitForMail(address, { timeout = 10000, filter = () => true } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const m = mailsTo(address).find((x) => !consumed.has(x.file) && filter(x));
    if (m) {
      consumed.add(m.file);
      return m;
    }
    if (Date.now() > end) throw new Error(`no mail to ${address} within ${timeout} ms`);
    await sleep(150);
  }
}

/** Every link into the site in a mail body. */
export function linksIn(body) {
  const esc = BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...body.matchAll(new RegExp(`${esc}/[A-Za-z0-9_\\-/.?=&%]*`, 'g'))].map((m) => m[0]);
}

/** The path (without BASE) of the first link in a mail starting with prefix. */
export function linkPath(mail, prefix) {
  const l = linksIn(mail.body).find((u) => u.startsWith(BASE + prefix));
  if (!l) throw new Error(`no ${prefix} link in mail to ${mail.to}: ${mail.body.slice(0, 300)}`);
  return l.slice(BASE.length);
}

// --------------------------------------------------------------- kpctl ----

/** Runs kpctl; returns {status, stdout, stderr} (never throws on exit code). */
export function kpctl(...args) {
  try {
    const stdout = execFileSync(KPCTL, ['--config', CONFIG, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20000,
    });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    if (e.status === undefined || e.status === null) throw e;
    return { status: e.status, stdout: String(e.stdout || ''), stderr: String(e.stderr || '') };
  }
}

export function kpctlOk(...args) {
  const r = kpctl(...args);
  if (r.status !== 0) throw new Error(`kpctl ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r;
}

// ------------------------------------------------------ fresh accounts ----

/**
 * Registers an account through the forms and confirms the address with
 * POST /verify/TOKEN (not GET: the GET page is tested on its own).
 * approve: run `kpctl user approve` and wait for the approval mail.
 */
export async function registerUser({ name = 'Erika Muster', email = uniqueEmail('reg'), password = newPassword(), approve = true } = {}) {
  const c = new Client();
  const r = await c.submit('/register', '/register', { name, email, password, password2: password });
  if (r.status !== 200) throw new Error(`register ${email}: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  const mail = await waitForMail(email);
  const verify = linkPath(mail, '/verify/');
  const v = await c.submit('/login', verify, {});
  if (v.status !== 200) throw new Error(`verify ${email}: ${v.status}`);
  if (approve) {
    kpctlOk('user', 'approve', email);
    await waitForMail(email);
  }
  return { name, email, password };
}

/**
 * A new active account by invitation (kpctl user invite, POST /invite/TOKEN).
 * Returns {client (signed in), name, email, password}.
 */
export async function inviteUser({ name = 'Jonas Beispiel', email = uniqueEmail('inv'), password = newPassword(), lang } = {}) {
  kpctlOk('user', 'invite', email, ...(lang ? [lang] : []));
  const mail = await waitForMail(email);
  const path = linkPath(mail, '/invite/');
  const client = new Client();
  const r = await client.submit(path, path, { name, password, password2: password });
  if (r.status !== 303 || !client.session)
    throw new Error(`invite ${email}: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  return { client, name, email, password };
}

/** n invited accounts at once (mails are sent every second: in parallel). */
export function inviteUsers(n, opts = {}) {
  return Promise.all(Array.from({ length: n }, (_, i) => inviteUser({ name: `${opts.name || 'Testperson'} ${i + 1}` })));
}

/** A signed-in client of a demo account. */
export async function demoClient(email = DEMO.member1) {
  const c = new Client();
  await c.loginOk(email, DEMO_PASSWORD);
  return c;
}

/** HTML with what differs per request (csrf tokens, echoed e-mail) taken out. */
export function normalisePage(html) {
  return html
    .replace(/(name="csrf" value=")[^"]*"/g, '$1X"')
    .replace(/(name="email"[^>]*?) value="[^"]*"/g, '$1')
    .replace(/(<input[^>]*) value="[^"]*"([^>]*name="email")/g, '$1$2');
}

/** The names of the mails in the Maildir right now. */
export function mailSnapshot() {
  return new Set(mailFiles().map((f) => join(NEW(), f)));
}

/** Mails to address that arrived after snapshot, waiting ms first. */
export async function mailsSince(address, snapshot, ms = 0) {
  if (ms) await sleep(ms);
  return mailsTo(address).filter((m) => !snapshot.has(m.file));
}

/** Status and page text a test message can show. */
export function show(r) {
  return `${r.status} ${r.location ? '-> ' + r.location + ' ' : ''}${mainText(r.text).slice(0, 300)}`;
}
