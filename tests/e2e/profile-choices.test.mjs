// The same choice sent twice (or as "01" and "1") is one choice: stored
// once, and never a server error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inviteUser } from './lib.mjs';
import { formState, ownId, postProfile } from './people-lib.mjs';

test('repeated field-of-action and language choices are stored once', async () => {
  const u = await inviteUser({ name: 'Doppel Wahl' });
  const id = await ownId(u.client);
  const r = await postProfile(u.client, id, { field: ['1', '1', '01', '2'], language: ['de', 'de', 'ar'] });
  assert.equal(r.status, 303, r.text.slice(0, 300));
  const s = await formState(u.client, id);
  assert.deepEqual(s.fields.sort(), ['1', '2']);
  assert.deepEqual(s.languages.sort(), ['ar', 'de']);
});
