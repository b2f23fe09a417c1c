-- A category's deep pages at the size of a large network (100,000 topics,
-- a category of 20,000): the list's index did not hold deleted_at, so to
-- skip the topics of the pages before, the database read each of those
-- rows only to see that it was not deleted — page 200 read 5000 rows for
-- 25. With deleted_at in the key (always NULL for what the list shows),
-- the list's WHERE and ORDER BY are one backward range of this index, the
-- skipped entries never touch a row, and the page's 25 rows are read by id
-- (cgi/forum/read_sql.c, READ_TOPICS). The foreign key on category_id is
-- served by the new key's first column.

ALTER TABLE forum_topics
  DROP KEY forum_topics_list,
  ADD KEY forum_topics_list (category_id, deleted_at, pinned, last_post_at, id);
