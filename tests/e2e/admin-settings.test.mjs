// The admin pages' site settings, legal pages and audit log page (issue
// 8): the contact address, who may create groups (the groups program asks),
// registration open or by invitation only (the account program asks), the
// Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit as
// Markdown, readable signed out and linked in every page's footer; the
// audit log filtered by actor, action and day.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, demoClient, mainText, newPassword, show, sleep, uniqueEmail, waitForMail } from './lib.mjs';
import { onceToken } from './forum-lib.mjs';
import { makePng, multipart } from './people-lib.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG, KPCTL, STACK } from './lib.mjs';

// cgi/core/view.h KP_SITE_NAME_TTL (10 s), with a margin.
const KP_SITE_NAME_TTL_MS = 11000;
import { adminClient, auditOf, lit, sql } from './admin-lib.mjs';

// An empty value comes back as an empty line, which sql() drops: prefix it.
const setting = (name) => {
  const rows = sql(`SELECT CONCAT('=', value) FROM site_settings WHERE name = ${lit(name)}`);
  return rows.length ? rows[0][0].slice(1) : undefined;
};
const NAME = 'Netzwerk Integration';

describe('admin: settings, legal pages, audit log', { concurrency: false }, () => {
  let admin;
  const saved = {};
  after(() => {
    sql("DELETE FROM site_settings WHERE name IN ('logo.sha256', 'logo.mime')");
    // Other test files expect the defaults.
    for (const [name, value] of Object.entries(saved))
      sql(value === undefined ? `DELETE FROM site_settings WHERE name = ${lit(name)}` : `UPDATE site_settings SET value = ${lit(value)} WHERE name = ${lit(name)}`);
  });

  test('set-up', async () => {
    admin = await adminClient({ name: 'Sina Einstellung' });
    for (const name of ['contact', 'groups.create', 'registration', 'site.name']) saved[name] = setting(name);
  });

  test('the settings form shows the stored values and refuses bad ones without saving', async () => {
    const page = await admin.client.get('/admin/settings');
    assert.equal(page.status, 200);
    assert.match(page.text, /<option value="members" selected>/);
    const bad = await admin.client.submit('/admin/settings', '/admin/settings', { site_name: '', contact: 'keine adresse', groups_create: 'alle', registration: 'open' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /id="e-contact"/);
    assert.match(bad.text, /id="e-groups_create"/);
    assert.match(bad.text, /id="e-site_name"/);
    assert.match(page.text, /id="f-site_name" name="site_name" type="text" value="Netzwerk Integration"/);
    assert.equal(setting('groups.create'), saved['groups.create']);
    assert.equal((await admin.client.submit('/admin/settings', '/admin/settings', { contact: 'x@example.org' })).status, 422, 'missing choices');
  });

  test('registration by invitation only: /register refuses, creates nothing; open again works', async () => {
    const r = await admin.client.submit('/admin/settings', '/admin/settings', { site_name: NAME, contact: 'Koordination@Example.org', groups_create: 'members', registration: 'invite' });
    assert.equal(r.status, 303, show(r));
    assert.equal(setting('registration'), 'invite');
    assert.equal(setting('contact'), 'koordination@example.org');
    assert.ok(auditOf('settings.changed', 3).some((e) => e.detail === 'registration = invite' && e.actor === admin.id));
    const visitor = new Client();
    const form = await visitor.get('/register');
    assert.equal(form.status, 403);
    assert.match(mainText(form.text), /nur mit einer Einladung/);
    const email = uniqueEmail('closed');
    const pw = newPassword();
    const csrf = /name="csrf" value="([^"]+)"/.exec((await visitor.get('/login')).text)[1];
    const post = await visitor.post('/register', { csrf, name: 'Otto Zu', email, password: pw, password2: pw });
    assert.equal(post.status, 403);
    assert.equal(sql(`SELECT COUNT(*) FROM users WHERE email = ${lit(email)}`)[0][0], '0');
    await admin.client.submit('/admin/settings', '/admin/settings', { site_name: NAME, contact: '', groups_create: 'members', registration: 'open' });
    assert.equal((await new Client().get('/register')).status, 200);
  });

  test('who may create groups: only admins, then every member again', async () => {
    const member = await demoClient(DEMO.member1);
    assert.equal((await member.get('/groups/new')).status, 200);
    await admin.client.submit('/admin/settings', '/admin/settings', { site_name: NAME, contact: '', groups_create: 'admins', registration: 'open' });
    assert.equal((await member.get('/groups/new')).status, 403);
    await admin.client.submit('/admin/settings', '/admin/settings', { site_name: NAME, contact: '', groups_create: 'members', registration: 'open' });
    assert.equal((await member.get('/groups/new')).status, 200);
  });

  test('legal pages: edited as Markdown, public, in every footer, the feedback contact', async () => {
    for (const path of ['/impressum', '/datenschutz', '/barrierefreiheit']) {
      const r = await new Client().get(path);
      assert.equal(r.status, 200, path);
    }
    const login = await new Client().get('/login');
    for (const href of ['/impressum', '/datenschutz', '/barrierefreiheit']) assert.ok(login.text.includes(`<a href="${href}">`), `footer links ${href}`);
    const member = await demoClient(DEMO.member2);
    const home = await member.get('/account');
    assert.ok(home.text.includes('<a href="/impressum">'));
    const body = `# Landratsamt Musterkreis\n\nStabsstelle Integration\n<script>alert(1)</script>\n[Webseite](https://example.org) [böse](javascript:alert(1))`;
    const r = await admin.client.submit('/admin/legal/impressum', '/admin/legal/impressum', { body });
    assert.equal(r.status, 303, show(r));
    const pub = await new Client().get('/impressum');
    assert.match(pub.text, /<h3>Landratsamt Musterkreis<\/h3>/);
    assert.ok(pub.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!pub.text.includes('<script>'));
    assert.ok(pub.text.includes('<a href="https://example.org">Webseite</a>'));
    assert.ok(!pub.text.includes('javascript:'));
    assert.equal(auditOf('legal.changed')[0].detail, 'impressum');
    await admin.client.submit('/admin/settings', '/admin/settings', { site_name: NAME, contact: 'barrieren@example.org', groups_create: 'members', registration: 'open' });
    const a11y = await new Client().get('/barrierefreiheit');
    assert.ok(a11y.text.includes('<a href="mailto:barrieren@example.org">'));
    assert.equal((await admin.client.get('/admin/legal/agb')).status, 404);
    assert.equal((await new Client().get('/impressumx')).status, 404);
    assert.equal((await admin.client.submit('/admin/legal/impressum', '/admin/legal/agb', { body: 'x' })).status, 404);
  });

  test("the network's name: every page and mail within ten seconds, then back", { timeout: 60000 }, async () => {
    const name = `Integrationsnetz Musterkreis ${Date.now().toString(36)}`;
    const r = await admin.client.submit('/admin/settings', '/admin/settings', { site_name: name, contact: '', groups_create: 'members', registration: 'open' });
    assert.equal(r.status, 303, show(r));
    const titled = async (want) => {
      for (let i = 0; i < 60; i++) {
        const login = await new Client().get('/login');
        if (login.text.includes(`<title>Anmelden – ${want}</title>`)) return true;
        await sleep(250);
      }
      return false;
    };
    assert.ok(await titled(name), 'the sign-in page (account program) shows the new name');
    await sleep(KP_SITE_NAME_TTL_MS);
    const email = uniqueEmail('name');
    const inv = await admin.client.submit('/admin/users/invite', '/admin/users/invite', { emails: email, lang: 'de', once: onceToken() });
    assert.equal(inv.status, 303);
    assert.equal((await waitForMail(email)).subject, `Einladung zu ${name}`);
    await admin.client.submit('/admin/settings', '/admin/settings', { site_name: NAME, contact: '', groups_create: 'members', registration: 'open' });
    assert.ok(await titled(NAME));
    // Every worker of every program reads it again within the TTL.
    await sleep(KP_SITE_NAME_TTL_MS);
  });

  test('the logo: uploaded as an image, shown in every header, public, kept by the sweeper, removed', { timeout: 60000 }, async () => {
    const post = async (parts) => {
      const csrf = /name="csrf" value="([^"]+)"/.exec((await admin.client.get('/admin/settings')).text)[1];
      const form = multipart([['csrf', csrf], ...parts]);
      return admin.client.request('POST', '/admin/settings/logo', form);
    };
    const fake = await post([{ name: 'logo', filename: 'logo.png', type: 'image/png', data: Buffer.from('<svg onload="alert(1)"/>') }]);
    assert.equal(fake.status, 422);
    assert.match(fake.text, /id="e-logo"/);
    assert.equal(sql("SELECT COUNT(*) FROM site_settings WHERE name = 'logo.sha256'")[0][0], '0');
    const w = 600 + Math.floor(Math.random() * 300);
    const r = await post([{ name: 'logo', filename: 'Logo Netzwerk.png', type: 'image/png', data: makePng(w, 200, { text: 'geheim' }) }]);
    assert.equal(r.status, 303, show(r));
    const sha = sql("SELECT value FROM site_settings WHERE name = 'logo.sha256'")[0][0];
    assert.match(sha, /^[0-9a-f]{64}$/);
    assert.equal(auditOf('settings.logo')[0].detail, sha);
    // Public and cacheable, an image, re-encoded (the text chunk is gone).
    const img = await new Client().get('/site/logo');
    assert.equal(img.status, 200);
    assert.equal(img.headers.get('content-type'), 'image/png');
    assert.match(img.headers.get('cache-control'), /public/);
    assert.ok(!img.text.includes('geheim'));
    // Every page's header within the TTL (the account program here).
    let shown = false;
    for (let i = 0; i < 60 && !shown; i++) {
      shown = (await new Client().get('/login')).text.includes(`<img class="site-logo" src="/site/logo?v=${sha}"`);
      if (!shown) await sleep(250);
    }
    assert.ok(shown, 'the header shows the logo');
    // kp-mailer's sweeper keeps the file however old it is.
    const file = join(STACK, 'data', 'files', sha.slice(0, 2), sha.slice(2, 4), sha);
    const old = (Date.now() - 3 * 86400 * 1000) / 1000;
    utimesSync(file, old, old);
    const sweep = spawnSync(join(dirname(KPCTL), 'kp-mailer'), ['--config', CONFIG, '--once'], { encoding: 'utf8', timeout: 60000 });
    assert.equal(sweep.status, 0, sweep.stderr);
    assert.ok(existsSync(file), 'the logo outlived the sweep');
    const rm = await post([['remove_logo', '1']]);
    assert.equal(rm.status, 303);
    assert.equal((await new Client().get('/site/logo')).status, 404);
    assert.equal(auditOf('settings.logo')[0].detail, 'removed');
    // Members cannot set one.
    const member = await demoClient(DEMO.member1);
    const csrf = /name="csrf" value="([^"]+)"/.exec((await member.get('/account')).text)[1];
    const m = await member.request('POST', '/admin/settings/logo', multipart([['csrf', csrf], { name: 'logo', filename: 'x.png', type: 'image/png', data: makePng(10, 10) }]));
    assert.equal(m.status, 404);
    await sleep(KP_SITE_NAME_TTL_MS);
  });

  test('the audit log page filters by actor, action and day', async () => {
    const all = await admin.client.get('/admin/audit');
    assert.equal(all.status, 200);
    const total = Number(sql('SELECT COUNT(*) FROM audit_log')[0][0]);
    assert.match(mainText(all.text), new RegExp(`Einträge: ${total}\\b`));
    const mine = Number(sql(`SELECT COUNT(*) FROM audit_log WHERE actor_id = ${admin.id}`)[0][0]);
    const byActor = await admin.client.get(`/admin/audit?actor=${encodeURIComponent('Sina Einstellung')}`);
    const others = Number(sql(`SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE u.name LIKE '%Sina Einstellung%' AND a.actor_id <> ${admin.id}`)[0][0]);
    assert.match(mainText(byActor.text), new RegExp(`Einträge: ${mine + others}\\b`));
    const settings = Number(sql("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'settings.%'")[0][0]);
    const byAction = await admin.client.get('/admin/audit?action=settings.');
    assert.match(mainText(byAction.text), new RegExp(`Einträge: ${settings}\\b`));
    assert.ok(byAction.text.includes('<code>settings.changed</code>'));
    const today = sql('SELECT DATE(UTC_TIMESTAMP())')[0][0];
    const todays = Number(sql('SELECT COUNT(*) FROM audit_log WHERE at >= UTC_DATE()')[0][0]);
    const byDay = await admin.client.get(`/admin/audit?from=${today}&to=${today}`);
    assert.match(mainText(byDay.text), new RegExp(`Einträge: ${todays}\\b`));
    const none = await admin.client.get('/admin/audit?from=2000-01-01&to=2000-01-02');
    assert.match(mainText(none.text), /Einträge: 0\b/);
    const bad = await admin.client.get('/admin/audit?from=gestern');
    assert.equal(bad.status, 200);
    assert.match(bad.text, /id="e-from"/);
  });
});
