// The coordinators' desk in a real browser: a new admin sets up the second
// factor (the QR page; the code computed here from the key shown for
// typing), keeps the recovery codes, approves a registration that waits,
// and the new member signs in. Then every admin page, the legal pages and
// the 2FA pages in both languages, and axe-core on each (WCAG 2.1 A/AA,
// 1280 px and 375 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, registerUser, waitForMail } from '../e2e/lib.mjs';
import { lit, newStaff, nowStep, sql, totp } from '../e2e/admin-lib.mjs';
import { accessible, follow, launchBrowser, signedInPage } from './lib.mjs';

let browser;
const pageErrors = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const path = (page) => new URL(page.url()).pathname;

test('an admin sets up the second factor, approves a registration, the new member signs in', { timeout: 240000 }, async (t) => {
  const staff = await newStaff({ name: 'Birgit Koordination' });
  const reg = await registerUser({ name: 'Nadia Neu', approve: false });
  const id = Number(sql(`SELECT id FROM users WHERE email = ${lit(reg.email)}`)[0][0]);
  const admin = await signedInPage(browser, 'de-DE', staff.email, staff.password, pageErrors);
  let secret;

  await t.test('the admin link leads to the set-up of the second factor', async (st) => {
    await admin.goto(`${BASE}/account`);
    await follow(admin, 'nav a[href="/admin"]');
    assert.equal(path(admin), '/admin/2fa/setup');
    assert.ok(await admin.isVisible('figure.qr svg'));
    await accessible(st, admin, '2FA set-up (de)');
    secret = (await admin.textContent('#secret')).replace(/\s/g, '');
    await admin.fill('#f-code', '000000');
    await follow(admin, 'form[action="/admin/2fa/setup"] button[type="submit"]');
    assert.match(await admin.textContent('#e-code'), /stimmt nicht/);
    await accessible(st, admin, '2FA set-up with an error (de)');
    await admin.fill('#f-code', totp(secret, nowStep()));
    await follow(admin, 'form[action="/admin/2fa/setup"] button[type="submit"]');
    assert.equal((await admin.locator('.recovery-codes li').count()), 10);
    await accessible(st, admin, 'recovery codes (de)');
    await follow(admin, 'main a[href="/admin"]');
    assert.equal(path(admin), '/admin');
    await accessible(st, admin, 'admin overview (de)');
  });

  await t.test('the admin approves the waiting registration', async (st) => {
    await follow(admin, '.admin-nav a[href="/admin/users/pending"]');
    await accessible(st, admin, 'pending registrations (de)');
    await follow(admin, `form[action="/admin/users/${id}/approve"] button`);
    assert.equal(path(admin), '/admin/users/pending');
    assert.match(await admin.textContent('.flash'), /freigeschaltet/);
    assert.equal(await admin.locator(`#pending-${id}`).count(), 0);
    await accessible(st, admin, 'pending registrations after approval (de)');
  });

  await t.test('the new member gets the mail and signs in', async () => {
    const mail = await waitForMail(reg.email);
    assert.equal(mail.subject, 'Ihr Konto ist freigeschaltet');
    const member = await signedInPage(browser, 'de-DE', reg.email, reg.password, pageErrors);
    assert.notEqual(path(member), '/login');
    await member.goto(`${BASE}/admin`);
    assert.equal(await member.title().then((x) => /nicht gefunden|Not found/i.test(x)), true, 'members find no admin pages');
    await member.context().close();
  });

  await t.test('every admin page passes axe, in German and English, wide and narrow', async (st) => {
    const pages = ['/admin', '/admin/users', `/admin/users/${id}`, '/admin/users/pending', '/admin/users/invite', '/admin/reports', '/admin/orgs', '/admin/groups', '/admin/stats', '/admin/content/fields', '/admin/content/types', '/admin/settings', '/admin/legal/barrierefreiheit', '/admin/audit', '/impressum', '/barrierefreiheit'];
    for (const width of [1280, 375]) {
      await admin.setViewportSize({ width, height: 900 });
      for (const p of pages) {
        await admin.goto(`${BASE}${p}`);
        assert.equal(path(admin), p);
        await accessible(st, admin, `${p} (de, ${width} px)`);
      }
    }
    await admin.setViewportSize({ width: 1280, height: 900 });
    // Error states: a bad invitation list, bad settings, a bad audit filter.
    await admin.goto(`${BASE}/admin/users/invite`);
    await admin.fill('#f-emails', 'keine-adresse');
    await follow(admin, 'form[action="/admin/users/invite"] button[type="submit"]');
    await accessible(st, admin, 'invite with an error (de)');
    await admin.goto(`${BASE}/admin/audit?from=gestern`);
    await accessible(st, admin, 'audit log with an error (de)');
    const en = await signedInPage(browser, 'en-GB', staff.email, staff.password, pageErrors);
    await en.goto(`${BASE}/admin`);
    assert.equal(path(en), '/admin/2fa/verify');
    await accessible(st, en, '2FA verification (en)');
    await en.fill('#f-code', totp(secret, nowStep() + 1));
    await follow(en, 'form[action="/admin/2fa/verify"] button[type="submit"]');
    assert.equal(path(en), '/admin');
    for (const p of ['/admin', '/admin/users', '/admin/settings', '/admin/audit', '/admin/users/pending', '/admin/reports', '/admin/content/types', '/admin/stats']) {
      await en.goto(`${BASE}${p}`);
      await accessible(st, en, `${p} (en)`);
    }
    await en.context().close();
  });

  assert.deepEqual(pageErrors, []);
});
