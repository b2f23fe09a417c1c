-- The demo network's notifications (0004_forum.sql, 0005_groups.sql) are
-- its history, shown on the notifications pages, not news: kp-mailer
-- sends no mail about them.
UPDATE notifications SET mailed_at = created_at WHERE mailed_at IS NULL;
