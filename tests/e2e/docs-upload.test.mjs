// Uploads and downloads of documents against shared/SECURITY-TESTS.md
// ("Uploads and downloads", "Faults"): every allowed kind is taken when
// its name and content agree; executables, HTML, SVG, scripts with an
// image's name, a ZIP named .docx, double extensions, polyglots, files
// over the limit (the program's message, and nginx's 413 for bodies over
// its limit) and decompression bombs are refused with a reason and change
// nothing; hostile file names never reach the file system; multipart edge
// cases against the same worker; the download headers; the internal file
// location; an upload into a full file store (a small tmpfs mounted over
// it) gives a clear message and leaves nothing behind.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { BASE, STACK, csrfFrom, inviteUser, mainText, show } from './lib.mjs';
import { lit, onceToken, sql, tag } from './forum-lib.mjs';
import { exifGps, makeJpeg, makePng, makeWebp, multipart, sha256 } from './people-lib.mjs';
import { docIdOf, fileIds, makeDocx, makeDocxBomb, makeDocxDeclaredBomb, makeOdt, makePdf, makeZip, upload } from './docs-lib.mjs';

const STORE = join(STACK, 'data', 'files');
const LIMIT = 50 * 1024 * 1024;
let u;

before(async () => {
  u = await inviteUser({ name: 'Hochlade Test' });
});

const GIF = Buffer.from('47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b', 'hex');

function ooxml(kind) {
  const dir = { xlsx: 'xl/workbook.xml', pptx: 'ppt/presentation.xml' }[kind];
  const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
  return makeZip([{ name: '[Content_Types].xml', data: ct }, { name: '_rels/.rels', data: '<Relationships/>' }, { name: dir, data: '<x/>' }]);
}

function odf(sub) {
  return makeZip([
    { name: 'mimetype', data: `application/vnd.oasis.opendocument.${sub}`, store: true },
    { name: 'content.xml', data: '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
  ]);
}

const storeFiles = () => {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(join(d, e.name));
    }
  };
  walk(STORE);
  return out;
};

const docCount = () => Number(sql(`SELECT COUNT(*) FROM documents WHERE created_by = (SELECT id FROM users WHERE email = ${lit(u.email)})`)[0][0]);

async function getRaw(path) {
  const res = await fetch(BASE + path, { headers: { cookie: u.client.cookieHeader() }, redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

test('allowed: every kind on the list, when name and content agree; served with the server\'s type', async () => {
  const t = tag('a');
  const cases = [
    ['a.pdf', makePdf(t), 'application/pdf', 'inline'],
    ['b.docx', makeDocx(t), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'attachment'],
    ['c.xlsx', ooxml('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'attachment'],
    ['d.pptx', ooxml('pptx'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'attachment'],
    ['e.odt', makeOdt(t), 'application/vnd.oasis.opendocument.text', 'attachment'],
    ['f.ods', odf('spreadsheet'), 'application/vnd.oasis.opendocument.spreadsheet', 'attachment'],
    ['g.odp', odf('presentation'), 'application/vnd.oasis.opendocument.presentation', 'attachment'],
    ['h.txt', `Notizen ${t}\nzweite Zeile\n`, 'text/plain', 'attachment'],
    ['i.csv', `Name;Ort\nKurs ${t};Kreisstadt\n`, 'text/csv', 'attachment'],
    ['j.jpg', makeJpeg(32, 24), 'image/jpeg', 'inline'],
    ['k.PNG', makePng(20, 10), 'image/png', 'inline'],
    ['l.webp', makeWebp(8, 8), 'image/webp', 'inline'],
    ['m.gif', GIF, 'image/gif', 'inline'],
  ];
  for (const [name, data, type, disp] of cases) {
    // The client's type is a lie on purpose: the server's counts.
    const r = await upload(u.client, '/docs', [{ filename: name, data: Buffer.from(data), type: 'text/html' }]);
    assert.equal(r.status, 303, `${name}: ${show(r)}`);
    const v = fileIds((await u.client.get(r.location)).text)[0];
    const d = await getRaw(`/files/${v}`);
    assert.equal(d.status, 200, name);
    assert.equal(d.headers.get('content-type'), type, name);
    assert.ok(d.headers.get('content-disposition').startsWith(`${disp}; filename="${name}"`), `${name}: ${d.headers.get('content-disposition')}`);
    assert.equal(d.headers.get('x-content-type-options'), 'nosniff');
    assert.match(d.headers.get('content-security-policy'), /^sandbox/);
    assert.match(d.headers.get('cache-control'), /private/);
    if (!type.startsWith('image/')) assert.ok(d.body.equals(Buffer.from(data)), `${name} comes back as it was`);
    const a = await getRaw(`/files/${v}?download=1`);
    assert.ok(a.headers.get('content-disposition').startsWith('attachment;'), `${name}: ?download=1 is an attachment`);
  }
  assert.equal((await getRaw('/files/1?download=2')).status, 400);
});

test('images are re-encoded: no EXIF or GPS survives, and the same file uploaded twice is stored once', async () => {
  const jpeg = makeJpeg(40, 30, { exif: exifGps('GPS 51.5329N 9.9355E Wohnort') });
  let r = await upload(u.client, '/docs', [{ filename: 'foto.jpg', data: jpeg }]);
  assert.equal(r.status, 303, show(r));
  const v = fileIds((await u.client.get(r.location)).text)[0];
  const d = await getRaw(`/files/${v}`);
  assert.ok(!d.body.includes('Wohnort') && !d.body.includes('Exif'), 'no metadata');
  assert.equal(d.body.subarray(0, 3).toString('hex'), 'ffd8ff');
  const pdf = makePdf(`einmal ${tag('x')}`);
  r = await upload(u.client, '/docs', [{ filename: 'eins.pdf', data: pdf }, { filename: 'zwei.pdf', data: pdf }]);
  assert.equal(r.status, 303);
  const hash = sha256(pdf);
  assert.equal(sql(`SELECT COUNT(*) FROM document_versions WHERE sha256 = ${lit(hash)}`)[0][0], '2');
  assert.equal(storeFiles().filter((f) => f.endsWith(hash)).length, 1);
  assert.ok(storeFiles().every((f) => /\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(f)), 'the store holds nothing but hash names');
});

test('refused with a reason, nothing stored: executables, HTML, SVG, scripts, a ZIP named .docx, double extensions, polyglots, empty files, bombs', async () => {
  const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)]);
  const html = '<!DOCTYPE html><html><head><script>alert(document.cookie)</script></head><body>Hallo</body></html>\n';
  const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>\n';
  const sh = '#!/bin/sh\nrm -rf / --no-preserve-root\n';
  const zip = makeZip([{ name: 'a.txt', data: 'nur ein Archiv' }, { name: 'b.txt', data: 'noch etwas' }]);
  const htmlPdf = `<!DOCTYPE html><html><body>%PDF-1.4 <script>alert(1)</script></body></html>\n`;
  const cases = [
    ['setup.exe', exe, /Dateien dieser Art/],
    ['rechnung.pdf', exe, /passt nicht zu ihrer Endung/],
    ['seite.html', html, /Dateien dieser Art/],
    ['notizen.txt', html, /passt nicht/],
    ['bild.svg', svg, /Dateien dieser Art/],
    ['bild.png', svg, /passt nicht/],
    ['foto.jpg', sh, /passt nicht/],
    ['skript.sh', sh, /Dateien dieser Art/],
    ['brief.docx', zip, /passt nicht/],
    ['tabelle.odt', zip, /passt nicht/],
    ['archiv.zip', zip, /Dateien dieser Art/],
    ['rechnung.pdf.exe', makePdf('x'), /Dateien dieser Art|zwei Endungen/],
    ['bild.php.jpg', makeJpeg(8, 8), /zwei Endungen/],
    ['liste.exe.pdf', makePdf('x'), /zwei Endungen/],
    ['polyglott.pdf', htmlPdf, /passt nicht/],
    ['ohne-endung', makePdf('x'), /Dateien dieser Art/],
    ['leer.pdf', '', /leer/],
    ['bombe.docx', makeDocxBomb(40), /Vielfaches/],
    ['luege.docx', makeDocxDeclaredBomb(), /Vielfaches/],
  ];
  const n = docCount();
  const storeBefore = storeFiles().length;
  for (const [name, data, reason] of cases) {
    const r = await upload(u.client, '/docs', [{ filename: name, data: Buffer.from(data) }]);
    assert.equal(r.status, 422, `${name}: ${show(r)}`);
    const text = mainText(r.text);
    assert.match(text, /Nichts wurde gespeichert/, name);
    assert.match(text, new RegExp(`${name.replace(/\./g, '\\.')}\\s*: `), `${name} is named`);
    assert.match(text, reason, `${name}: ${text.slice(0, 400)}`);
  }
  // One bad file refuses the whole form.
  const r = await upload(u.client, '/docs', [{ filename: 'gut.pdf', data: makePdf('gut') }, { filename: 'schlecht.exe', data: exe }]);
  assert.equal(r.status, 422);
  assert.equal(docCount(), n, 'no document was written');
  assert.equal(storeFiles().length, storeBefore, 'nothing was stored');
});

test('a polyglot that is a PDF by its content is served as a PDF in a sandbox, never as HTML; a JPEG with a ZIP appended loses it', async () => {
  const poly = Buffer.concat([makePdf('poly'), Buffer.from('<html><script>alert(1)</script></html>')]);
  let r = await upload(u.client, '/docs', [{ filename: 'poly.pdf', data: poly, type: 'text/html' }]);
  assert.equal(r.status, 303, show(r));
  let v = fileIds((await u.client.get(r.location)).text)[0];
  const d = await getRaw(`/files/${v}`);
  assert.equal(d.headers.get('content-type'), 'application/pdf');
  assert.match(d.headers.get('content-security-policy'), /^sandbox/);
  // libmagic finds "%PDF-" in the first kilobyte: a PDF, and served so.
  r = await upload(u.client, '/docs', [{ filename: 'html.pdf', data: '<html><body>%PDF-1.4 <script>alert(1)</script></body></html>\n' }]);
  assert.equal(r.status, 303, show(r));
  v = fileIds((await u.client.get(r.location)).text)[0];
  const h = await getRaw(`/files/${v}?download=1`);
  assert.equal(h.headers.get('content-type'), 'application/pdf');
  assert.equal(h.headers.get('x-content-type-options'), 'nosniff');
  assert.match(h.headers.get('content-disposition'), /^attachment/);
  const gifar = Buffer.concat([makeJpeg(16, 16), makeZip([{ name: 'evil.class', data: 'x'.repeat(100) }])]);
  r = await upload(u.client, '/docs', [{ filename: 'bild.jpg', data: gifar }]);
  assert.equal(r.status, 303, show(r));
  v = fileIds((await u.client.get(r.location)).text)[0];
  assert.ok(!(await getRaw(`/files/${v}`)).body.includes('PK\x03\x04'), 're-encoding dropped the archive');
});

test('hostile file names never reach the file system; the shown and downloaded names are cleaned', async () => {
  const names = {
    '../../../etc/passwd.pdf': 'passwd.pdf',
    '..\\..\\windows\\win.pdf': null,
    'CON.pdf': null,
    'bericht\u202Efdp.exe': null,
    'a\u200bb\u2066c.pdf': 'abc.pdf',
    'Übersicht: Kurse | 2026?.pdf': null,
    '<img src=x onerror=alert(1)>.pdf': null,
  };
  for (const [name, want] of Object.entries(names)) {
    const r = await upload(u.client, '/docs', [{ filename: name, data: makePdf(name) }]);
    if (name.includes('\u202E')) {
      assert.equal(r.status, 422, 'a right-to-left override hiding .exe is refused');
      continue;
    }
    assert.equal(r.status, 303, `${JSON.stringify(name)}: ${show(r)}`);
    const [[fn]] = sql(`SELECT v.filename FROM document_versions v WHERE v.document_id = ${docIdOf(r.location)}`);
    assert.doesNotMatch(fn, /[/\\\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200b<>"]/, fn);
    if (want) assert.equal(fn, want);
    const page = await u.client.get(r.location);
    assert.doesNotMatch(page.text, /<img src=x/);
    const v = fileIds(page.text)[0];
    const cd = (await getRaw(`/files/${v}?download=1`)).headers.get('content-disposition');
    assert.match(cd, /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/, cd);
  }
  assert.ok(storeFiles().every((f) => /\/[0-9a-f]{64}$/.test(f)));
});

test('the internal file location cannot be reached directly', async () => {
  const r = await upload(u.client, '/docs', [{ filename: 'intern.pdf', data: makePdf(`intern ${tag('i')}`) }]);
  const [[hash]] = sql(`SELECT sha256 FROM document_versions WHERE document_id = ${docIdOf(r.location)}`);
  for (const p of [`/_files/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`, '/_files/', `/_files/../files/${hash}`, `/%5Ffiles/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`]) {
    const d = await getRaw(p);
    assert.equal(d.status, 404, p);
    assert.ok(!d.body.includes('%PDF'), p);
  }
});

/** A raw request (fetch gives up when nginx answers before the body is sent). */
function rawPost(path, headers, body) {
  return new Promise((resolve, reject) => {
    const url = new URL(BASE + path);
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (e) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? null : reject(e)));
    req.end(body);
  });
}

test('over the limit: just over it, the program names the file; far over it, nginx answers 413 first', async () => {
  const n = docCount();
  const pad = Buffer.alloc(LIMIT + 200 * 1024, 0x20);
  const big = Buffer.concat([makePdf('gross'), pad]);
  let r = await upload(u.client, '/docs', [{ filename: 'gross.pdf', data: big }]);
  assert.equal(r.status, 422, show(r));
  assert.match(mainText(r.text), /gross\.pdf\s*: Die Datei ist zu groß \(50 MB\)/);
  const page = await u.client.get('/docs/upload');
  const mp = multipart([['csrf', csrfFrom(page.text)], ['once', onceToken()], { name: 'file', filename: 'riesig.pdf', data: Buffer.alloc(LIMIT + 2 * 1024 * 1024) }]);
  r = await rawPost('/docs/upload', { 'content-type': mp.contentType, 'content-length': mp.body.length, cookie: u.client.cookieHeader(), origin: new URL(BASE).origin }, mp.body);
  assert.equal(r.status, 413);
  assert.equal(docCount(), n);
  const log = execFileSync('tail', ['-n', '50', join(STACK, 'log', 'nginx-error.log')], { encoding: 'utf8' });
  assert.match(log, /client intended to send too large body/);
});

test('multipart edge cases against the same worker: boundaries of every length, missing or too long ones, fields named like metadata', async () => {
  const page = await u.client.get('/docs/upload');
  const csrf = csrfFrom(page.text);
  // Different boundary lengths one after the other: every file arrives whole.
  for (const len of [1, 70, 7, 69, 2, 40, 70, 1]) {
    const boundary = 'b'.repeat(len - 1) + String(len % 10);
    const t = tag('m');
    const pdf = makePdf(`Grenze ${len} ${t}`);
    const r = await upload(u.client, '/docs', [{ filename: `grenze${len}.pdf`, data: pdf }], { title: `Grenze ${t}` }, { csrf, boundary });
    assert.equal(r.status, 303, `boundary of ${len}: ${show(r)}`);
    const [[hash]] = sql(`SELECT v.sha256 FROM document_versions v WHERE v.document_id = ${docIdOf(r.location)}`);
    assert.equal(hash, sha256(pdf), `boundary of ${len}: the file is whole`);
  }
  const n = docCount();
  const bad = [
    ['no boundary', 'multipart/form-data', Buffer.from('--x\r\nContent-Disposition: form-data; name="csrf"\r\n\r\nx\r\n--x--\r\n')],
    ['boundary of 71', `multipart/form-data; boundary=${'b'.repeat(71)}`, multipart([['csrf', csrf]], 'b'.repeat(71)).body],
    ['no final delimiter', 'multipart/form-data; boundary=zz', Buffer.from(`--zz\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n`)],
    ['a text field named file', null, multipart([['csrf', csrf], ['once', onceToken()], ['file', 'kein Datei']]).body],
    ['a file named title', null, multipart([['csrf', csrf], ['once', onceToken()], { name: 'title', filename: 't.pdf', data: makePdf('t') }]).body],
    ['two titles', null, multipart([['csrf', csrf], ['once', onceToken()], ['title', 'a'], ['title', 'b'], { name: 'file', filename: 't.pdf', data: makePdf('t') }]).body],
  ];
  for (const [what, ct, body] of bad) {
    let type = ct;
    if (!type) {
      const m = /^--([^\r]+)\r\n/.exec(body.toString('latin1'));
      type = `multipart/form-data; boundary=${m[1]}`;
    }
    const r = await u.client.request('POST', '/docs/upload', { body, contentType: type });
    assert.equal(r.status, 400, `${what}: ${show(r)}`);
  }
  // Undeclared fields (a smuggled created_by) are ignored.
  const other = 1;
  const r = await upload(u.client, '/docs', [{ filename: 'x.pdf', data: makePdf('x') }], { created_by: String(other), group_id: '1', role: 'admin' });
  assert.equal(r.status, 303);
  assert.deepEqual(sql(`SELECT created_by = (SELECT id FROM users WHERE email = ${lit(u.email)}), group_id IS NULL FROM documents WHERE id = ${docIdOf(r.location)}`), [['1', '1']]);
  assert.equal(docCount(), n + 1);
  // The worker is still there.
  assert.equal((await u.client.get('/docs')).status, 200);
});

// Mounting needs root (CI runs as root); anyone else goes through sudo,
// so that the fault is tested on every machine that can run the stack.
const asRoot = (cmd, args) => (process.getuid() === 0 ? execFileSync(cmd, args) : execFileSync('sudo', ['-n', cmd, ...args]));

test('an upload into a full file store: a clear message, no partial file, no row', async () => {
  const first = await upload(u.client, '/docs', [{ filename: 'vorher.pdf', data: makePdf(`vorher ${tag('v')}`) }]);
  const doc = docIdOf(first.location);
  const n = docCount();
  const versions = sql('SELECT COUNT(*) FROM document_versions')[0][0];
  asRoot('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0755', 'kp-full', STORE]);
  try {
    // The store's owner: the programs run as the stack's user.
    const st = statSync(join(STORE, '..'));
    asRoot('chown', [`${st.uid}:${st.gid}`, STORE]);
    asRoot('dd', ['if=/dev/zero', `of=${join(STORE, 'filler')}`, 'bs=1024', 'count=400', 'status=none']);
    const pdf = Buffer.concat([makePdf('voll'), Buffer.alloc(300 * 1024, 0x20)]);
    const r = await upload(u.client, '/docs', [{ filename: 'voll.pdf', data: pdf }]);
    assert.equal(r.status, 507, show(r));
    assert.match(mainText(r.text), /Der Speicher ist voll\. Nichts wurde gespeichert/);
    const left = readdirSync(STORE, { recursive: true }).filter((f) => f !== 'filler');
    assert.ok(left.every((f) => !statSync(join(STORE, f)).isFile()), `nothing half-written: ${left}`);
    assert.equal(docCount(), n);
    assert.equal(sql('SELECT COUNT(*) FROM document_versions')[0][0], versions);
    // A new version into the full store: the same.
    const p = await u.client.get(`/docs/d/${doc}`);
    const mp = multipart([['csrf', csrfFrom(p.text)], ['once', onceToken()], { name: 'file', filename: 'voll.pdf', data: pdf }]);
    const rv = await u.client.request('POST', `/docs/d/${doc}/version`, { body: mp.body, contentType: mp.contentType });
    assert.equal(rv.status, 507, show(rv));
    assert.match(mainText(rv.text), /Der Speicher ist voll/);
    assert.equal(sql('SELECT COUNT(*) FROM document_versions')[0][0], versions);
  } finally {
    asRoot('umount', [STORE]);
  }
  // With room again, the same upload works.
  const r = await upload(u.client, '/docs', [{ filename: 'wieder.pdf', data: makePdf('wieder') }]);
  assert.equal(r.status, 303);
});
