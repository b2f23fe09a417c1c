// Helpers of the people tests (people.test.mjs, profile-edit.test.mjs):
// multipart bodies for the profile form, the pages of the people program
// read back into plain objects, binary downloads, the texts of the language
// files, and small images made here (PNG through node:zlib, a baseline JPEG
// written byte by byte, optionally with an EXIF segment that holds GPS data).
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { BASE, mainText, textOf } from './lib.mjs';

// ------------------------------------------------------------ texts ----

/** HTML entities back to text (the ones templates and cmark write). */
export function decodeEntities(s) {
  return String(s)
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/** Text of <main> with entities decoded (what a reader sees). */
export function readable(html) {
  return decodeEntities(mainText(html));
}

const hdfCache = new Map();
/** Lang.KEY from templates/lang/LANG.hdf ("Err.PhotoType"), or null. Only
 * the one-line "Key = value" form is read (the messages are all one line). */
export function langText(key, lang = 'de') {
  let map = hdfCache.get(lang);
  if (!map) {
    map = new Map();
    const file = new URL(`../../templates/lang/${lang}.hdf`, import.meta.url);
    const path = [];
    let heredoc = null;
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      const line = raw.trim();
      if (heredoc) {
        if (line === heredoc) heredoc = null;
        continue;
      }
      if (!line || line.startsWith('#')) continue;
      let m;
      if ((m = /^([A-Za-z0-9_.]+)\s*\{$/.exec(line))) path.push(m[1]);
      else if (line === '}') path.pop();
      else if ((m = /^([A-Za-z0-9_.]+)\s*<<\s*(\w+)$/.exec(line))) heredoc = m[2];
      else if ((m = /^([A-Za-z0-9_.]+)\s*=\s*(.*)$/.exec(line))) map.set([...path, m[1]].join('.'), m[2]);
    }
    hdfCache.set(lang, map);
  }
  return map.get(`Lang.${key}`) ?? null;
}

/** A random lower-case word: names and positions findable by search. */
export function token(n = 8) {
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  return [...randomBytes(n)].map((b) => abc[b % 26]).join('');
}

// ---------------------------------------------------------- multipart ----

/**
 * multipart/form-data from parts: [name, value] for a text field (value a
 * string or a Buffer of raw bytes), or {name, filename, type, data} for a
 * file. Returns {body (Buffer), contentType}.
 */
export function multipart(parts, boundary = `----kpPeople${randomBytes(12).toString('hex')}`) {
  const chunks = [];
  for (const p of parts) {
    if (Array.isArray(p)) {
      const [name, value] = p;
      if (value === undefined || value === null) continue;
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`));
      chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(String(value), 'utf8'));
      chunks.push(Buffer.from('\r\n'));
    } else {
      const type = p.type || 'application/octet-stream';
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${type}\r\n\r\n`,
        ),
      );
      chunks.push(Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data || ''));
      chunks.push(Buffer.from('\r\n'));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * The parts of a profile form from an object: position, municipality,
 * phone, phone_visible, email_visible, about, remove_photo (strings; left
 * out when undefined), field and language (arrays: one part each), photo
 * ({filename, type, data}), extra ([name, value] pairs added at the end).
 */
export function profileParts(fields = {}) {
  const parts = [];
  for (const k of ['position', 'municipality', 'phone', 'phone_visible', 'email_visible', 'about', 'remove_photo'])
    if (fields[k] !== undefined && fields[k] !== null) parts.push([k, fields[k]]);
  for (const f of fields.field || []) parts.push(['field', f]);
  for (const l of fields.language || []) parts.push(['language', l]);
  if (fields.photo) parts.push({ name: 'photo', ...fields.photo });
  for (const e of fields.extra || []) parts.push(e);
  return parts;
}

/**
 * POST the profile form of member id as client. csrf: the token to send
 * (default: the client's own, from /account; false: none at all).
 * Returns the lib.mjs response object.
 */
export async function postProfile(client, id, fields = {}, { csrf, headers = {}, path } = {}) {
  const token = csrf === undefined ? await client.csrf('/account') : csrf;
  const parts = profileParts(fields);
  if (token !== false) parts.unshift(['csrf', token]);
  const { body, contentType } = multipart(parts);
  return client.request('POST', path || `/people/${id}/edit`, { body, contentType, headers });
}

/** The member id of a signed-in client (from /profile/edit's redirect). */
export async function ownId(client) {
  const r = await client.get('/profile/edit');
  const m = /^\/people\/(\d+)\/edit$/.exec(r.location || '');
  if (r.status !== 303 || !m) throw new Error(`/profile/edit: ${r.status} ${r.location}`);
  return Number(m[1]);
}

// ------------------------------------------------------------- pages ----

/** The choices of the filter form on /people: {fields, languages,
 * municipalities}, each a Map value → name. */
export function filterChoices(html) {
  const select = (name) => {
    const m = new RegExp(`<select\\b[^>]*\\bname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
    const map = new Map();
    if (!m) return map;
    for (const o of m[1].matchAll(/<option\b[^>]*\bvalue="([^"]*)"[^>]*>([\s\S]*?)<\/option>/g))
      if (o[1] !== '' && o[1] !== '0') map.set(decodeEntities(o[1]), decodeEntities(textOf(o[2])));
    return map;
  };
  return { fields: select('field'), languages: select('lang'), municipalities: select('municipality') };
}

/**
 * A page of /people: {people: [{id, name, position, place, thumb, html}],
 * total (from the heading; 0 when none found), page, pages (from the
 * pager: 1 without one), pager (the <nav> HTML or null), links (the pager's
 * hrefs, entities decoded)}.
 */
export function parseList(html) {
  const people = [];
  for (const m of html.matchAll(/<li class="person">([\s\S]*?)<\/li>/g)) {
    const li = m[1];
    const a = /<a class="person-name" href="\/people\/(\d+)">([\s\S]*?)<\/a>/.exec(li);
    const pos = /<p class="person-position">([\s\S]*?)<\/p>/.exec(li);
    const place = /<p class="person-place">([\s\S]*?)<\/p>/.exec(li);
    const thumb = /<img\b[^>]*\bsrc="([^"]*)"/.exec(li);
    people.push({
      id: a ? Number(a[1]) : null,
      name: a ? decodeEntities(textOf(a[2])) : null,
      position: pos ? decodeEntities(textOf(pos[1])) : '',
      place: place ? decodeEntities(textOf(place[1])) : '',
      thumb: thumb ? thumb[1] : null,
      html: li,
    });
  }
  const t = /<h2 id="results-title">\s*(\d+)/.exec(html);
  const nav = /<nav class="pager"[\s\S]*?<\/nav>/.exec(html);
  const links = nav ? [...nav[0].matchAll(/href="([^"]*)"/g)].map((x) => decodeEntities(x[1])) : [];
  const current = nav ? /<a\b[^>]*aria-current="page"[^>]*>[\s\S]*?(\d+)<\/a>/.exec(nav[0]) : null;
  const pageNums = links.map((l) => Number(new URLSearchParams(l.split('?')[1] || '').get('page'))).filter((n) => n > 0);
  return {
    people,
    total: t ? Number(t[1]) : 0,
    page: current ? Number(current[1]) : 1,
    pages: pageNums.length ? Math.max(...pageNums) : 1,
    pager: nav ? nav[0] : null,
    links,
  };
}

/** GET /people with the query (object or string) and parse it; throws
 * unless 200. */
export async function listPeople(client, query = {}) {
  const qs = typeof query === 'string' ? query : new URLSearchParams(query).toString();
  const r = await client.get(`/people${qs ? '?' + qs : ''}`);
  if (r.status !== 200) throw new Error(`/people?${qs}: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  return { ...parseList(r.text), html: r.text, response: r };
}

/** Every person of a search, over all its pages. */
export async function listAll(client, query = {}) {
  const first = await listPeople(client, query);
  const all = [...first.people];
  for (let p = 2; p <= first.pages; p++) all.push(...(await listPeople(client, { ...query, page: p })).people);
  return { total: first.total, people: all };
}

/** A profile page read back, by its structure (not by its labels, which
 * are in the viewer's language): {name, position, place, phone, email,
 * phoneHidden, emailHidden (the badge text or null), fields, languages,
 * about (the HTML of the rendered Markdown or null), canEdit}. */
export function parseProfile(html) {
  const one = (re) => {
    const m = re.exec(html);
    return m ? decodeEntities(textOf(m[1])) : null;
  };
  const section = (id) => {
    const m = new RegExp(`<section\\b[^>]*aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
    return m ? m[1] : '';
  };
  const contactHtml = section('contact-title');
  const contact = (hrefPrefix) => {
    const dd = new RegExp(`<dd>\\s*<a\\b[^>]*href="${hrefPrefix}[^"]*"[^>]*>([\\s\\S]*?)</a>([\\s\\S]*?)</dd>`).exec(contactHtml);
    if (!dd) return { value: null, badge: null };
    const b = /<span class="badge">([\s\S]*?)<\/span>/.exec(dd[2]);
    return { value: decodeEntities(textOf(dd[1])), badge: b ? decodeEntities(textOf(b[1])) : null };
  };
  const dds = [...section('work-title').matchAll(/<dd>([\s\S]*?)<\/dd>/g)].map((m) => m[1]);
  const tags = (d) => (d ? [...d.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decodeEntities(textOf(m[1]))) : []);
  const phone = contact('tel:');
  const email = contact('mailto:');
  const about = /<div class="prose">([\s\S]*?)<\/div>\s*<\/section>/.exec(html);
  return {
    name: one(/<h1\b[^>]*>([\s\S]*?)<\/h1>/),
    position: one(/<p class="profile-position">([\s\S]*?)<\/p>/),
    place: one(/<p class="profile-place">([\s\S]*?)<\/p>/),
    phone: phone.value,
    phoneHidden: phone.badge,
    email: email.value,
    emailHidden: email.badge,
    fields: tags(dds[0]),
    languages: tags(dds[1]),
    contactText: decodeEntities(textOf(contactHtml)),
    about: about ? about[1] : null,
    canEdit: /href="\/people\/\d+\/edit"/.test(html),
  };
}

/** GET /people/ID and parse it; throws unless 200. */
export async function profileOf(client, id) {
  const r = await client.get(`/people/${id}`);
  if (r.status !== 200) throw new Error(`/people/${id}: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  return { ...parseProfile(r.text), html: r.text };
}

/** The vCard of member id: {status, headers, text, lines, props (Map
 * NAME → [values]; NAME without parameters)}. */
export async function vcardOf(client, id) {
  const r = await client.get(`/people/${id}/vcard`);
  const unfolded = r.text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n').filter((l) => l !== '');
  const props = new Map();
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i < 0) continue;
    const name = l.slice(0, i).split(';')[0].toUpperCase();
    if (!props.has(name)) props.set(name, []);
    props.get(name).push(l.slice(i + 1));
  }
  return { ...r, lines, props };
}

/** The state of a profile as its owner or an admin reads it in the form:
 * {position, municipality, phone, phone_visible, email_visible, about,
 * fields, languages (the checked values)}. */
export async function formState(client, id) {
  const r = await client.get(`/people/${id}/edit`);
  if (r.status !== 200) throw new Error(`/people/${id}/edit: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  return { ...parseForm(r.text), html: r.text };
}

export function parseForm(html) {
  const input = (name) => {
    const m = new RegExp(`<input\\b[^>]*\\bname="${name}"[^>]*>`).exec(html);
    if (!m) return undefined;
    const v = /\bvalue="([^"]*)"/.exec(m[0]);
    return v ? decodeEntities(v[1]) : '';
  };
  const checkbox = (name) => {
    const m = new RegExp(`<input\\b[^>]*\\bname="${name}"[^>]*>`).exec(html);
    return m ? /\bchecked\b/.test(m[0]) : undefined;
  };
  const checked = (name) =>
    [...html.matchAll(new RegExp(`<input\\b[^>]*\\bname="${name}"[^>]*>`, 'g'))]
      .filter((m) => /\bchecked\b/.test(m[0]))
      .map((m) => decodeEntities(/\bvalue="([^"]*)"/.exec(m[0])[1]));
  const sel = /<select\b[^>]*\bname="municipality"[^>]*>([\s\S]*?)<\/select>/.exec(html);
  const chosen = sel ? /<option\b[^>]*\bvalue="([^"]*)"[^>]*\bselected\b/.exec(sel[1]) : null;
  const ta = /<textarea\b[^>]*\bname="about"[^>]*>\n?([\s\S]*?)<\/textarea>/.exec(html);
  return {
    position: input('position'),
    phone: input('phone'),
    municipality: chosen ? decodeEntities(chosen[1]) : '',
    phone_visible: checkbox('phone_visible'),
    email_visible: checkbox('email_visible'),
    about: ta ? decodeEntities(ta[1]) : undefined,
    fields: checked('field'),
    languages: checked('language'),
  };
}

/** Whether a form page shows an error at field name (id="e-NAME"), and its text. */
export function fieldError(html, name) {
  const m = new RegExp(`<p class="field-error" id="e-${name}">([\\s\\S]*?)</p>`).exec(html);
  return m ? decodeEntities(textOf(m[1])) : null;
}

// ----------------------------------------------------------- binary ----

/** GET path as client, the body as bytes: {status, headers, bytes}. */
export async function getBytes(client, path, { headers = {} } = {}) {
  const h = { 'accept-language': 'de', ...headers };
  const cookie = client ? client.cookieHeader() : '';
  if (cookie) h.cookie = cookie;
  const res = await fetch(BASE + path, { headers: h, redirect: 'manual' });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, location: res.headers.get('location') };
}

export const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

// ----------------------------------------------------------- images ----

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * A valid RGB PNG of width × height with a colour gradient. text: a tEXt
 * chunk (keyword "Comment") the re-encoding must drop. declared: {width,
 * height} written into IHDR instead (a "bomb": the pixels are not there).
 */
export function makePng(width, height, { text, declared } = {}) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(declared ? declared.width : width, 0);
  ihdr.writeUInt32BE(declared ? declared.height : height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const o = y * row + 1 + x * 3;
      raw[o] = (x * 255) / Math.max(1, width - 1);
      raw[o + 1] = (y * 255) / Math.max(1, height - 1);
      raw[o + 2] = 0x80;
    }
  }
  const chunks = [PNG_SIGNATURE, pngChunk('IHDR', ihdr)];
  if (text) chunks.push(pngChunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')));
  chunks.push(pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(chunks);
}

function segment(marker, payload) {
  const len = Buffer.alloc(2);
  len.writeUInt16BE(payload.length + 2);
  return Buffer.concat([Buffer.from([0xff, marker]), len, payload]);
}

/**
 * An EXIF APP1 payload ("Exif\0\0" + big-endian TIFF): IFD0 with an
 * ImageDescription (description), Orientation 1 and a GPS IFD pointer; the
 * GPS IFD with GPSLatitudeRef "N" and GPSLatitude 51° 32' 0".
 */
export function exifGps(description = 'GPS 51.5329N 9.9355E Wohnort') {
  const desc = Buffer.from(description + '\0', 'latin1');
  // Layout (offsets from the TIFF header): 8: IFD0 (3 entries), then the
  // GPS IFD (2 entries), then the latitude rationals, then the description.
  const ifd0 = 8;
  const ifd0Size = 2 + 3 * 12 + 4;
  const gps = ifd0 + ifd0Size;
  const gpsSize = 2 + 2 * 12 + 4;
  const lat = gps + gpsSize;
  const descAt = lat + 24;
  const t = Buffer.alloc(descAt + desc.length);
  t.write('MM', 0, 'latin1');
  t.writeUInt16BE(42, 2);
  t.writeUInt32BE(ifd0, 4);
  const entry = (at, tag, type, count, value) => {
    t.writeUInt16BE(tag, at);
    t.writeUInt16BE(type, at + 2);
    t.writeUInt32BE(count, at + 4);
    if (type === 3 && count === 1) t.writeUInt16BE(value, at + 8);
    else if (Buffer.isBuffer(value)) value.copy(t, at + 8);
    else t.writeUInt32BE(value, at + 8);
  };
  t.writeUInt16BE(3, ifd0);
  entry(ifd0 + 2, 0x010e, 2, desc.length, descAt); // ImageDescription
  entry(ifd0 + 14, 0x0112, 3, 1, 1); // Orientation: normal
  entry(ifd0 + 26, 0x8825, 4, 1, gps); // GPSInfo IFD pointer
  t.writeUInt32BE(0, ifd0 + 38);
  t.writeUInt16BE(2, gps);
  entry(gps + 2, 0x0001, 2, 2, Buffer.from('N\0\0\0', 'latin1')); // GPSLatitudeRef
  entry(gps + 14, 0x0002, 5, 3, lat); // GPSLatitude
  t.writeUInt32BE(0, gps + 26);
  for (const [i, [n, d]] of [[51, 1], [32, 1], [0, 1]].entries()) {
    t.writeUInt32BE(n, lat + i * 8);
    t.writeUInt32BE(d, lat + i * 8 + 4);
  }
  desc.copy(t, descAt);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), t]);
}

/**
 * A valid baseline JPEG, grey, width × height (each block's DC is 0: mid
 * grey). Huffman tables with one 1-bit code each: "0" is DC difference 0
 * and "0" is the end of block, so every 8×8 block is two bits. exif: an
 * APP1 payload (exifGps()) put right after SOI.
 */
export function makeJpeg(width, height, { exif } = {}) {
  const parts = [Buffer.from([0xff, 0xd8])];
  if (exif) parts.push(segment(0xe1, exif));
  parts.push(segment(0xdb, Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)])));
  const sof = Buffer.alloc(9);
  sof[0] = 8;
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  sof[5] = 1; // one component
  sof[6] = 1; // id
  sof[7] = 0x11; // no subsampling
  sof[8] = 0; // quant table 0
  parts.push(segment(0xc0, sof));
  const counts = Buffer.alloc(16);
  counts[0] = 1;
  parts.push(segment(0xc4, Buffer.concat([Buffer.from([0x00]), counts, Buffer.from([0x00])]))); // DC 0
  parts.push(segment(0xc4, Buffer.concat([Buffer.from([0x10]), counts, Buffer.from([0x00])]))); // AC 0: EOB
  parts.push(segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])));
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2;
  const data = Buffer.alloc(Math.ceil(bits / 8), 0);
  if (bits % 8) data[data.length - 1] = (1 << (8 - (bits % 8))) - 1; // pad with 1s
  parts.push(data, Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

/** {format, width, height} of PNG, JPEG or WebP bytes, or null. */
export function imageSize(buf) {
  if (buf.length >= 30 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') {
    const kind = buf.toString('latin1', 12, 16);
    if (kind === 'VP8L') {
      const v = buf.readUInt32LE(21);
      return { format: 'webp', width: (v & 0x3fff) + 1, height: ((v >> 14) & 0x3fff) + 1 };
    }
    if (kind === 'VP8 ') return { format: 'webp', width: buf.readUInt16LE(26) & 0x3fff, height: buf.readUInt16LE(28) & 0x3fff };
    if (kind === 'VP8X') return { format: 'webp', width: buf.readUIntLE(24, 3) + 1, height: buf.readUIntLE(27, 3) + 1 };
    return null;
  }
  if (buf.subarray(0, 8).equals(PNG_SIGNATURE))
    return { format: 'png', width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  if (buf.subarray(0, 3).equals(JPEG_SIGNATURE)) {
    let i = 2;
    while (i + 9 < buf.length) {
      if (buf[i] !== 0xff) return null;
      const marker = buf[i + 1];
      const len = buf.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { format: 'jpeg', height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
      i += 2 + len;
    }
  }
  return null;
}

/**
 * A valid lossless WebP (VP8L) of width × height in one colour: no
 * transforms, no colour cache, and five prefix codes of one symbol each
 * (green, red, blue, alpha: the colour; distance: 0), so that every pixel
 * takes zero bits and the image data is empty.
 */
export function makeWebp(width, height, { r = 0x20, g = 0x60, b = 0xa0, a = 0xff } = {}) {
  const bits = [];
  const put = (value, n) => {
    for (let i = 0; i < n; i++) bits.push((value >> i) & 1); // LSB first
  };
  put(width - 1, 14);
  put(height - 1, 14);
  put(a !== 0xff ? 1 : 0, 1); // alpha used
  put(0, 3); // version
  put(0, 1); // no transform
  put(0, 1); // no colour cache
  put(0, 1); // no meta prefix codes
  for (const sym of [g, r, b, a]) {
    put(1, 1); // simple code
    put(0, 1); // one symbol
    put(1, 1); // 8-bit symbol
    put(sym, 8);
  }
  put(1, 1); // distance: simple code
  put(0, 1); // one symbol
  put(0, 1); // 1-bit symbol
  put(0, 1); // symbol 0
  const data = Buffer.alloc(1 + Math.ceil(bits.length / 8));
  data[0] = 0x2f;
  bits.forEach((bit, i) => (data[1 + (i >> 3)] |= bit << (i & 7)));
  const chunk = Buffer.concat([Buffer.from('VP8L'), Buffer.alloc(4), data, Buffer.alloc(data.length % 2)]);
  chunk.writeUInt32LE(data.length, 4);
  const riff = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP'), chunk]);
  riff.writeUInt32LE(riff.length - 8, 4);
  return riff;
}

// ------------------------------------------------------ organisations ----
// Helpers of orgs.test.mjs and org-members.test.mjs: the organisation form
// as multipart, the pages of /orgs read back into plain objects, the texts
// of the part files (lang/LANG/*.hdf), and a look into the database for
// what no page shows (audit entries) or no form can make (an offer
// confirmed 13 months ago).
import { execFileSync as orgExecFileSync } from 'node:child_process';
import { readdirSync as orgReaddirSync } from 'node:fs';
import { CONFIG as ORG_CONFIG } from './lib.mjs';

const orgHdfCache = new Map();
/** Lang.KEY from lang/LANG.hdf and the part files lang/LANG/*.hdf (read
 * after it, in name order, as the programs do), or null. */
export function orgLangText(key, lang = 'de') {
  let map = orgHdfCache.get(lang);
  if (!map) {
    map = new Map();
    const dir = new URL(`../../templates/lang/${lang}/`, import.meta.url);
    const files = [new URL(`../../templates/lang/${lang}.hdf`, import.meta.url)];
    for (const f of orgReaddirSync(dir).filter((n) => n.endsWith('.hdf')).sort()) files.push(new URL(f, dir));
    for (const file of files) {
      const path = [];
      let heredoc = null;
      for (const raw of readFileSync(file, 'utf8').split('\n')) {
        const line = raw.trim();
        if (heredoc) {
          if (line === heredoc) heredoc = null;
          continue;
        }
        if (!line || line.startsWith('#')) continue;
        let m;
        if ((m = /^([A-Za-z0-9_.]+)\s*\{$/.exec(line))) path.push(m[1]);
        else if (line === '}') path.pop();
        else if ((m = /^([A-Za-z0-9_.]+)\s*<<\s*(\w+)$/.exec(line))) heredoc = m[2];
        else if ((m = /^([A-Za-z0-9_.]+)\s*=\s*(.*)$/.exec(line))) map.set([...path, m[1]].join('.'), m[2]);
      }
    }
    orgHdfCache.set(lang, map);
  }
  return map.get(`Lang.${key}`) ?? null;
}

/** A value for SQL text: a number as it is, a string quoted, null NULL. */
export function orgSqlValue(v) {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Runs SQL in the stack's database as the application user (the mariadb
 * client over the stack's socket); the rows of the last statement as
 * arrays of strings (NULL as null). */
export function orgSql(sql) {
  const conf = readFileSync(ORG_CONFIG, 'utf8');
  const db = /DB\s*\{([\s\S]*?)\}/.exec(conf)[1];
  const get = (k) => (new RegExp(`^\\s*${k}\\s*=[ \\t]*(.*)$`, 'm').exec(db) || [])[1]?.trim() || '';
  const out = orgExecFileSync(
    'mariadb',
    ['--batch', '--skip-column-names', '--raw', `--socket=${get('Socket')}`, `--user=${get('User')}`, get('Name'), '-e', sql],
    { encoding: 'utf8', env: { ...process.env, MYSQL_PWD: get('Password') }, timeout: 20000 },
  );
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t').map((c) => (c === 'NULL' ? null : c)));
}

/** The audit entries of an organisation: [{action, actor, detail}], oldest first. */
export function orgAudit(orgId) {
  return orgSql(`SELECT action, actor_id, detail FROM audit_log WHERE target_id = ${Number(orgId)} AND action LIKE 'org.%' ORDER BY id`).map(
    ([action, actor, detail]) => ({ action, actor: actor === null ? null : Number(actor), detail }),
  );
}

/**
 * The parts of an organisation form from an object: name, type, street,
 * postcode, city, municipality, website, phone, email, description,
 * public, remove_logo, my_role (strings; left out when undefined), field
 * (an array: one part each), logo ({filename, type, data}; without it an
 * empty file part, as browsers send), extra ([name, value] pairs).
 */
export function orgParts(fields = {}) {
  const parts = [];
  for (const k of ['name', 'type', 'street', 'postcode', 'city', 'municipality', 'website', 'phone', 'email', 'description', 'public', 'remove_logo', 'my_role'])
    if (fields[k] !== undefined && fields[k] !== null) parts.push([k, fields[k]]);
  for (const f of fields.field || []) parts.push(['field', f]);
  parts.push(fields.logo ? { name: 'logo', ...fields.logo } : { name: 'logo', filename: '', type: 'application/octet-stream', data: '' });
  for (const e of fields.extra || []) parts.push(e);
  return parts;
}

/** POST the organisation form (path: /orgs/new or /orgs/ID/edit) as
 * client. csrf: the token (default: the client's own from /account;
 * false: none). */
export async function postOrg(client, path, fields = {}, { csrf, headers = {} } = {}) {
  const token = csrf === undefined ? await client.csrf('/account') : csrf;
  const parts = orgParts(fields);
  if (token !== false) parts.unshift(['csrf', token]);
  const { body, contentType } = multipart(parts);
  return client.request('POST', path, { body, contentType, headers });
}

/** A url-encoded POST with the client's own token (csrf false: none). */
export async function postOrgForm(client, path, fields = [], { csrf } = {}) {
  const token = csrf === undefined ? await client.csrf('/account') : csrf;
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  return client.post(path, token === false ? pairs : [['csrf', token], ...pairs]);
}

/** The choices of the organisation form (/orgs/new): {types,
 * municipalities, fields}, each a Map value → name. */
export function orgFormChoices(html) {
  const select = (name) => {
    const m = new RegExp(`<select\\b[^>]*\\bname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
    const map = new Map();
    for (const o of m ? m[1].matchAll(/<option\b[^>]*\bvalue="([^"]*)"[^>]*>([\s\S]*?)<\/option>/g) : [])
      if (o[1] !== '') map.set(decodeEntities(o[1]), decodeEntities(textOf(o[2])));
    return map;
  };
  const fields = new Map();
  for (const m of html.matchAll(/<input\b[^>]*\bname="field"[^>]*\bvalue="([^"]*)"[^>]*>\s*<label\b[^>]*>([\s\S]*?)<\/label>/g))
    fields.set(decodeEntities(m[1]), decodeEntities(textOf(m[2])));
  return { types: select('type'), municipalities: select('municipality'), fields };
}

/** The organisation form's state: every text value, the chosen type and
 * municipality, the checked boxes and fields of action, the description. */
export function parseOrgForm(html) {
  const input = (name) => {
    const m = new RegExp(`<input\\b[^>]*\\bname="${name}"[^>]*>`).exec(html);
    if (!m) return undefined;
    const v = /\bvalue="([^"]*)"/.exec(m[0]);
    return v ? decodeEntities(v[1]) : '';
  };
  const checkbox = (name) => {
    const m = new RegExp(`<input\\b[^>]*\\bname="${name}"[^>]*>`).exec(html);
    return m ? /\bchecked\b/.test(m[0]) : undefined;
  };
  const chosen = (name) => {
    const sel = new RegExp(`<select\\b[^>]*\\bname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
    const o = sel ? /<option\b[^>]*\bvalue="([^"]*)"[^>]*\bselected\b/.exec(sel[1]) : null;
    return o ? decodeEntities(o[1]) : '';
  };
  const ta = /<textarea\b[^>]*\bname="description"[^>]*>\n?([\s\S]*?)<\/textarea>/.exec(html);
  return {
    name: input('name'),
    type: chosen('type'),
    street: input('street'),
    postcode: input('postcode'),
    city: input('city'),
    municipality: chosen('municipality'),
    website: input('website'),
    phone: input('phone'),
    email: input('email'),
    description: ta ? decodeEntities(ta[1]) : undefined,
    public: checkbox('public'),
    remove_logo: checkbox('remove_logo'),
    my_role: input('my_role'),
    fields: [...html.matchAll(/<input\b[^>]*\bname="field"[^>]*>/g)]
      .filter((m) => /\bchecked\b/.test(m[0]))
      .map((m) => decodeEntities(/\bvalue="([^"]*)"/.exec(m[0])[1]))
      .sort(),
  };
}

/** An organisation's page read back by its structure: {name, type,
 * unverified (the note's text or null), updated, address ([lines]),
 * municipality, website, websiteHref (null: no link), phone, email,
 * description (the rendered HTML or null), logo ({src, alt} or null),
 * fields, members ([{id, name, role}]), offers ([{id, href, title, field,
 * outdated, badge}]), manage ({edit, members, addOffer} hrefs or null),
 * publicNote, verify (the verify form's action or null), leave (the leave
 * form's action or null), error (the form-level message or null)}. */
export function parseOrg(html) {
  const one = (re, src = html) => {
    const m = re.exec(src);
    return m ? decodeEntities(textOf(m[1])) : null;
  };
  const section = (id) => {
    const m = new RegExp(`<section\\b[^>]*aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
    return m ? m[1] : null;
  };
  const contact = section('contact-title') || '';
  const dd = (cls) => new RegExp(`<dd class="${cls}">([\\s\\S]*?)</dd>`).exec(contact);
  const addr = dd('org-address');
  const web = dd('org-website');
  const plainDd = (label) => {
    const m = new RegExp(`<dt>${label}</dt>\\s*<dd>([\\s\\S]*?)</dd>`).exec(contact);
    return m ? decodeEntities(textOf(m[1])) : null;
  };
  const about = section('about-title') || '';
  const prose = /<div class="prose">([\s\S]*?)<\/div>\s*<h3\b/.exec(about);
  const logo = /<img class="org-logo" src="([^"]*)" alt="([^"]*)"/.exec(html);
  const manage = section('manage-title');
  const href = (re) => (manage && re.exec(manage) ? re.exec(manage)[1] : null);
  const members = [...(section('members-title') || '').matchAll(/<li><a href="\/people\/(\d+)">([\s\S]*?)<\/a>(?:\s*<span class="org-role">\(([\s\S]*?)\)<\/span>)?<\/li>/g)].map((m) => ({
    id: Number(m[1]),
    name: decodeEntities(textOf(m[2])),
    role: m[3] === undefined ? null : decodeEntities(textOf(m[3])),
  }));
  const offers = [...(section('offers-title') || '').matchAll(/<li><a href="(\/orgs\/\d+\/offers\/(\d+))">([\s\S]*?)<\/a>([\s\S]*?)<\/li>/g)].map((m) => {
    const rest = m[4];
    const outdated = /<span class="badge badge-outdated">([\s\S]*?)<\/span>/.exec(rest);
    const badge = /<span class="badge">([\s\S]*?)<\/span>/.exec(rest);
    return {
      href: m[1],
      id: Number(m[2]),
      title: decodeEntities(textOf(m[3])),
      field: one(/<span class="org-offer-field">\(([\s\S]*?)\)<\/span>/, rest),
      outdated: outdated ? decodeEntities(textOf(outdated[1])) : null,
      badge: badge ? decodeEntities(textOf(badge[1])) : null,
    };
  });
  const form = (what) => {
    const m = new RegExp(`<form method="post" action="(/orgs/\\d+/${what})">`).exec(html);
    return m ? m[1] : null;
  };
  return {
    name: one(/<h1\b[^>]*>([\s\S]*?)<\/h1>/),
    type: one(/<p class="profile-position">([\s\S]*?)<\/p>/),
    unverified: one(/<p class="alert alert-info org-unverified">([\s\S]*?)<\/p>/),
    address: addr ? [...addr[1].matchAll(/<span>([\s\S]*?)<\/span>/g)].map((m) => decodeEntities(textOf(m[1]))) : [],
    municipality: plainDd(langTextOr('Orgs.Show.Municipality')),
    website: web ? decodeEntities(textOf(web[1])) : null,
    websiteHref: web && /<a href="([^"]*)"/.exec(web[1]) ? decodeEntities(/<a href="([^"]*)"/.exec(web[1])[1]) : null,
    phone: one(/<a href="tel:[^"]*">([\s\S]*?)<\/a>/, contact),
    email: one(/<a class="email" href="mailto:[^"]*">([\s\S]*?)<\/a>/, contact),
    description: prose ? prose[1] : null,
    logo: logo ? { src: logo[1], alt: decodeEntities(logo[2]) } : null,
    fields: [...(/<ul class="tag-list org-fields">([\s\S]*?)<\/ul>/.exec(about) || ['', ''])[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decodeEntities(textOf(m[1]))),
    members,
    offers,
    manage: manage
      ? { edit: href(/href="(\/orgs\/\d+\/edit)"/), members: href(/href="(\/orgs\/\d+\/members)"/), addOffer: href(/href="(\/orgs\/\d+\/offers\/new)"/) }
      : null,
    publicNote: one(/<p class="org-public">([\s\S]*?)<\/p>/),
    verify: form('verify'),
    leave: form('leave'),
    error: one(/<div class="alert alert-error" role="alert">([\s\S]*?)<\/div>/),
  };
}

function langTextOr(key) {
  return (orgLangText(key) || key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** GET /orgs/ID and parse it; throws unless 200. */
export async function orgOf(client, id) {
  const r = await client.get(`/orgs/${id}`);
  if (r.status !== 200) throw new Error(`/orgs/${id}: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  return { ...parseOrg(r.text), html: r.text };
}

/** A page of /orgs: {orgs: [{id, name, type, place, unverified}], total,
 * page, pages, links (the pager's hrefs)}. */
export function parseOrgList(html) {
  const orgs = [];
  for (const m of html.matchAll(/<li class="person org">([\s\S]*?)<\/li>/g)) {
    const li = m[1];
    const a = /<a class="person-name" href="\/orgs\/(\d+)">([\s\S]*?)<\/a>/.exec(li);
    const type = /<p class="org-type">([\s\S]*?)<\/p>/.exec(li);
    const place = /<p class="org-place">([\s\S]*?)<\/p>/.exec(li);
    const badge = /<span class="badge badge-unverified">([\s\S]*?)<\/span>/.exec(li);
    orgs.push({
      id: a ? Number(a[1]) : null,
      name: a ? decodeEntities(textOf(a[2])) : null,
      type: type ? decodeEntities(textOf(type[1])) : null,
      place: place ? decodeEntities(textOf(place[1])) : '',
      unverified: badge ? decodeEntities(textOf(badge[1])) : null,
    });
  }
  const list = parseList(html);
  return { orgs, total: list.total, page: list.page, pages: list.pages, links: list.links, pager: list.pager };
}

/** GET /orgs with the query and parse it; throws unless 200. */
export async function listOrgs(client, query = {}) {
  const qs = typeof query === 'string' ? query : new URLSearchParams(query).toString();
  const r = await client.get(`/orgs${qs ? '?' + qs : ''}`);
  if (r.status !== 200) throw new Error(`/orgs?${qs}: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  return { ...parseOrgList(r.text), html: r.text, response: r };
}

/** Creates an organisation through the form as client; returns its id. */
export async function createOrg(client, fields) {
  const r = await postOrg(client, '/orgs/new', fields);
  const m = /^\/orgs\/(\d+)$/.exec(r.location || '');
  if (r.status !== 303 || !m) throw new Error(`creating ${fields.name}: ${r.status} ${mainText(r.text).slice(0, 300)}`);
  return Number(m[1]);
}

/** The state of an organisation's form as an editor reads it. */
export async function orgFormState(client, id) {
  const r = await client.get(`/orgs/${id}/edit`);
  if (r.status !== 200) throw new Error(`/orgs/${id}/edit: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  return { ...parseOrgForm(r.text), html: r.text };
}

/** The contact persons page read back: {members: [{id, name, inactive,
 * role, position, editor, remove}], candidates: [{id, name}], error,
 * searched (the search box's value)}. */
export function parseOrgMembers(html) {
  const members = [];
  for (const m of html.matchAll(/<fieldset class="field org-member">([\s\S]*?)<\/fieldset>/g)) {
    const fs = m[1];
    const a = /<legend><a href="\/people\/(\d+)">([\s\S]*?)<\/a>([\s\S]*?)<\/legend>/.exec(fs);
    const id = a ? Number(a[1]) : null;
    const value = (name) => {
      const i = new RegExp(`<input\\b[^>]*\\bname="${name}_${id}"[^>]*>`).exec(fs);
      if (!i) return undefined;
      if (/type="checkbox"/.test(i[0])) return /\bchecked\b/.test(i[0]);
      const v = /\bvalue="([^"]*)"/.exec(i[0]);
      return v ? decodeEntities(v[1]) : '';
    };
    members.push({
      id,
      name: a ? decodeEntities(textOf(a[2])) : null,
      inactive: a ? /class="badge"/.test(a[3]) : false,
      role: value('role'),
      position: value('position'),
      editor: value('editor'),
      remove: value('remove'),
    });
  }
  const candidates = [...html.matchAll(/<li class="org-candidate">([\s\S]*?)<\/li>/g)].map((m) => {
    const a = /<p><a href="\/people\/(\d+)">([\s\S]*?)<\/a>/.exec(m[1]);
    return { id: a ? Number(a[1]) : null, name: a ? decodeEntities(textOf(a[2])) : null, html: m[1] };
  });
  const err = /<div class="alert alert-error" role="alert">([\s\S]*?)<\/div>/.exec(html);
  const q = /<input id="f-q" name="q" type="search" value="([^"]*)"/.exec(html);
  return { members, candidates, error: err ? decodeEntities(textOf(err[1])) : null, searched: q ? decodeEntities(q[1]) : null };
}

/** GET /orgs/ID/members (query: the search) and parse it; throws unless 200. */
export async function orgMembersOf(client, id, query = {}) {
  const qs = new URLSearchParams(query).toString();
  const r = await client.get(`/orgs/${id}/members${qs ? '?' + qs : ''}`);
  if (r.status !== 200) throw new Error(`/orgs/${id}/members: ${r.status} ${mainText(r.text).slice(0, 200)}`);
  return { ...parseOrgMembers(r.text), html: r.text };
}

/** The save form's fields for members ([{id, role, position, editor,
 * remove}]): [name, value] pairs, checkboxes only when true. */
export function orgMemberPairs(rows) {
  const pairs = [];
  for (const m of rows) {
    if (m.role !== undefined) pairs.push([`role_${m.id}`, m.role ?? '']);
    if (m.position !== undefined) pairs.push([`position_${m.id}`, String(m.position)]);
    if (m.editor === true) pairs.push([`editor_${m.id}`, '1']);
    else if (typeof m.editor === 'string') pairs.push([`editor_${m.id}`, m.editor]);
    if (m.remove === true) pairs.push([`remove_${m.id}`, '1']);
    else if (typeof m.remove === 'string') pairs.push([`remove_${m.id}`, m.remove]);
  }
  return pairs;
}
