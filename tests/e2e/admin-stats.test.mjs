// The admin pages' statistics (issue 8): every number checked against a
// count the test makes itself from the rows, and against the change it
// causes (new topics and posts this month, a new member); the CSV holds
// the same monthly table; the charts are SVG with one bar per month.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, demoClient, inviteUser, mainText } from './lib.mjs';
import { createCategory, createGroup, modInsertPost, modInsertTopic, tag, userId } from './forum-lib.mjs';
import { adminClient, sql } from './admin-lib.mjs';

const num = (q) => Number(sql(q)[0][0]);
const thisMonth = () => sql("SELECT DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m')")[0][0];

function monthRow(html, month) {
  const m = new RegExp(`<tr id="month-${month}"><th scope="row">${month}</th>${'<td>(\\d+)</td>'.repeat(6)}</tr>`).exec(html);
  assert.ok(m, `row of ${month}`);
  return m.slice(1).map(Number);
}

function expectedMonth(month) {
  return [
    num(`SELECT COUNT(*) FROM users WHERE status IN ('active','suspended','deleted') AND DATE_FORMAT(created_at, '%Y-%m') = '${month}'`),
    num(`SELECT COUNT(*) FROM forum_topics WHERE deleted_at IS NULL AND DATE_FORMAT(created_at, '%Y-%m') = '${month}'`),
    num(`SELECT COUNT(*) FROM forum_posts WHERE deleted_at IS NULL AND DATE_FORMAT(created_at, '%Y-%m') = '${month}'`),
    num(`SELECT COUNT(*) FROM documents WHERE deleted_at IS NULL AND DATE_FORMAT(created_at, '%Y-%m') = '${month}'`),
    num(`SELECT COUNT(*) FROM event_occurrences o JOIN events e ON e.id = o.event_id WHERE o.cancelled = 0 AND e.cancelled_at IS NULL AND o.starts_at < UTC_TIMESTAMP() AND DATE_FORMAT(o.starts_at, '%Y-%m') = '${month}'`),
    num(`SELECT COUNT(*) FROM event_rsvps WHERE answer = 'yes' AND DATE_FORMAT(answered_at, '%Y-%m') = '${month}'`),
  ];
}

describe('admin: statistics', { concurrency: false }, () => {
  let admin;
  test('set-up', async () => {
    admin = await adminClient({ name: 'Stefan Statistik' });
  });

  test('members: total, new and active, as counted from the rows', async () => {
    const r = await admin.client.get('/admin/stats');
    assert.equal(r.status, 200);
    const stat = (id) => Number(new RegExp(`<dd id="stat-${id}">(\\d+)</dd>`).exec(r.text)[1]);
    assert.equal(stat('total'), num("SELECT COUNT(*) FROM users WHERE status = 'active'"));
    assert.equal(stat('new30'), num("SELECT COUNT(*) FROM users WHERE status = 'active' AND created_at >= UTC_TIMESTAMP() - INTERVAL 30 DAY"));
    assert.equal(stat('active30'), num("SELECT COUNT(*) FROM users WHERE status = 'active' AND last_login_at >= UTC_TIMESTAMP() - INTERVAL 30 DAY"));
    assert.equal(stat('active90'), num("SELECT COUNT(*) FROM users WHERE status = 'active' AND last_login_at >= UTC_TIMESTAMP() - INTERVAL 90 DAY"));
  });

  test('monthly table: each month as counted; new rows this month add up exactly', async () => {
    const month = thisMonth();
    const before = monthRow((await admin.client.get('/admin/stats')).text, month);
    assert.deepEqual(before, expectedMonth(month));
    // Three topics, two replies, one new member.
    const g = createGroup({ name: `Statistikgruppe ${tag('s')}` }).id;
    const cat = createCategory({ groupId: g, name: `Stat ${tag('c')}` });
    const t = modInsertTopic({ categoryId: cat, groupId: g });
    modInsertTopic({ categoryId: cat, groupId: g });
    modInsertTopic({ categoryId: cat, groupId: g });
    modInsertPost({ topicId: t.topicId });
    modInsertPost({ topicId: t.topicId });
    const newcomer = await inviteUser({ name: `Neu ${tag('n')}` });
    // A document, and an event an hour ago (held: two dates, one of them
    // cancelled) with the newcomer's yes.
    sql(`INSERT INTO documents (title, created_at, updated_at) VALUES ('Statistik ${tag('d')}', UTC_TIMESTAMP(), UTC_TIMESTAMP())`);
    sql(`INSERT INTO events (title, starts_at, ends_at, created_at, updated_at)
         VALUES ('Statistik ${tag('e')}', UTC_TIMESTAMP() - INTERVAL 1 HOUR, UTC_TIMESTAMP() - INTERVAL 30 MINUTE, UTC_TIMESTAMP(), UTC_TIMESTAMP());
         SET @e = LAST_INSERT_ID();
         INSERT INTO event_occurrences (event_id, local_date, starts_at, ends_at, cancelled)
         VALUES (@e, '2000-01-01', UTC_TIMESTAMP() - INTERVAL 1 HOUR, UTC_TIMESTAMP() - INTERVAL 30 MINUTE, 0),
                (@e, '2000-01-02', UTC_TIMESTAMP() - INTERVAL 1 HOUR, UTC_TIMESTAMP() - INTERVAL 30 MINUTE, 1);
         INSERT INTO event_rsvps (event_id, user_id, answer, waiting, answered_at) VALUES (@e, ${userId(newcomer.email)}, 'yes', 0, UTC_TIMESTAMP(6));`);
    const page = await admin.client.get('/admin/stats');
    const after = monthRow(page.text, month);
    assert.deepEqual(after, [before[0] + 1, before[1] + 3, before[2] + 5, before[3] + 1, before[4] + 1, before[5] + 1]);
    // Earlier months too (the table shows twelve).
    const months = [...page.text.matchAll(/<tr id="month-(\d{4}-\d{2})">/g)].map((m) => m[1]);
    assert.equal(months.length, 12);
    assert.equal(months[11], month);
    for (const m of months.slice(0, 11)) assert.deepEqual(monthRow(page.text, m), expectedMonth(m), m);
    // Six charts of twelve bars.
    assert.equal((page.text.match(/<figure class="chart">/g) || []).length, 6);
    assert.equal((page.text.match(/<rect /g) || []).length, 72);
    // The group with the most posts since the oldest month, as counted.
    const [[topName, topPosts]] = sql(`SELECT g.name, COUNT(*) FROM forum_posts p JOIN \`groups\` g ON g.id = p.group_id WHERE p.deleted_at IS NULL AND g.deleted_at IS NULL AND p.created_at >= '${months[0]}-01' GROUP BY g.id, g.name ORDER BY 2 DESC, g.name LIMIT 1`);
    assert.ok(mainText(page.text).includes(`${topName}: ${topPosts}`));
  });

  test('the CSV holds the same table', async () => {
    const page = await admin.client.get('/admin/stats');
    const csv = await admin.client.get('/admin/stats.csv');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    assert.equal(lines[0], 'month,members,topics,posts,documents,events,signups');
    assert.equal(lines.length, 13);
    for (const line of lines.slice(1)) {
      const [month, ...vals] = line.split(',');
      assert.deepEqual(vals.map(Number), monthRow(page.text, month));
    }
  });

  test('fields of action ranked by posts in categories of that field', async () => {
    const field = num("SELECT id FROM fields_of_action WHERE name_de = 'Wohnen'");
    const cat = createCategory({ name: `Wohnungsmarkt ${tag('w')}` });
    sql(`UPDATE forum_categories SET field_id = ${field} WHERE id = ${cat}`);
    const { topicId } = modInsertTopic({ categoryId: cat });
    modInsertPost({ topicId });
    const since = sql("SELECT DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL 11 MONTH, '%Y-%m-01')")[0][0];
    const expected = num(`SELECT COUNT(*) FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id JOIN forum_categories c ON c.id = t.category_id WHERE c.field_id = ${field} AND p.deleted_at IS NULL AND p.created_at >= '${since}'`);
    const page = await admin.client.get('/admin/stats');
    assert.ok(mainText(page.text).includes(`Wohnen: ${expected}`));
  });

  test('members and moderators find no statistics', async () => {
    assert.equal((await (await demoClient(DEMO.member1)).get('/admin/stats')).status, 404);
    assert.equal((await (await demoClient(DEMO.moderator)).get('/admin/stats.csv')).status, 404);
  });
});
