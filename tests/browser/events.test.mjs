// Events in a real browser: an organiser (German) creates a repeating
// event with two places and a waiting list; three colleagues (one in
// English) sign up until the waiting list starts; one of them cancels, and
// the first on the waiting list moves up and sees it. The organiser
// cancels one date of the series, reads the attendee list, and every page
// on the way — the list, the month view, the form with its messages, the
// event, the attendee list, the account's calendar section and the feed's
// address — passes axe-core, at 1280 px and at 375 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, inviteUser } from '../e2e/lib.mjs';
import { lit, sql, tag } from '../e2e/forum-lib.mjs';
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
const rsvp = (answer) => `form[action$="/rsvp"] button[value="${answer}"]`;

test('a repeating event fills up, the waiting list moves up when someone cancels', { timeout: 240000 }, async (t) => {
  const word = tag('ev');
  const title = `Sprachcafé ${word}`;
  const [orgUser, u1, u2, u3] = await Promise.all([
    inviteUser({ name: `Organisatorin ${word}` }),
    inviteUser({ name: `Erste ${word}` }),
    inviteUser({ name: `Zweiter ${word}` }),
    inviteUser({ name: `Third ${word}` }),
  ]);
  // The account's language decides the page's (the invitation form takes
  // the browser's): the third colleague reads English.
  sql(`UPDATE users SET lang = 'en' WHERE email = ${lit(u3.email)}`);
  const org = await signedInPage(browser, 'de-DE', orgUser.email, orgUser.password, pageErrors);
  let eventPath;

  await t.test('the organiser creates a weekly event with two places', async (st) => {
    await org.goto(`${BASE}/events`);
    await accessible(st, org, 'events list (de)');
    await follow(org, 'main a[href="/events/new"]');
    await accessible(st, org, 'new event form (de)');
    // First with a date that does not exist: the message, at the field.
    await org.fill('[name="title"]', title);
    await org.fill('[name="start_date"]', '2027-03-28');
    await org.fill('[name="start_time"]', '02:30');
    await org.fill('[name="end_time"]', '04:00');
    await follow(org, 'form[action="/events/new"] button[type="submit"]');
    assert.match(await org.textContent('#e-start_time'), /Sommerzeit/);
    assert.equal(await org.inputValue('[name="title"]'), title, 'the input is kept');
    await accessible(st, org, 'new event form with a message (de)');
    await org.fill('[name="start_date"]', '2031-04-01');
    await org.fill('[name="start_time"]', '18:00');
    await org.fill('[name="end_time"]', '20:00');
    await org.selectOption('[name="repeat"]', 'weekly');
    await org.fill('[name="count"]', '6');
    await org.fill('[name="capacity"]', '2');
    await org.check('#f-show_attendees');
    await follow(org, 'form[action="/events/new"] button[type="submit"]');
    eventPath = path(org);
    assert.match(eventPath, /^\/events\/\d+$/);
    assert.equal((await org.textContent('h1')).trim(), title);
    await accessible(st, org, 'the new event (de)');
  });

  const people = [];
  await t.test('three colleagues sign up: two get a place, the third the waiting list', async (st) => {
    for (const [u, locale] of [[u1, 'de-DE'], [u2, 'de-DE'], [u3, 'en-GB']]) {
      const p = await signedInPage(browser, locale, u.email, u.password, pageErrors);
      await p.goto(`${BASE}${eventPath}`);
      await follow(p, rsvp('yes'));
      people.push(p);
    }
    assert.match(await people[0].textContent('.rsvp-mine'), /Zusage/);
    assert.match(await people[2].textContent('.rsvp-mine'), /Waiting list/);
    assert.match(await people[2].textContent('[role="status"]'), /waiting list/);
    await accessible(st, people[2], 'the event on the waiting list (en)');
    // Who else is coming: the organiser allowed it.
    await people[0].goto(`${BASE}${eventPath}`);
    assert.match(await people[0].textContent('main'), new RegExp(`Zweiter ${word}`));
  });

  await t.test('one cancels, the first on the waiting list moves up', async (st) => {
    await follow(people[0], rsvp('no'));
    assert.match(await people[0].textContent('.rsvp-mine'), /Absage/);
    await people[2].goto(`${BASE}${eventPath}`);
    assert.match(await people[2].textContent('.rsvp-mine'), /Yes/);
    await accessible(st, people[2], 'the event after moving up (en)');
  });

  await t.test('the organiser cancels one date and reads the attendee list', async (st) => {
    await org.goto(`${BASE}${eventPath}`);
    await follow(org, 'form[action$="/dates/2031-04-08/cancel"] button');
    assert.match(await org.textContent('.event-dates'), /abgesagt/);
    await accessible(st, org, 'the event with a cancelled date (de)');
    await follow(org, `main a[href="${eventPath}/attendees"]`);
    const text = await org.textContent('main');
    assert.match(text, new RegExp(`Erste ${word}.*Absage|Absage.*Erste ${word}`, 's'));
    await accessible(st, org, 'attendee list (de)');
    await org.goto(`${BASE}/events?month=2031-04`);
    assert.ok(await org.isVisible(`main a[href="${eventPath}"]`));
    await accessible(st, org, 'month view (de)');
    await org.setViewportSize({ width: 375, height: 800 });
    await accessible(st, org, 'month view (de, 375 px)');
    await org.goto(`${BASE}${eventPath}`);
    await accessible(st, org, 'the event (de, 375 px)');
    await org.setViewportSize({ width: 1280, height: 900 });
  });

  await t.test('the calendar feed from the account page', async (st) => {
    await org.goto(`${BASE}/account`);
    await accessible(st, org, 'account with the calendar section (de)');
    await follow(org, 'form[action="/events/feed/renew"] button');
    const url = await org.inputValue('#f-feed');
    assert.match(url, /\/events\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    await accessible(st, org, 'the feed address (de)');
    const ics = await (await fetch(url)).text();
    assert.ok(ics.includes(`SUMMARY:Sprachcafé ${word}`));
  });

  assert.deepEqual(pageErrors, []);
});
