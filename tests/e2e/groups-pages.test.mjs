// The groups' pages (issue 5, part "pages"): the list /groups (search,
// "my groups", pager, stored member counts, the user's own state, private
// groups only for their members and those invited), starting a group at
// /groups/new (every field's rule, the picture, CSRF, the one-time token:
// a double submission makes one group; the site setting that leaves it to
// site admins), a group's home page (the description's Markdown rendered
// inert, topics for readers only, members where they may be seen, the
// archived notice), the picture, the settings (name, description,
// visibility, picture; the slug stays; audit entries) and archiving and
// restoring. Who may call which /g/ route at all is the matrix of
// group-access.test.mjs; this file tests what the pages do.
//
// Groups are made through the forms where the form is what is tested, and
// written into the database where a test needs many (the pager) or a cast
// of members (the list's visibility rules).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, demoClient, inviteUsers, show } from './lib.mjs';
import { addGroupMember, createCategory, createGroup, lit, modInsertTopic, sql, tag, userId } from './forum-lib.mjs';
import { addMember, insertOrg, insertPerson } from './directory-lib.mjs';
import { decodeEntities, fieldError, getBytes, makePng, multipart, orgLangText, readable } from './people-lib.mjs';

const T = (key) => {
  const v = orgLangText(key, 'de');
  if (v === null) throw new Error(`no Lang.${key} in templates/lang/de*`);
  return v;
};

let owner, member, outsider, invited, requester; // fresh members: { client, id, name, email, csrf }
let admin; // the demo site admin: { client, id, csrf }

/** The parts of the group form; undefined fields are left out. */
function groupParts(fields) {
  const parts = [];
  for (const k of ['csrf', 'once', 'name', 'slug', 'description', 'visibility', 'remove_picture'])
    if (fields[k] !== undefined) parts.push([k, fields[k]]);
  if (fields.picture) parts.push({ name: 'picture', ...fields.picture });
  for (const e of fields.extra || []) parts.push(e);
  return parts;
}

/** The /groups/new form as user: its csrf and once tokens (status 200). */
async function newForm(user) {
  const r = await user.client.get('/groups/new');
  assert.equal(r.status, 200, `GET /groups/new: ${show(r)}`);
  const once = /<input type="hidden" name="once" value="([^"]+)">/.exec(r.text);
  assert.ok(once, 'the form carries a one-time token');
  return { csrf: user.csrf, once: once[1], html: r.text };
}

/** POST /groups/new (multipart) as user; fields may hold csrf/once, else a
 * fresh form's are used (csrf: false sends none). */
async function postNew(user, fields) {
  let { csrf, once } = fields;
  if (once === undefined) once = (await newForm(user)).once;
  if (csrf === undefined) csrf = user.csrf;
  const { body, contentType } = multipart(groupParts({ ...fields, csrf: csrf === false ? undefined : csrf, once: once === false ? undefined : once }));
  return user.client.request('POST', '/groups/new', { body, contentType });
}

/** POST /g/SLUG/settings (multipart) as user. */
function postSettings(user, slug, fields) {
  const csrf = fields.csrf === undefined ? user.csrf : fields.csrf;
  const { body, contentType } = multipart(groupParts({ ...fields, csrf: csrf === false ? undefined : csrf }));
  return user.client.request('POST', `/g/${slug}/settings`, { body, contentType });
}

function groupRow(slug) {
  // The description as hex: sql() reads rows by lines, and a description has some.
  const rows = sql(`SELECT id, name, HEX(description), visibility, picture_sha256, picture_mime, created_by, member_count,
      archived_at IS NOT NULL, archived_by, deleted_at IS NOT NULL
    FROM \`groups\` WHERE slug = ${lit(slug)}`);
  if (!rows.length) return null;
  const [id, name, description, visibility, sha, mime, createdBy, count, archived, archivedBy, deleted] = rows[0];
  return { id: Number(id), name, description: description === null ? null : Buffer.from(description, 'hex').toString('utf8'), visibility, sha, mime, createdBy: Number(createdBy), count: Number(count), archived: archived === '1', archivedBy: archivedBy && Number(archivedBy), deleted: deleted === '1' };
}

function audits(groupId) {
  return sql(`SELECT action, actor_id, IFNULL(detail, '') FROM audit_log WHERE target_id = ${groupId} AND action LIKE 'group.%' ORDER BY id`).map(
    ([action, actor, detail]) => ({ action, actor: Number(actor), detail }),
  );
}

/** Groups written into the database: [{ name, visibility, archived, members: [[user, role, state]], count }] -> slugs. */
function insertGroups(list) {
  const slugs = list.map(() => tag('gp'));
  const text = list
    .map((g, i) => {
      const rows = (g.members || []).map(([u, role = 'member', state = 'active']) => `(@g, ${u.id}, ${lit(role)}, ${lit(state)}, NOW(), NOW())`);
      const active = (g.members || []).filter(([, , state = 'active']) => state === 'active').length;
      return `INSERT INTO \`groups\` (slug, name, description, visibility, archived_at, created_at, updated_at)
        VALUES (${lit(slugs[i])}, ${lit(g.name || `Gruppe ${slugs[i]}`)}, ${lit(g.description ?? null)}, ${lit(g.visibility || 'open')},
                ${g.archived ? 'NOW()' : 'NULL'}, NOW(), NOW());
        SET @g = LAST_INSERT_ID();
        ${rows.length ? `INSERT INTO group_members (group_id, user_id, role, state, created_at, updated_at) VALUES ${rows.join(', ')};` : ''}
        UPDATE \`groups\` SET member_count = ${g.count ?? active} WHERE id = @g;`;
    })
    .join('\n');
  sql(text);
  return slugs;
}

/** The groups of a list page: [{ slug, name, members, archived, state, visibility }]. */
function listed(html) {
  const out = [];
  for (const m of html.matchAll(/<li class="group-item( group-item-archived)?">([\s\S]*?)<\/li>/g)) {
    const li = m[2];
    const slug = /<h3 class="group-name"><a href="\/g\/([^"]+)">([\s\S]*?)<\/a>/.exec(li);
    const count = /<span class="group-count">(\d+) /.exec(li);
    const state = /<span class="badge badge-state"><span class="vh">[^<]*<\/span>([^<]*)<\/span>/.exec(li);
    const vis = /<span class="badge badge-visibility"><span class="vh">[^<]*<\/span>([^<]*)<\/span>/.exec(li);
    out.push({
      slug: slug && slug[1],
      name: slug && decodeEntities(slug[2]),
      members: count && Number(count[1]),
      archived: !!m[1] && li.includes('badge-archived'),
      state: state ? decodeEntities(state[1]) : null,
      visibility: vis ? decodeEntities(vis[1]) : null,
    });
  }
  return out;
}

async function listOf(user, query) {
  const r = await user.client.get(`/groups${query ? '?' + query : ''}`);
  assert.equal(r.status, 200, `/groups?${query}: ${show(r)}`);
  return listed(r.text);
}

/** Follows a redirect and returns the page (with its flash). */
async function follow(user, r) {
  assert.equal(r.status, 303, show(r));
  const p = await user.client.get(r.location);
  assert.equal(p.status, 200, `${r.location}: ${show(p)}`);
  return p;
}

before(async () => {
  const fresh = await inviteUsers(5, { name: `Seiten ${tag('p')}` });
  const withIds = fresh.map((u) => ({ ...u, id: userId(u.email) }));
  [owner, member, outsider, invited, requester] = withIds;
  const a = await demoClient(DEMO.admin);
  admin = { client: a, id: userId(DEMO.admin) };
  for (const u of [owner, member, outsider, invited, requester, admin]) u.csrf = await u.client.csrf('/account');
});

// ------------------------------------------------------------ guests ----

test('signed out: /groups, /groups/new and a group send to the sign-in; a POST creates nothing', async () => {
  const guest = new Client();
  for (const path of ['/groups', '/groups/new', '/groups?q=x', `/g/${tag('nx')}`]) {
    const r = await guest.get(path);
    assert.equal(r.status, 303, `${path}: ${show(r)}`);
    assert.match(r.location, /^\/login\?next=\/(groups|g\/)/, path);
  }
  const slug = tag('gs');
  const { body, contentType } = multipart([['name', 'Gast'], ['slug', slug], ['visibility', 'open']]);
  const r = await guest.request('POST', '/groups/new', { body, contentType });
  assert.ok([303, 403].includes(r.status), `guest POST: ${show(r)}`);
  assert.equal(groupRow(slug), null);
});

// ---------------------------------------------------------- creating ----

test('starting a group with every field and a picture: the creator is its owner, counted and audited; the home page and the picture', async () => {
  const slug = tag('neu');
  const name = `Sprachgruppe ${slug}`;
  const png = makePng(640, 320);
  const r = await postNew(owner, {
    name: `  ${name}  `,
    slug,
    description: 'Wir **treffen** uns monatlich.\n\n- Deutsch\n- Englisch',
    visibility: 'closed',
    picture: { filename: 'bild.png', type: 'image/png', data: png },
  });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/g/${slug}`);
  const g = groupRow(slug);
  assert.ok(g, 'the group row');
  assert.equal(g.name, name, 'blanks around the name are not kept');
  assert.equal(g.visibility, 'closed');
  assert.equal(g.description, 'Wir **treffen** uns monatlich.\n\n- Deutsch\n- Englisch');
  assert.equal(g.createdBy, owner.id);
  assert.equal(g.count, 1, 'member_count: the owner');
  assert.match(g.sha || '', /^[0-9a-f]{64}$/);
  assert.match(g.mime || '', /^image\/(png|jpeg|webp)$/);
  assert.deepEqual(sql(`SELECT user_id, role, state FROM group_members WHERE group_id = ${g.id}`), [[String(owner.id), 'owner', 'active']]);
  const a = audits(g.id);
  assert.equal(a.length, 1, JSON.stringify(a));
  assert.equal(a[0].action, 'group.created');
  assert.equal(a[0].actor, owner.id);
  assert.ok(a[0].detail.includes(slug) && a[0].detail.includes('closed'), a[0].detail);

  const page = await follow(owner, r);
  const text = readable(page.text);
  assert.ok(text.includes(T('Flash.GroupsCreated')), 'the flash');
  assert.ok(text.includes(name));
  assert.match(page.text, /<strong>treffen<\/strong>/, 'the description as Markdown');
  assert.match(page.text, /<li>Deutsch<\/li>/);
  assert.ok(text.includes(`${T('Groups.Home.Member')} ${T('Groups.Role.owner')}`), 'the owner is told their role');
  assert.ok(page.text.includes(`href="/g/${slug}/settings"`), 'the owner gets the settings link');
  assert.ok(page.text.includes(`src="/g/${slug}/picture"`), 'the picture is shown');
  const pic = await getBytes(owner.client, `/g/${slug}/picture`);
  assert.equal(pic.status, 200);
  assert.match(pic.headers.get('content-type'), /^image\//);
  assert.ok(pic.bytes.length > 50 && !pic.bytes.equals(png), 'the picture is re-encoded, not stored as sent');
  // The new group is in the creator's list with their role and the count.
  const mine = await listOf(owner, 'mine=1');
  const row = mine.find((x) => x.slug === slug);
  assert.ok(row, 'in ?mine=1');
  assert.equal(row.state, T('Groups.Role.owner'));
  assert.equal(row.members, 1);
});

test('a group without picture and description: the initial instead of a picture, /picture is 404', async () => {
  const slug = tag('ohne');
  const r = await postNew(owner, { name: 'ärger mit Namen', slug, description: '   \n ', visibility: 'open' });
  assert.equal(r.status, 303, show(r));
  const g = groupRow(slug);
  assert.equal(g.description, null, 'blanks alone are no description');
  assert.equal(g.sha, null);
  const page = await owner.client.get(`/g/${slug}`);
  assert.ok(readable(page.text).includes(T('Groups.Home.NoDescription')));
  assert.match(page.text, /<span class="group-picture group-initial" aria-hidden="true">ä<\/span>/);
  assert.equal((await owner.client.get(`/g/${slug}/picture`)).status, 404);
});

/** A 422 with the message of key at field, and no group with the slug. */
function assertRefused(r, field, key, slug, label) {
  assert.equal(r.status, 422, `${label}: ${show(r)}`);
  const err = fieldError(r.text, field);
  assert.ok(err, `${label}: an error at ${field}; ${readable(r.text).slice(0, 300)}`);
  if (key) assert.ok(err.includes(T(key)), `${label}: "${T(key)}" at ${field}, got "${err}"`);
  if (slug) assert.equal(groupRow(slug), null, `${label}: nothing created`);
}

test('/groups/new: every field rule gives a 422 at the field and creates nothing; the values come back', async () => {
  const taken = insertGroups([{ name: 'Vergeben' }])[0];
  const deleted = insertGroups([{ name: 'Gelöscht' }])[0];
  sql(`UPDATE \`groups\` SET deleted_at = NOW() WHERE slug = ${lit(deleted)}`);
  const ok = () => ({ name: 'Gültiger Name', slug: tag('f'), visibility: 'open' });
  const cases = [
    ['name missing', { name: undefined }, 'name', 'Err.Required'],
    ['name empty', { name: '' }, 'name', 'Err.Required'],
    ['name blanks', { name: '    ' }, 'name', 'Err.Required'],
    ['name 121 characters', { name: 'ä'.repeat(121) }, 'name', 'Groups.Err.NameLong'],
    ['slug missing', { slug: undefined }, 'slug', 'Err.Required'],
    ['slug 2 characters', { slug: 'ab' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug 41 characters', { slug: 'a'.repeat(41) }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug upper case', { slug: 'Gruppe-abc' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug leading hyphen', { slug: '-abc' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug trailing hyphen', { slug: 'abc-' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug double hyphen', { slug: 'ab--cd' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug underscore', { slug: 'ab_cd' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug umlaut', { slug: 'grüne' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug blank inside', { slug: 'ab cd' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug path', { slug: 'ab/cd' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug "new"', { slug: 'new' }, 'slug', 'Groups.Err.SlugInvalid'],
    ['slug taken', { slug: taken }, 'slug', 'Groups.Err.SlugTaken'],
    ['slug of a deleted group', { slug: deleted }, 'slug', 'Groups.Err.SlugTaken'],
    ['description too long', { description: 'ö'.repeat(10001) }, 'description', 'Groups.Err.DescriptionLong'],
    ['description nested too deeply', { description: '>'.repeat(200) + ' tief' }, 'description', 'Err.TextTooComplex'],
    ['visibility missing', { visibility: undefined }, 'visibility', 'Groups.Err.VisibilityMissing'],
    ['visibility empty', { visibility: '' }, 'visibility', 'Groups.Err.VisibilityMissing'],
    ['visibility unknown', { visibility: 'secret' }, 'visibility', 'Err.ChoiceInvalid'],
    ['visibility upper case', { visibility: 'Open' }, 'visibility', 'Err.ChoiceInvalid'],
  ];
  const before = Number(sql('SELECT COUNT(*) FROM `groups`')[0][0]);
  const form = await newForm(owner);
  for (const [label, change, field, key] of cases) {
    const fields = { ...ok(), ...change, once: form.once };
    const r = await postNew(owner, fields);
    assertRefused(r, field, key, null, label);
    assert.ok(r.text.includes(`href="#f-${field}"`), `${label}: the error summary links to the field`);
    // The same one-time token comes back: the corrected form can be sent.
    assert.ok(r.text.includes(`name="once" value="${form.once}"`), `${label}: the form keeps its token`);
    if (field !== 'name' && fields.name) assert.ok(r.text.includes('value="Gültiger Name"'), `${label}: the name comes back`);
  }
  assert.equal(Number(sql('SELECT COUNT(*) FROM `groups`')[0][0]), before, 'no group was created by any refused form');
  // The deleted group whose slug stays taken is gone everywhere else.
  assert.equal((await owner.client.get(`/g/${deleted}`)).status, 404);
  assert.ok(!(await owner.client.get('/groups?q=Gel%C3%B6scht')).text.includes(deleted), 'a deleted group is not listed');
  // The limits themselves pass: 120 characters of name, 10000 of description, 3 and 40 of slug.
  const long = { name: 'ä'.repeat(120), slug: tag('x') + 'a'.repeat(29), description: 'ö'.repeat(10000), visibility: 'private', once: form.once };
  assert.equal(long.slug.length, 40);
  const r = await postNew(owner, long);
  assert.equal(r.status, 303, `the limits pass: ${show(r)}`);
  const g = groupRow(long.slug);
  assert.equal([...g.name].length, 120);
  assert.equal([...g.description].length, 10000);
  const short = 'q' + tag('').slice(0, 2);
  if (!groupRow(short)) {
    const s = await postNew(owner, { name: 'Kurz', slug: short, visibility: 'open' });
    assert.equal(s.status, 303, `a 3-character slug: ${show(s)}`);
  }
});

test('/groups/new: a picture that is no image, of another type, too large or too many pixels is refused at the field', async () => {
  const png = makePng(32, 32);
  const cases = [
    ['garbage bytes as PNG', { filename: 'bild.png', type: 'image/png', data: Buffer.from('das ist kein Bild, nur Text'.repeat(20)) }, 'Err.PhotoType'],
    ['a PNG cut short', { filename: 'bild.png', type: 'image/png', data: png.subarray(0, 40) }, 'Err.PhotoUnreadable'],
    ['a script named .png', { filename: 'bild.png', type: 'image/png', data: Buffer.from('<?php system($_GET["c"]); ?>') }, 'Err.PhotoType'],
    ['a PNG named .exe', { filename: 'bild.exe', type: 'application/octet-stream', data: png }, 'Err.PhotoType'],
    ['a PNG named .png.php', { filename: 'bild.png.php', type: 'image/png', data: png }, 'Err.PhotoType'],
    ['an SVG', { filename: 'bild.svg', type: 'image/svg+xml', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }, 'Err.PhotoType'],
    ['a GIF', { filename: 'bild.gif', type: 'image/gif', data: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') }, 'Err.PhotoType'],
    ['more than 10 MB', { filename: 'gross.png', type: 'image/png', data: Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024 + 1024 - png.length, 1)]) }, 'Err.PhotoTooLarge'],
    ['a pixel bomb', { filename: 'bombe.png', type: 'image/png', data: makePng(8, 8, { declared: { width: 20000, height: 20000 } }) }, 'Err.PhotoTooManyPixels'],
  ];
  for (const [label, picture, key] of cases) {
    const slug = tag('pic');
    const r = await postNew(owner, { name: 'Mit Bild', slug, visibility: 'open', picture });
    assertRefused(r, 'picture', key, slug, label);
  }
});

test('/groups/new: without or with a wrong CSRF token 403, without or with a malformed one-time token 400; nothing created', async () => {
  const form = await newForm(owner);
  const other = await newForm(member);
  const cases = [
    ['no csrf', { csrf: false }, 403],
    ['broken csrf', { csrf: 'x'.repeat(40) }, 403],
    ["another user's csrf", { csrf: member.csrf }, 403],
    ['no once', { once: false, csrf: owner.csrf }, 400],
    ['malformed once', { once: 'kurz', csrf: owner.csrf }, 400],
  ];
  for (const [label, change, status] of cases) {
    const slug = tag('cs');
    const r = await postNew(owner, { once: form.once, name: 'Csrf', slug, visibility: 'open', ...change });
    assert.equal(r.status, status, `${label}: ${show(r)}`);
    assert.equal(groupRow(slug), null, `${label}: nothing created`);
  }
  assert.ok(other.once !== form.once, 'every form has its own token');
});

test('/groups/new: the same form sent twice (one after the other, and at once) makes one group; both lead to it', async () => {
  const form = await newForm(owner);
  const slug = tag('dbl');
  const fields = { once: form.once, name: 'Doppelklick', slug, visibility: 'open' };
  const first = await postNew(owner, fields);
  assert.equal(first.status, 303, show(first));
  const again = await postNew(owner, fields);
  assert.equal(again.status, 303, `replay: ${show(again)}`);
  assert.equal(again.location, `/g/${slug}`, 'the replay leads where the first went');
  // The replay with another slug still creates nothing: the token is used.
  const slug2 = tag('dbl');
  const other = await postNew(owner, { ...fields, slug: slug2 });
  assert.equal(other.status, 303, show(other));
  assert.equal(other.location, `/g/${slug}`);
  assert.equal(groupRow(slug2), null, 'a used token creates no second group');
  const g = groupRow(slug);
  assert.equal(audits(g.id).filter((a) => a.action === 'group.created').length, 1);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM group_members WHERE group_id = ${g.id}`)[0][0]), 1);
  // Tokens are per user (once.h: no secret, only against doubles): the
  // same token from another user is their own first submission.
  const slug3 = tag('dbl');
  const theirs = await postNew(member, { ...fields, slug: slug3 });
  assert.equal(theirs.location, `/g/${slug3}`, show(theirs));
  assert.equal(groupRow(slug3).createdBy, member.id);

  // At once: a double click.
  const form2 = await newForm(owner);
  const slugA = tag('par');
  const slugB = tag('par');
  const [a, b] = await Promise.all([
    postNew(owner, { once: form2.once, name: 'Parallel', slug: slugA, visibility: 'open' }),
    postNew(owner, { once: form2.once, name: 'Parallel', slug: slugB, visibility: 'open' }),
  ]);
  assert.equal(a.status, 303, show(a));
  assert.equal(b.status, 303, show(b));
  const made = [groupRow(slugA), groupRow(slugB)].filter(Boolean);
  assert.equal(made.length, 1, 'one group from two submissions at once');
  const made_slug = groupRow(slugA) ? slugA : slugB;
  assert.equal(a.location, `/g/${made_slug}`);
  assert.equal(b.location, `/g/${made_slug}`);
});

test('/groups/new: two people taking the same slug at once — one group, the other gets the slug message and may send again', async () => {
  const slug = tag('race');
  const [fo, fm] = await Promise.all([newForm(owner), newForm(member)]);
  const [a, b] = await Promise.all([
    postNew(owner, { once: fo.once, name: 'Wettlauf', slug, visibility: 'open' }),
    postNew(member, { once: fm.once, name: 'Wettlauf', slug, visibility: 'open' }),
  ]);
  assert.deepEqual([a.status, b.status].sort(), [303, 422], `${show(a)} / ${show(b)}`);
  const lost = a.status === 422 ? { r: a, u: owner, once: fo.once } : { r: b, u: member, once: fm.once };
  assertRefused(lost.r, 'slug', 'Groups.Err.SlugTaken', null, 'the second');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM \`groups\` WHERE slug = ${lit(slug)}`)[0][0]), 1);
  // The refused submission used up nothing: the same form with another slug goes through.
  const slug2 = tag('race');
  const again = await postNew(lost.u, { once: lost.once, name: 'Wettlauf', slug: slug2, visibility: 'open' });
  assert.equal(again.status, 303, show(again));
  assert.equal(groupRow(slug2).createdBy, lost.u.id);
});

test('/groups/new has no picture to remove: a remove_picture sent there is not read', async () => {
  const slug = tag('rm');
  const r = await postNew(owner, { name: 'Ohne Entfernen', slug, visibility: 'open', remove_picture: '2' });
  assert.equal(r.status, 303, show(r));
  assert.ok(groupRow(slug));
});

test('site setting groups.create = admins: members get 403 for the form and the POST and see no link; site admins may', async () => {
  const before = sql("SELECT value FROM site_settings WHERE name = 'groups.create'")[0][0];
  assert.equal(before, 'members');
  const page = await member.client.get('/groups');
  assert.ok(page.text.includes('href="/groups/new"'), 'with the default, members see the link');
  const form = await newForm(member);
  sql("UPDATE site_settings SET value = 'admins' WHERE name = 'groups.create'");
  try {
    const r = await member.client.get('/groups/new');
    assert.equal(r.status, 403, show(r));
    const slug = tag('adm');
    const p = await postNew(member, { once: form.once, name: 'Nur Admins', slug, visibility: 'open' });
    assert.equal(p.status, 403, show(p));
    assert.equal(groupRow(slug), null);
    const list = await member.client.get('/groups');
    assert.equal(list.status, 200);
    assert.ok(!list.text.includes('href="/groups/new"'), 'members see no link to start a group');
    const alist = await admin.client.get('/groups');
    assert.ok(alist.text.includes('href="/groups/new"'), 'site admins see the link');
    const aslug = tag('adm');
    const a = await postNew(admin, { name: 'Von der Verwaltung', slug: aslug, visibility: 'open' });
    assert.equal(a.status, 303, show(a));
    assert.equal(groupRow(aslug).createdBy, admin.id);
  } finally {
    sql(`UPDATE site_settings SET value = ${lit(before)} WHERE name = 'groups.create'`);
  }
});

// -------------------------------------------------------------- list ----

test('the list: private groups only for their members and those invited — not for outsiders, requesters or site admins', async () => {
  const word = tag('sicht');
  const [open, closed, priv, archived] = insertGroups([
    { name: `A ${word} offen`, visibility: 'open', members: [[owner, 'owner']] },
    { name: `B ${word} geschlossen`, visibility: 'closed', members: [[owner, 'owner'], [requester, 'member', 'requested']] },
    { name: `C ${word} privat`, visibility: 'private', members: [[owner, 'owner'], [member], [invited, 'member', 'invited'], [requester, 'member', 'requested']] },
    { name: `D ${word} archiviert`, visibility: 'open', archived: true, members: [[owner, 'owner'], [member]] },
  ]);
  const slugs = (rows) => rows.map((r) => r.slug);
  for (const [who, u] of [['outsider', outsider], ['admin', admin], ['requester', requester]]) {
    const list = await listOf(u, `q=${word}`);
    assert.deepEqual(slugs(list), [open, closed, archived], `${who}: ?q`);
    const whole = await u.client.get('/groups');
    assert.ok(!whole.text.includes(priv), `${who}: /groups does not show the private group`);
    assert.ok(!(await u.client.get(`/groups?q=privat`)).text.includes(priv), `${who}: a search for its name does not find it`);
    const mine = await listOf(u, `mine=1&q=${word}`);
    assert.deepEqual(slugs(mine), who === 'requester' ? [closed] : [], `${who}: ?mine=1`);
  }
  assert.equal((await listOf(requester, `q=${word}`)).find((g) => g.slug === closed).state, T('Groups.State.requested'), 'the requester sees their request');
  const m = await listOf(member, `q=${word}`);
  assert.deepEqual(slugs(m), [open, closed, priv, archived], 'a member sees the private group');
  assert.deepEqual(slugs(await listOf(member, `q=${word}&mine=1`)), [priv, archived]);
  assert.equal(m.find((g) => g.slug === priv).state, T('Groups.Role.member'));
  assert.equal(m.find((g) => g.slug === priv).visibility, T('Groups.Visibility.private'));
  const i = await listOf(invited, `q=${word}`);
  assert.deepEqual(slugs(i), [open, closed, priv, archived], 'an invited person sees the private group');
  assert.equal(i.find((g) => g.slug === priv).state, T('Groups.State.invited'));
  assert.deepEqual(slugs(await listOf(invited, `mine=1&q=${word}`)), [priv]);
  const o = await listOf(owner, `q=${word}&mine=1`);
  assert.deepEqual(slugs(o), [open, closed, priv, archived]);
  assert.ok(o.every((g) => g.state === T('Groups.Role.owner')));
  assert.ok(o.find((g) => g.slug === archived).archived, 'the archived group is marked');
  assert.ok(!o.find((g) => g.slug === open).archived);
  assert.equal(o.find((g) => g.slug === priv).members, 2, 'active members only: owner and member');
});

test('the list: 25 a page by name, the pager keeps the search, out of range or malformed ?page= is 404; counts are the stored ones', async () => {
  const word = tag('seite');
  const defs = Array.from({ length: 27 }, (_, i) => ({ name: `${word} ${String(i).padStart(2, '0')}`, count: i * 3 + 1, members: [[owner, 'owner']] }));
  const slugs = insertGroups(defs);
  const p1 = await owner.client.get(`/groups?q=${word}`);
  assert.equal(p1.status, 200);
  const rows1 = listed(p1.text);
  assert.deepEqual(rows1.map((r) => r.slug), slugs.slice(0, 25), 'page 1: the first 25 by name');
  assert.ok(readable(p1.text).includes(`27 ${T('Groups.List.FoundMany')}`), 'the total');
  // The stored count is shown (not a count of rows: the stored value differs from the rows on purpose).
  rows1.forEach((r, i) => assert.equal(r.members, defs[i].count, `${r.slug}: member_count`));
  assert.ok(p1.text.includes(`<a href="/groups?q=${word}&amp;page=2" rel="next">`), 'a link to page 2 that keeps the search');
  const p2 = await owner.client.get(`/groups?q=${word}&page=2`);
  assert.equal(p2.status, 200);
  assert.deepEqual(listed(p2.text).map((r) => r.slug), slugs.slice(25));
  assert.match(p2.text, /rel="prev"/);
  assert.deepEqual(listed((await owner.client.get(`/groups?q=${word}&page=1`)).text).map((r) => r.slug), slugs.slice(0, 25));
  assert.deepEqual(listed((await owner.client.get(`/groups?q=${word}&page=`)).text).map((r) => r.slug), slugs.slice(0, 25), 'an empty page is the first');
  for (const q of ['0', '-1', 'abc', '3', '999', '01', '+2', '2.0', '99999999999999999999']) {
    const r = await owner.client.get(`/groups?q=${word}&page=${q}`);
    assert.equal(r.status, 404, `page=${q}: ${show(r)}`);
  }
  // An empty search result is one page; its page 2 is not there.
  const none = tag('nichts');
  const e = await owner.client.get(`/groups?q=${none}`);
  assert.equal(e.status, 200);
  assert.ok(readable(e.text).includes(T('Groups.List.FoundNone')));
  assert.equal((await owner.client.get(`/groups?q=${none}&page=2`)).status, 404);
  for (const bad of ['mine=2', 'mine=ja', `q=${'x'.repeat(401)}`]) assert.equal((await owner.client.get(`/groups?${bad}`)).status, 400, bad);
});

test('the list: ?q matches part of the name, any case, blanks around ignored, % and _ only themselves; the search comes back escaped', async () => {
  const word = tag('such');
  const [a, b, c] = insertGroups([
    { name: `Arbeitskreis ${word} Sprache` },
    { name: `${word.toUpperCase()} 100% Rad_weg` },
    { name: `Ganz anders ${tag('x')}` },
  ]);
  assert.deepEqual((await listOf(outsider, `q=${word}`)).map((g) => g.slug).sort(), [a, b].sort());
  assert.deepEqual((await listOf(outsider, `q=${encodeURIComponent('  ' + word.toUpperCase() + ' ')}`)).map((g) => g.slug).sort(), [a, b].sort(), 'case and blanks');
  assert.deepEqual((await listOf(outsider, `q=${encodeURIComponent(word + ' 100%')}`)).map((g) => g.slug), [b], '% itself');
  assert.deepEqual((await listOf(outsider, `q=${encodeURIComponent(word + '%Sprache')}`)).map((g) => g.slug), [], '% is no wildcard');
  assert.deepEqual((await listOf(outsider, `q=${encodeURIComponent(word + ' _rbeits')}`)).map((g) => g.slug), [], '_ is no wildcard');
  assert.deepEqual((await listOf(outsider, `q=${encodeURIComponent('Rad_weg')}`)).map((g) => g.slug).filter((s) => s === b), [b]);
  assert.ok(!(await listOf(outsider, `q=${word}`)).some((g) => g.slug === c));
  const xss = '"><script>alert(1)</script>';
  const r = await outsider.client.get(`/groups?q=${encodeURIComponent(xss)}`);
  assert.equal(r.status, 200);
  assert.ok(!r.text.includes('<script>alert(1)'), 'the search text is escaped');
  assert.ok(r.text.includes('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'), 'and kept in the field');
});

test('the list: the start of the description as plain text, cut after a word with "…"; none without a description', async () => {
  const word = tag('kurz');
  const long = `**Fett** und [ein Link](http://example.org) ${'Wort '.repeat(80)}Ende`;
  const [a, b, c] = insertGroups([
    { name: `${word} a`, description: long },
    { name: `${word} b`, description: 'Nur *kurz*.' },
    { name: `${word} c` },
  ]);
  const r = await outsider.client.get(`/groups?q=${word}`);
  const ex = [...r.text.matchAll(/<h3 class="group-name"><a href="\/g\/([^"]+)">[\s\S]*?<\/div>/g)].map((m) => {
    const e = /<p class="group-excerpt">([\s\S]*?)<\/p>/.exec(m[0]);
    return [m[1], e ? decodeEntities(e[1]) : null];
  });
  const got = Object.fromEntries(ex);
  assert.deepEqual(Object.keys(got), [a, b, c]);
  assert.ok(got[a].startsWith('Fett und ein Link Wort Wort'), `plain text: ${got[a]}`);
  assert.ok(got[a].endsWith(' …') && !got[a].includes('Ende'), `cut: ${got[a]}`);
  assert.ok([...got[a]].length <= 202, `at most 200 characters and the mark: ${[...got[a]].length}`);
  assert.ok(/Wort …$/.test(got[a]), 'cut after a whole word');
  assert.equal(got[b], 'Nur kurz.');
  assert.equal(got[c], null);
});

// -------------------------------------------------------------- home ----

test('home: name and description with markup come back escaped, the Markdown is inert; also in the list', async () => {
  const slug = tag('xss');
  const name = `<script>alert("n")</script> & <b>Fett</b> ${slug}`;
  const description =
    'Hallo <script>alert("d")</script> <img src=x onerror=alert(2)>\n\n[klick](javascript:alert(3)) **stark** <a href="http://böse.example">a</a>\n\n<iframe src="/"></iframe>';
  const r = await postNew(owner, { name, slug, description, visibility: 'open' });
  assert.equal(r.status, 303, show(r));
  for (const path of [`/g/${slug}`, `/groups?q=${slug}`, `/g/${slug}/settings`]) {
    const p = await owner.client.get(path);
    assert.equal(p.status, 200, path);
    assert.ok(!/<script>alert/.test(p.text), `${path}: no script element`);
    assert.ok(!/<img[^>]*onerror/i.test(p.text), `${path}: no img with onerror`);
    assert.ok(!/<iframe/i.test(p.text), `${path}: no iframe`);
    assert.ok(!/href="javascript:/i.test(p.text), `${path}: no javascript: link`);
    assert.ok(!p.text.includes('<b>Fett</b>'), `${path}: the name's markup is text`);
    assert.ok(p.text.includes('&lt;script&gt;alert(') , `${path}: the name is shown escaped`);
  }
  const home = await owner.client.get(`/g/${slug}`);
  assert.match(home.text, /<strong>stark<\/strong>/, 'Markdown emphasis still works');
  assert.ok(readable(home.text).includes(name), 'the name reads as typed');
  assert.match(home.text, /<title>[^<]*&lt;script&gt;/, 'the title is escaped too');
});

test('home: topics for readers only, the members section where members may be seen, the right action for each state', async () => {
  const [closed, priv] = insertGroups([
    { name: 'Geschlossen mit Themen', visibility: 'closed', description: 'Worum es *geht*.', members: [[owner, 'owner'], [member], [requester, 'member', 'requested']] },
    { name: 'Privat mit Themen', visibility: 'private', description: 'Private Beschreibung.', members: [[owner, 'owner'], [member], [invited, 'member', 'invited']] },
  ]);
  const ids = Object.fromEntries(sql(`SELECT slug, id FROM \`groups\` WHERE slug IN (${lit(closed)}, ${lit(priv)})`));
  const titles = {};
  for (const slug of [closed, priv]) {
    const cat = createCategory({ groupId: Number(ids[slug]) });
    titles[slug] = `Thema ${tag('t')}`;
    modInsertTopic({ categoryId: cat, groupId: Number(ids[slug]), title: titles[slug], authorId: member.id });
  }
  // Closed: the outsider sees the description and the members, not the topics; may ask to join.
  let p = await outsider.client.get(`/g/${closed}`);
  assert.equal(p.status, 200);
  let text = readable(p.text);
  assert.ok(p.text.includes('<em>geht</em>'), 'the description for an outsider of a closed group');
  assert.ok(!text.includes(titles[closed]) && !p.text.includes('id="topics-title"'), 'no topics for a non-reader');
  assert.ok(text.includes(T('Groups.Home.ContentForMembers')));
  assert.ok(p.text.includes('id="members-title"') && text.includes(member.name) && text.includes(owner.name), 'the members of a closed group');
  assert.ok(p.text.includes(`action="/g/${closed}/members/request"`), 'the outsider may ask to join');
  assert.ok(!p.text.includes(`/g/${closed}/settings`), 'no settings link for an outsider');
  // The requester: told so, may withdraw.
  p = await requester.client.get(`/g/${closed}`);
  assert.ok(readable(p.text).includes(T('Groups.Home.Requested')));
  assert.ok(p.text.includes(`action="/g/${closed}/members/cancel"`));
  assert.ok(!p.text.includes(`action="/g/${closed}/members/request"`));
  // A member reads the topics, with the link into the group's forum.
  p = await member.client.get(`/g/${closed}`);
  text = readable(p.text);
  assert.ok(text.includes(titles[closed]), 'a member sees the topic');
  assert.ok(p.text.includes(`href="/g/${closed}/forum/t/`));
  assert.ok(p.text.includes(`action="/g/${closed}/members/leave"`));
  assert.ok(!text.includes(T('Groups.Home.ContentForMembers')));
  // Private: the invited person learns what they are invited to, not its content or members.
  p = await invited.client.get(`/g/${priv}`);
  assert.equal(p.status, 200);
  text = readable(p.text);
  assert.ok(text.includes('Private Beschreibung.'), 'the invited person reads the description');
  assert.ok(!text.includes(titles[priv]) && !p.text.includes('id="topics-title"'), 'no topics for the invited person');
  assert.ok(!p.text.includes('id="members-title"') && !text.includes(member.name), 'no members for the invited person');
  assert.ok(p.text.includes(`action="/g/${priv}/members/accept"`) && p.text.includes(`action="/g/${priv}/members/decline"`));
  // Its member sees everything; outsiders and site admins get a 404 that names nothing.
  p = await member.client.get(`/g/${priv}`);
  assert.ok(readable(p.text).includes(titles[priv]) && p.text.includes('id="members-title"'));
  for (const u of [outsider, admin, requester]) {
    const r = await u.client.get(`/g/${priv}`);
    assert.equal(r.status, 404);
    assert.ok(!r.text.includes('Privat mit Themen') && !r.text.includes('Private Beschreibung'));
  }
  // An open group: the outsider reads the topics and may join.
  const [open] = insertGroups([{ name: 'Offen', visibility: 'open', members: [[owner, 'owner']] }]);
  const oid = Number(sql(`SELECT id FROM \`groups\` WHERE slug = ${lit(open)}`)[0][0]);
  const ot = `Thema ${tag('t')}`;
  modInsertTopic({ categoryId: createCategory({ groupId: oid }), groupId: oid, title: ot, authorId: owner.id });
  p = await outsider.client.get(`/g/${open}`);
  assert.ok(readable(p.text).includes(ot));
  assert.ok(p.text.includes(`action="/g/${open}/members/join"`));
});

test('home: the 5 newest topics (deleted ones left out) and 12 members — owners, moderators, then by name, with their organisation; no inactive accounts', async () => {
  const word = tag('leute');
  const people = Array.from({ length: 14 }, (_, i) =>
    insertPerson({ name: `${word} ${String.fromCharCode(97 + i)}`, email: `${word}-${i}@example.org` }),
  );
  const gone = insertPerson({ name: `${word} 0 gesperrt`, email: `${word}-x@example.org` });
  sql(`UPDATE users SET status = 'suspended' WHERE id = ${gone}`);
  const org = insertOrg({ name: `Verein ${word}` });
  addMember(org, people[2]);
  // people[13] (last by name) is the owner, people[12] a moderator.
  const members = people.map((id, i) => [{ id }, i === 13 ? 'owner' : i === 12 ? 'moderator' : 'member']);
  const [slug] = insertGroups([{ name: 'Viele', visibility: 'open', members: [...members, [{ id: gone }]] }]);
  const gid = Number(sql(`SELECT id FROM \`groups\` WHERE slug = ${lit(slug)}`)[0][0]);
  const cat = createCategory({ groupId: gid });
  const topics = Array.from({ length: 7 }, (_, i) => modInsertTopic({ categoryId: cat, groupId: gid, title: `${word} Thema ${i}`, authorId: people[0], ageSeconds: 1000 - i * 10 }));
  sql(`UPDATE forum_topics SET deleted_at = NOW() WHERE id = ${topics[6].topicId}`);
  const p = await outsider.client.get(`/g/${slug}`);
  assert.equal(p.status, 200);
  const shownTopics = [...p.text.matchAll(/class="group-topic-title" href="[^"]*\/forum\/t\/(\d+)"/g)].map((m) => Number(m[1]));
  assert.deepEqual(shownTopics, [5, 4, 3, 2, 1].map((i) => topics[i].topicId), 'the 5 newest, the deleted one left out');
  const shown = [...p.text.matchAll(/<a class="person-name" href="\/people\/(\d+)">/g)].map((m) => Number(m[1]));
  assert.deepEqual(shown, [people[13], people[12], ...people.slice(0, 10)], 'owner, moderator, then the first 10 by name');
  assert.ok(!shown.includes(gone), 'no suspended account');
  assert.ok(readable(p.text).includes(`Verein ${word}`), 'the organisation of a member');
  assert.ok(p.text.includes(`href="/g/${slug}/members"`), 'the link to all members');
});

test('home: the member count shown is the stored one', async () => {
  const [slug] = insertGroups([{ name: 'Gezählt', members: [[owner, 'owner'], [member]], count: 17 }]);
  const p = await outsider.client.get(`/g/${slug}`);
  assert.match(p.text, /<span class="group-count">17 /);
});

// ---------------------------------------------------------- settings ----

test('settings: the form shows the stored values; saving renames (the slug stays), changes visibility and description, audited', async () => {
  const slug = tag('set');
  assert.equal((await postNew(owner, { name: 'Alter Name', slug, description: 'Alt.', visibility: 'open' })).status, 303);
  const g0 = groupRow(slug);
  const form = await owner.client.get(`/g/${slug}/settings`);
  assert.equal(form.status, 200);
  assert.ok(form.text.includes('value="Alter Name"'), 'the name');
  assert.match(form.text, /<textarea[^>]*name="description"[^>]*>\s*Alt\.<\/textarea>/);
  assert.match(form.text, /value="open" required[^>]*checked/, 'the visibility');
  assert.ok(!/name="slug"/.test(form.text), 'the slug is not a field');
  // slug is no field of the settings: sent anyway, it is ignored.
  const other = tag('anders');
  const ok = await postSettings(owner, slug, { name: 'Neuer Name', description: 'Neu *beschrieben*.', visibility: 'closed', slug: other });
  assert.equal(ok.status, 303, show(ok));
  assert.equal(ok.location, `/g/${slug}`, 'the slug stays');
  const page = await follow(owner, ok);
  assert.ok(readable(page.text).includes(T('Flash.GroupsSaved')));
  assert.ok(page.text.includes('<em>beschrieben</em>'));
  const g = groupRow(slug);
  assert.equal(g.id, g0.id);
  assert.equal(groupRow(other), null, 'no group under the slug sent');
  assert.equal(g.name, 'Neuer Name');
  assert.equal(g.visibility, 'closed');
  assert.equal(g.description, 'Neu *beschrieben*.');
  const a = audits(g.id).slice(1);
  assert.deepEqual(a.map((x) => x.action), ['group.settings_changed', 'group.visibility_changed']);
  assert.ok(a.every((x) => x.actor === owner.id));
  assert.equal(a[1].detail, 'open → closed');
  // Same visibility again: no visibility entry; an empty description removes it.
  const again = await postSettings(owner, slug, { name: 'Neuer Name', description: '', visibility: 'closed' });
  assert.equal(again.status, 303);
  assert.equal(groupRow(slug).description, null);
  assert.deepEqual(audits(g.id).slice(3).map((x) => x.action), ['group.settings_changed']);
  assert.ok((await listOf(outsider, `q=${encodeURIComponent('Neuer Name')}`)).some((x) => x.slug === slug), 'the list shows the new name');
});

test('settings: bad input is a 422 at the field with the values sent, and nothing changes', async () => {
  const slug = tag('setb');
  assert.equal((await postNew(owner, { name: 'Bleibt', slug, description: 'Bleibt so.', visibility: 'open' })).status, 303);
  const before = groupRow(slug);
  const n = sql(`SELECT COUNT(*) FROM audit_log WHERE target_id = ${before.id}`)[0][0];
  const ok = { name: 'Geändert', description: 'Geändert.', visibility: 'closed' };
  const cases = [
    ['name empty', { name: '' }, 'name', 'Err.Required'],
    ['name 121', { name: 'x'.repeat(121) }, 'name', 'Groups.Err.NameLong'],
    ['description too long', { description: 'y'.repeat(10001) }, 'description', 'Groups.Err.DescriptionLong'],
    ['visibility missing', { visibility: undefined }, 'visibility', 'Groups.Err.VisibilityMissing'],
    ['visibility unknown', { visibility: 'public' }, 'visibility', 'Err.ChoiceInvalid'],
    ['picture garbage', { picture: { filename: 'a.png', type: 'image/png', data: Buffer.from('kein bild'.repeat(30)) } }, 'picture', 'Err.PhotoType'],
  ];
  for (const [label, change, field, key] of cases) {
    const r = await postSettings(owner, slug, { ...ok, ...change });
    assert.equal(r.status, 422, `${label}: ${show(r)}`);
    const err = fieldError(r.text, field);
    assert.ok(err && err.includes(T(key)), `${label}: "${T(key)}" at ${field}, got "${err}"`);
    if (field !== 'description') assert.ok(r.text.includes('Geändert.'), `${label}: the description sent comes back`);
    assert.deepEqual(groupRow(slug), before, `${label}: nothing changed`);
  }
  const bad = await postSettings(owner, slug, { ...ok, remove_picture: '2' });
  assert.ok([400, 422].includes(bad.status), `remove_picture=2: ${show(bad)}`);
  for (const [label, csrf] of [['no csrf', false], ['broken csrf', 'y'.repeat(40)], ["another's csrf", member.csrf]]) {
    const r = await postSettings(owner, slug, { ...ok, csrf });
    assert.equal(r.status, 403, `${label}: ${show(r)}`);
  }
  assert.deepEqual(groupRow(slug), before);
  assert.equal(sql(`SELECT COUNT(*) FROM audit_log WHERE target_id = ${before.id}`)[0][0], n, 'no audit entry');
});

test('settings: the picture is replaced and removed; /picture follows', async () => {
  const slug = tag('bild');
  const first = makePng(100, 60);
  assert.equal((await postNew(owner, { name: 'Bildgruppe', slug, visibility: 'open', picture: { filename: 'a.png', type: 'image/png', data: first } })).status, 303);
  const sha1 = groupRow(slug).sha;
  assert.ok(sha1);
  // Saving without a file keeps the picture.
  assert.equal((await postSettings(owner, slug, { name: 'Bildgruppe', visibility: 'open' })).status, 303);
  assert.equal(groupRow(slug).sha, sha1, 'no file: the picture stays');
  const form = await owner.client.get(`/g/${slug}/settings`);
  assert.ok(form.text.includes('name="remove_picture"'), 'a picture can be removed');
  const r = await postSettings(owner, slug, { name: 'Bildgruppe', visibility: 'open', picture: { filename: 'b.png', type: 'image/png', data: makePng(50, 200) } });
  assert.equal(r.status, 303, show(r));
  const sha2 = groupRow(slug).sha;
  assert.ok(sha2 && sha2 !== sha1, 'replaced');
  const pic = await getBytes(outsider.client, `/g/${slug}/picture`);
  assert.equal(pic.status, 200);
  const del = await postSettings(owner, slug, { name: 'Bildgruppe', visibility: 'open', remove_picture: '1' });
  assert.equal(del.status, 303, show(del));
  const g = groupRow(slug);
  assert.equal(g.sha, null);
  assert.equal(g.mime, null);
  assert.equal((await outsider.client.get(`/g/${slug}/picture`)).status, 404);
  assert.ok(!(await owner.client.get(`/g/${slug}/settings`)).text.includes('name="remove_picture"'), 'nothing to remove any more');
});

// --------------------------------------------------- archive, restore ----

test('archive and restore: flash, archived_by, the notice, read-only meanwhile, audited; twice says nothing changed', async () => {
  const slug = tag('arch');
  assert.equal((await postNew(owner, { name: 'Wird archiviert', slug, description: 'Text.', visibility: 'open' })).status, 303);
  const id = groupRow(slug).id;
  for (const [label, csrf] of [['no csrf', undefined], ['broken', 'z'.repeat(40)]]) {
    const r = await owner.client.post(`/g/${slug}/settings/archive`, csrf ? { csrf } : {});
    assert.equal(r.status, 403, `${label}: ${show(r)}`);
  }
  assert.equal(groupRow(slug).archived, false);

  const r = await owner.client.post(`/g/${slug}/settings/archive`, { csrf: owner.csrf });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/g/${slug}`);
  let page = await follow(owner, r);
  let text = readable(page.text);
  assert.ok(text.includes(T('Flash.GroupsArchived')));
  assert.ok(text.includes(T('Groups.Home.ArchivedNotice')));
  assert.ok(text.includes(`${T('Groups.Home.ArchivedBy')} ${owner.name}`), 'who archived it');
  let g = groupRow(slug);
  assert.equal(g.archived, true);
  assert.equal(g.archivedBy, owner.id);
  // Read-only: the settings page has no form, only restoring; a POST is 403 and changes nothing.
  const s = await owner.client.get(`/g/${slug}/settings`);
  assert.equal(s.status, 200);
  assert.ok(!s.text.includes('name="name"'), 'no settings form for an archived group');
  assert.ok(s.text.includes(`action="/g/${slug}/settings/restore"`));
  const save = await postSettings(owner, slug, { name: 'Geändert', visibility: 'closed' });
  assert.equal(save.status, 403, show(save));
  assert.equal(groupRow(slug).name, 'Wird archiviert');
  // The list marks it; others see the notice too.
  assert.ok((await listOf(outsider, `q=${encodeURIComponent('Wird archiviert')}`)).find((x) => x.slug === slug).archived);
  page = await outsider.client.get(`/g/${slug}`);
  assert.ok(readable(page.text).includes(T('Groups.Home.ArchivedNotice')));
  assert.ok(!page.text.includes(`/g/${slug}/members/join`), 'nobody joins an archived group');
  // Archiving again: nothing changes, and the flash says so.
  const again = await owner.client.post(`/g/${slug}/settings/archive`, { csrf: owner.csrf });
  assert.ok(readable((await follow(owner, again)).text).includes(T('Flash.GroupsAlreadyArchived')));
  // Restoring needs the CSRF token too.
  for (const u of [owner, admin]) {
    const r = await u.client.post(`/g/${slug}/settings/restore`, {});
    assert.equal(r.status, 403, `restore without csrf: ${show(r)}`);
  }
  assert.equal(groupRow(slug).archived, true);
  // A site admin restores it.
  const back = await admin.client.post(`/g/${slug}/settings/restore`, { csrf: admin.csrf });
  page = await follow(admin, back);
  text = readable(page.text);
  assert.ok(text.includes(T('Flash.GroupsRestored')));
  assert.ok(!text.includes(T('Groups.Home.ArchivedNotice')));
  g = groupRow(slug);
  assert.equal(g.archived, false);
  assert.equal(g.archivedBy, null);
  const twice = await admin.client.post(`/g/${slug}/settings/restore`, { csrf: admin.csrf });
  assert.ok(readable((await follow(admin, twice)).text).includes(T('Flash.GroupsNotArchived')));
  const a = audits(id).slice(1);
  assert.deepEqual(a.map((x) => [x.action, x.actor]), [['group.archived', owner.id], ['group.restored', admin.id]], 'one entry per change, none for a change that did nothing');
  // Writable again.
  assert.equal((await postSettings(owner, slug, { name: 'Wieder da', visibility: 'open' })).status, 303);
  assert.equal(groupRow(slug).name, 'Wieder da');
});

test('a site admin who is no owner sees the archive section only, not the form; archiving shows their name', async () => {
  const [slug] = insertGroups([{ name: 'Admin archiviert', visibility: 'closed', members: [[owner, 'owner']] }]);
  const s = await admin.client.get(`/g/${slug}/settings`);
  assert.equal(s.status, 200);
  assert.ok(!s.text.includes('name="name"'));
  assert.ok(s.text.includes(`action="/g/${slug}/settings/archive"`));
  const r = await admin.client.post(`/g/${slug}/settings/archive`, { csrf: admin.csrf });
  assert.equal(r.status, 303);
  assert.equal(groupRow(slug).archivedBy, admin.id);
  const home = await owner.client.get(`/g/${slug}`);
  const name = sql(`SELECT name FROM users WHERE id = ${admin.id}`)[0][0];
  assert.ok(readable(home.text).includes(`${T('Groups.Home.ArchivedBy')} ${name}`));
});

// -------------------------------------------------------------- misc ----

test('HEAD answers like GET without a body; unknown subroutes and methods are 404 or 405', async () => {
  const [open, priv] = insertGroups([{ name: 'Kopf', members: [[owner, 'owner']] }, { name: 'Kopf privat', visibility: 'private', members: [[owner, 'owner']] }]);
  for (const path of ['/groups', '/groups?q=x', `/g/${open}`]) {
    const r = await outsider.client.request('HEAD', path);
    assert.equal(r.status, 200, `HEAD ${path}`);
    assert.equal(r.text, '');
  }
  assert.equal((await outsider.client.request('HEAD', `/g/${priv}`)).status, 404, 'HEAD of a private group for an outsider');
  for (const path of [
    `/g/${open}/foo`, `/g/${open}/settings/foo`, `/g/${open}/picture/x`, `/g/${open}/settings/archive/x`,
    '/groups/new/x', '/groups/x', '/g/', `/g/${tag('fehlt')}`, `/g/${tag('fehlt')}/settings`, `/g/${open}/home`,
  ]) {
    const r = await owner.client.get(path);
    assert.equal(r.status, 404, `GET ${path}: ${show(r)}`);
  }
  for (const path of [`/g/${open}/settings/archive`, `/g/${open}/settings/restore`]) {
    const r = await owner.client.get(path);
    assert.ok([404, 405].includes(r.status), `GET ${path}: ${show(r)}`);
    assert.equal(groupRow(open).archived, false);
  }
  const r = await owner.client.post(`/g/${open}`, { csrf: owner.csrf });
  assert.ok([404, 405].includes(r.status), `POST /g/SLUG: ${show(r)}`);
});

test('after the review: the archived notice promises reading only to who may read; the settings title names the group; inputs say their limits', async () => {
  // A closed archived group: its members read, an outsider reads nothing.
  const g = createGroup({ visibility: 'closed', archived: true, members: [{ id: owner.id, role: 'owner', state: 'active' }] });
  const readAll = T('Groups.Home.ArchivedNotice');
  const noRead = T('Groups.Home.ArchivedNoticeNoRead');
  const out = decodeEntities((await outsider.client.get(`/g/${g.slug}`)).text);
  assert.ok(out.includes(noRead) && !out.includes(readAll), 'an outsider is not told they can read');
  const mem = decodeEntities((await outsider.client.get(`/g/${g.slug}/members`)).text);
  assert.ok(mem.includes(noRead) && !mem.includes(readAll));
  const own = decodeEntities((await owner.client.get(`/g/${g.slug}`)).text);
  assert.ok(own.includes(readAll) && !own.includes(noRead), 'a member is');
  const ownMembers = decodeEntities((await owner.client.get(`/g/${g.slug}/members`)).text);
  assert.ok(ownMembers.includes(readAll));
  // The settings: <title> names the group; an archived group's page too.
  const s = await owner.client.get(`/g/${g.slug}/settings`);
  assert.equal(s.status, 200);
  assert.match(decodeEntities(s.text), new RegExp(`<title>${T('Groups.Settings.Title')} – Gruppe ${g.slug} – `));
  assert.ok(decodeEntities(s.text).includes(readAll));
  // Limits: the search box, the name and slug of a new group, the name in
  // the settings.
  const list = await owner.client.get('/groups');
  assert.match(list.text, /<input id="f-q" name="q" type="search"[^>]* maxlength="100"/);
  const nf = await newForm(owner);
  assert.match(nf.html, /<input id="f-name" name="name" type="text"[^>]* maxlength="120"/);
  assert.match(nf.html, /<input id="f-slug" name="slug" type="text"[^>]* maxlength="40"/);
  const o = createGroup({ visibility: 'open', members: [{ id: owner.id, role: 'owner', state: 'active' }] });
  const so = await owner.client.get(`/g/${o.slug}/settings`);
  assert.match(so.text, /<input id="f-name" name="name" type="text" value="[^"]*"[^>]* maxlength="120"/);
  assert.ok(!decodeEntities(so.text).includes(readAll) && !decodeEntities(so.text).includes(noRead), 'no notice when not archived');
  // 100 characters of search, the most the box takes, is answered.
  assert.equal((await owner.client.get(`/groups?q=${encodeURIComponent('ä'.repeat(100))}`)).status, 200);
});
