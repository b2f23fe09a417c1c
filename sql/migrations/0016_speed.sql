-- The start page's "new documents": the newest rows not in the bin, read
-- along this index until five readable ones are found (without it, every
-- document was read and sorted: 50,000 in the benchmark's network).
ALTER TABLE documents ADD KEY IF NOT EXISTS documents_new (deleted_at, created_at);

-- A group's topics by last activity: the newest topic of each group on the
-- start page and the group's home page, and the start page's count of
-- topics with something unread (all of them are active since the member
-- joined), read as a range instead of every topic of the group.
ALTER TABLE forum_topics ADD KEY IF NOT EXISTS forum_topics_group_active (group_id, deleted_at, last_post_at);
