// /account's notification section (cgi/account/notify_prefs.c): per type
// in the app only, at once, daily or weekly (defaults from
// cgi/core/notify.c until the member chooses), muting own groups; bad
// input gets a message and changes nothing; CSRF.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { inviteUsers, mainText, show } from './lib.mjs';
import { createGroup, sql, userId } from './forum-lib.mjs';

let ann;
before(async () => {
  [ann] = await inviteUsers(1, { name: 'Einstellung' });
  ann.id = userId(ann.email);
});

const prefs = () => Object.fromEntries(sql(`SELECT type, delivery FROM notification_prefs WHERE user_id = ${ann.id}`));
const mutes = () => sql(`SELECT group_id FROM group_mutes WHERE user_id = ${ann.id} ORDER BY group_id`).map((r) => Number(r[0]));
const all = { type_mention: 'instant', type_reply: 'daily', type_topic: 'daily', type_group: 'instant', type_events: 'instant', type_documents: 'daily' };

test('defaults shown until chosen; a choice per type and muted groups are saved', async () => {
  const page = await ann.client.get('/account');
  assert.equal(page.status, 200);
  assert.match(page.text, /id="sec-notifications"/);
  assert.match(page.text, /name="type_mention" value="instant" checked/);
  assert.match(page.text, /name="type_reply" value="daily" checked/);
  assert.deepEqual(prefs(), {});
  const g1 = createGroup({ members: [{ id: ann.id }] });
  const g2 = createGroup({ members: [{ id: ann.id }] });
  const other = createGroup({});
  const r = await ann.client.submit('/account', '/account/notifications', [
    ...Object.entries({ ...all, type_reply: 'weekly', type_topic: 'app' }),
    ['mute', String(g1.id)],
    ['mute', String(other.id)], // not a member: not muted
  ]);
  assert.equal(r.status, 303, show(r));
  assert.deepEqual(prefs(), { mention: 'instant', reply: 'weekly', topic: 'app', group: 'instant', events: 'instant', documents: 'daily' });
  assert.deepEqual(mutes(), [g1.id]);
  const after = await ann.client.get('/account');
  assert.match(after.text, /name="type_reply" value="weekly" checked/);
  assert.match(after.text, new RegExp(`name="mute" value="${g1.id}" checked`));
  assert.match(after.text, new RegExp(`name="mute" value="${g2.id}">`));
  assert.match(mainText(after.text), /Ihre Einstellungen für Benachrichtigungen sind gespeichert/);
  // Unmuting: the box left empty.
  await ann.client.submit('/account', '/account/notifications', Object.entries(all));
  assert.deepEqual(mutes(), []);
});

test('bad input: a message, nothing changed; CSRF', async () => {
  await ann.client.submit('/account', '/account/notifications', Object.entries(all));
  const before1 = prefs();
  for (const fields of [
    { ...all, type_reply: 'hourly' },
    { type_mention: 'instant' }, // the other types missing
    { ...all, mute: 'abc' },
  ]) {
    const r = await ann.client.submit('/account', '/account/notifications', Object.entries(fields));
    assert.equal(r.status, 422, JSON.stringify(fields));
    assert.match(mainText(r.text), /Bitte wählen Sie für jede Art genau eine/);
    assert.deepEqual(prefs(), before1);
  }
  const kept = await ann.client.submit('/account', '/account/notifications', Object.entries({ ...all, type_topic: 'weekly', type_reply: 'x' }));
  assert.match(kept.text, /name="type_topic" value="weekly" checked/, 'what was sent stays chosen');
  const dup = await ann.client.submit('/account', '/account/notifications', [...Object.entries(all), ['type_reply', 'app']]);
  assert.equal(dup.status, 400);
  const noToken = await ann.client.post('/account/notifications', all);
  assert.equal(noToken.status, 403);
  assert.deepEqual(prefs(), before1);
});
