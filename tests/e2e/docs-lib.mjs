// Helpers of the documents tests (docs-*.test.mjs): real files of every
// allowed kind built in memory (PDF, OOXML and ODF packages as ZIPs with
// correct CRCs, images from people-lib.mjs), hostile ones (ZIP bombs, a
// ZIP named .docx, polyglots), and the upload forms of the docs program.
import { deflateRawSync } from 'node:zlib';
import { csrfFrom } from './lib.mjs';
import { multipart } from './people-lib.mjs';
import { onceToken } from './forum-lib.mjs';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP of entries [{name, data (Buffer|string), store (no deflate),
 * declared (uncompressed size to write instead of the real one)}]. */
export function makeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const name = Buffer.from(e.name, 'utf8');
    const method = e.store ? 0 : 8;
    const comp = method ? deflateRawSync(data) : data;
    const size = e.declared ?? data.length;
    const crc = crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(0, 10);
    lh.writeUInt16LE(0x5a21, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(0, 12);
    ch.writeUInt16LE(0x5a21, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(e.offset ?? offset, 42);
    locals.push(lh, name, comp);
    centrals.push(ch, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** A small valid PDF whose page shows text. */
export function makePdf(text = 'Knotenpunkt') {
  const safe = text.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${safe}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offs = [];
  objs.forEach((o, i) => {
    offs.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offs) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const CT_DOCX =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A Word document (docx) as Word writes it: [Content_Types].xml first. */
export function makeDocx(text = 'Hallo', { body } = {}) {
  const doc =
    body ??
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  return makeZip([
    { name: '[Content_Types].xml', data: CT_DOCX },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: doc },
  ]);
}

/** An OpenDocument text (odt): "mimetype" stored first, as ODF requires. */
export function makeOdt(text = 'Hallo') {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>${text}</text:p></office:text></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return makeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
    { name: 'content.xml', data: content },
    { name: 'META-INF/manifest.xml', data: manifest },
  ]);
}

/** A docx whose document part inflates to mb megabytes of zeros. */
export function makeDocxBomb(mb = 40) {
  return makeDocx('', { body: Buffer.alloc(mb << 20) });
}

/** A docx that declares far more than it holds (a lying directory). */
export function makeDocxDeclaredBomb() {
  const z = makeZip([
    { name: '[Content_Types].xml', data: CT_DOCX },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: 'x'.repeat(2000), declared: 600 << 20 },
  ]);
  return z;
}

/** The upload form's tokens, then a multipart POST of files and fields.
 * files: [{filename, data, type}]; fields: object. */
export async function upload(client, base, files, fields = {}, { folder, once = onceToken(), csrf, boundary } = {}) {
  if (!csrf) {
    const page = await client.get(`${base}/upload${folder ? `?folder=${folder}` : ''}`);
    csrf = csrfFrom(page.text);
    if (!csrf) throw new Error(`no upload form at ${base}/upload (${page.status})`);
  }
  const parts = [['csrf', csrf], ['once', once]];
  for (const [k, v] of Object.entries(fields)) parts.push([k, v]);
  if (folder && !('folder' in fields)) parts.push(['folder', String(folder)]);
  for (const f of files) parts.push({ name: 'file', filename: f.filename, type: f.type, data: f.data });
  const mp = multipart(parts, boundary);
  return client.request('POST', `${base}/upload`, { body: mp.body, contentType: mp.contentType });
}

/** A new version of document id. */
export async function uploadVersion(client, base, id, file, { once = onceToken() } = {}) {
  const page = await client.get(`${base}/d/${id}`);
  const csrf = csrfFrom(page.text);
  const mp = multipart([['csrf', csrf], ['once', once], { name: 'file', filename: file.filename, type: file.type, data: file.data }]);
  return client.request('POST', `${base}/d/${id}/version`, { body: mp.body, contentType: mp.contentType });
}

/** The document id a redirect to {base}/d/ID names. */
export function docIdOf(location) {
  const m = /\/d\/(\d+)$/.exec(location || '');
  return m ? Number(m[1]) : null;
}

/** The version ids linked as /files/ID on a page, in order. */
export function fileIds(html) {
  return [...new Set([...html.matchAll(/href="\/files\/(\d+)/g)].map((m) => Number(m[1])))];
}
