// Reporting a document in a real browser (issues 6 and 8): a member of a
// group follows "Melden" on a document, sends the form empty (the error is
// announced and linked), then with a reason and sees the thanks; the
// group's moderator finds the report from the library and marks it
// resolved. axe-core checks every page on the way, in German and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, inviteUser } from '../e2e/lib.mjs';
import { createGroup, lit, sql, tag, userId } from '../e2e/forum-lib.mjs';
import { accessible, follow, launchBrowser, signedInPage } from './lib.mjs';

let browser;
const pageErrors = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('a member reports a document; the group moderator resolves it', { timeout: 180000 }, async (t) => {
  const word = tag('rp');
  const [uploader, member, mod] = await Promise.all([
    inviteUser({ name: `Uta Lader ${word}` }),
    inviteUser({ name: `Mia Melder ${word}` }),
    inviteUser({ name: `Moritz Moderation ${word}` }),
  ]);
  const g = createGroup({
    visibility: 'closed',
    name: `Meldegruppe ${word}`,
    members: [
      { id: userId(uploader.email), role: 'member' },
      { id: userId(member.email), role: 'member' },
      { id: userId(mod.email), role: 'moderator' },
    ],
  });
  const title = `Protokoll ${word}`;
  const rows = sql(`INSERT INTO documents (group_id, title, created_by, created_at, updated_at)
    VALUES (${g.id}, ${lit(title)}, ${userId(uploader.email)}, NOW(), NOW()); SELECT LAST_INSERT_ID();`);
  const doc = rows[rows.length - 1][0];
  const base = `/g/${g.slug}/docs`;

  for (const [locale, lang] of [['en-GB', 'en'], ['de-DE', 'de']]) {
    const page = await signedInPage(browser, locale, member.email, member.password, pageErrors);
    await page.goto(`${BASE}${base}/d/${doc}`);
    await follow(page, `main a[href="${base}/d/${doc}/report"]`);
    await accessible(t, page, `report form (${lang})`);
    await follow(page, 'form[action$="/report"] button[type="submit"]');
    assert.equal(await page.getAttribute('#f-reason', 'aria-invalid'), 'true');
    await accessible(t, page, `report form with an error (${lang})`);
    if (lang === 'de') {
      await page.fill('#f-reason', 'Das Protokoll nennt private Telefonnummern.');
      await follow(page, 'form[action$="/report"] button[type="submit"]');
      assert.equal(new URL(page.url()).pathname, `${base}/d/${doc}`);
      assert.match(await page.textContent('main'), /Vielen Dank für Ihre Meldung/);
      await accessible(t, page, 'document after the report (de)');
    }
    await page.context().close();
  }

  const page = await signedInPage(browser, 'de-DE', mod.email, mod.password, pageErrors);
  await page.goto(`${BASE}${base}`);
  await follow(page, `main a[href="${base}/reports"]`);
  await accessible(t, page, 'reported documents (de)');
  assert.match(await page.textContent('main'), /private Telefonnummern/);
  await follow(page, 'form[action$="/resolve"] button[type="submit"]');
  assert.match(await page.textContent('main'), /keine offenen Meldungen/);
  await accessible(t, page, 'reported documents, none open (de)');
  await page.context().close();
  assert.deepEqual(pageErrors, []);
});
