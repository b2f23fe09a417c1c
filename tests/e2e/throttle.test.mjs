// Sign-in throttling (Auth.ThrottleAccount = 5 failures per window; the test
// stack runs with KP_THROTTLE_WINDOW=5 seconds) and identical answers for
// unknown, wrong, unconfirmed, pending and suspended.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client,
  DEMO,
  DEMO_PASSWORD,
  configNumber,
  inviteUser,
  mainText,
  newPassword,
  normalisePage,
  show,
  sleep,
  uniqueEmail,
  waitForMail,
} from './lib.mjs';

const WINDOW = configNumber('ThrottleWindow', Number(process.env.KP_THROTTLE_WINDOW || 5));
const LIMIT = configNumber('ThrottleAccount', 5);

// The two per-account blocks wait out a window each: they run side by side
// (different accounts; their failures stay far below the per-address limit).
describe('per account', { concurrency: true }, () => {
  // Failed sign-ins of the test files before this one (same address) must
  // have left the window, or the per-address limit (20 in the test stack)
  // blocks the other account these tests sign in with.
  before(() => sleep((WINDOW + 1) * 1000));

  test('10 wrong passwords: 429 from the 6th, the right one refused during the block, works after it', async (t) => {
    const u = await inviteUser({ name: 'Gebremst Werden' });
    const c = new Client();
    const statuses = [];
    let retryAfter;

    await t.test('every attempt is answered; 422 for the first five, 429 from the sixth', async () => {
      // The address in different spellings still counts for one account.
      const spellings = [u.email, u.email.toUpperCase(), ` ${u.email} `];
      for (let i = 0; i < 10; i++) {
        const r = await c.login(spellings[i % 3], `Falsch-Passwort-${i}`);
        statuses.push(r.status);
        if (r.status === 429) {
          retryAfter = r.headers.get('retry-after');
          assert.match(retryAfter || '', /^\d+$/, 'Retry-After in seconds');
          assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= WINDOW, `Retry-After ${retryAfter} within the window`);
          assert.match(mainText(r.text), /zu viele Versuche/i);
        }
      }
      assert.ok(LIMIT <= 5, `Auth.ThrottleAccount ${LIMIT}: blocked from the 6th attempt at the latest`);
      assert.deepEqual(statuses.slice(0, LIMIT), Array(LIMIT).fill(422), `statuses ${statuses}`);
      assert.deepEqual(statuses.slice(LIMIT), Array(10 - LIMIT).fill(429), `statuses ${statuses}`);
    });

    await t.test('the right password during the block: still 429, no session', async () => {
      const r = await c.login(u.email, u.password);
      assert.equal(r.status, 429, show(r));
      assert.ok(!c.session);
      assert.ok(r.headers.get('retry-after'));
    });

    await t.test('the block is per account: another account signs in meanwhile', async () => {
      const r = await new Client().login(DEMO.moderator, DEMO_PASSWORD);
      assert.equal(r.status, 303, show(r));
    });

    await t.test('after the window the right password works', async () => {
      await sleep((WINDOW + 1.2) * 1000);
      const r = await c.login(u.email, u.password);
      assert.equal(r.status, 303, show(r));
      assert.ok(c.session);
    });

    await t.test('a success clears the count: the next wrong password is a 422 again', async () => {
      const r = await new Client().login(u.email, 'Wieder-Falsch-1');
      assert.equal(r.status, 422, show(r));
    });
  });

  test('the current password in the settings counts towards the same throttle', async () => {
    const u = await inviteUser({ name: 'Einstellungen Bremse' });
    const next = newPassword();
    for (let i = 0; i < LIMIT; i++) {
      const r = await u.client.submit('/account', '/account/password', { current_password: `Falsch-${i}-xxxxx`, password: next, password2: next });
      assert.equal(r.status, 422, show(r));
      assert.match(r.text, /Das Passwort ist nicht richtig/);
    }
    const blocked = await u.client.submit('/account', '/account/password', { current_password: u.password, password: next, password2: next });
    assert.equal(blocked.status, 422);
    assert.match(blocked.text, /zu viele Versuche/i, 'throttled, even with the right password');
    assert.equal((await new Client().login(u.email, u.password)).status, 429, 'sign-in is throttled too');
    await sleep((WINDOW + 1.2) * 1000);
    const ok = await u.client.submit('/account', '/account/password', { current_password: u.password, password: next, password2: next });
    assert.equal(ok.status, 303, show(ok));
  });
});

test('unknown, wrong password, unconfirmed, pending, suspended, malformed: identical answers', async () => {
  // An account that registered but never confirmed.
  const unconfirmed = uniqueEmail('unconf');
  const pw = newPassword();
  const reg = await new Client().submit('/register', '/register', { name: 'Nie Bestätigt', email: unconfirmed, password: pw, password2: pw });
  assert.equal(reg.status, 200);
  await waitForMail(unconfirmed);

  const cases = {
    unknown: [uniqueEmail('nobody'), DEMO_PASSWORD],
    wrong: [DEMO.moderator, 'Falsches-Passwort-9'],
    unconfirmed: [unconfirmed, pw],
    pending: [DEMO.pending, DEMO_PASSWORD],
    suspended: [DEMO.suspended, DEMO_PASSWORD],
    malformed: ['kein-at-zeichen', DEMO_PASSWORD],
  };
  const pages = {};
  for (const [label, [email, password]] of Object.entries(cases)) {
    const c = new Client();
    const r = await c.login(email, password);
    assert.equal(r.status, 422, `${label}: ${show(r)}`);
    assert.ok(!c.session, `${label}: no session`);
    pages[label] = normalisePage(r.text);
  }
  for (const label of Object.keys(cases)) assert.equal(pages[label], pages.unknown, `${label} looks like unknown`);
});

test('no timing tell: an unknown address costs a password check too', async () => {
  const time = async (email, password) => {
    const c = new Client();
    const csrf = await c.csrf('/login');
    const t0 = process.hrtime.bigint();
    const r = await c.post('/login', { csrf, email, password });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.equal(r.status, 422);
    return ms;
  };
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const known = await inviteUser({ name: 'Zeit Messung' });
  const unknown = [];
  const wrong = [];
  for (let i = 0; i < 4; i++) {
    unknown.push(await time(uniqueEmail('timing'), 'Irgendein-Passwort'));
    wrong.push(await time(known.email, `Falsch-${i}-Passwort`));
  }
  const u = median(unknown);
  const w = median(wrong);
  // yescrypt costs tens of milliseconds; a lookup without it a few.
  assert.ok(u > w * 0.4, `unknown ${u.toFixed(1)} ms vs wrong password ${w.toFixed(1)} ms`);
});

test('per address: many failures from one address block sign-in from it for a while', async (t) => {
  const limit = configNumber('ThrottleAddress', 50);
  // The failures must land inside one window: spread over a few parallel
  // connections, each costs one password check.
  const c = new Client();
  const csrf = await c.csrf('/login');
  const t0 = Date.now();
  let sent = 0;
  const worker = async () => {
    while (sent < limit) {
      sent++;
      const r = await c.post('/login', { csrf, email: uniqueEmail('spray'), password: 'Falsch-Falsch-Falsch' });
      assert.ok([422, 429].includes(r.status), `attempt answered: ${r.status}`);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  const elapsed = (Date.now() - t0) / 1000;
  // The test stack's limit (KP_THROTTLE_ADDRESS in scripts/test.sh) is low
  // enough to be reached well inside one window.
  assert.ok(elapsed < WINDOW - 0.5, `${limit} failures took ${elapsed.toFixed(1)} s, longer than the ${WINDOW} s window: lower KP_THROTTLE_ADDRESS`);
  t.diagnostic(`${limit} failures in ${elapsed.toFixed(1)} s`);
  const r = await new Client().login(DEMO.member1, DEMO_PASSWORD);
  assert.equal(r.status, 429, `after ${limit} failures from this address in ${elapsed.toFixed(1)} s: ${show(r)}`);
  assert.ok(r.headers.get('retry-after'));
  await sleep((WINDOW + 1.2) * 1000);
  const ok = await new Client().login(DEMO.member1, DEMO_PASSWORD);
  assert.equal(ok.status, 303, `after the window: ${show(ok)}`);
});
