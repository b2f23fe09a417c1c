-- The home program (/, /notifications, /search) and kp-mailer's
-- notification mails: per-type delivery preferences, muted groups, what
-- was mailed, the digests sent, and full-text indexes for the search over
-- everything a member may read.

-- How a member wants a type of notification (cgi/core/notify.h names the
-- types and their defaults; no row: the default). app: only on the
-- notifications page; instant: a mail at once; daily / weekly: in one
-- digest mail per period.
CREATE TABLE notification_prefs (
  user_id     INT UNSIGNED NOT NULL,
  type        VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  delivery    ENUM('app','instant','daily','weekly') NOT NULL,
  updated_at  DATETIME NOT NULL,
  PRIMARY KEY (user_id, type),
  CONSTRAINT notification_prefs_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A muted group: its notifications still reach the notifications page,
-- but never a mail.
CREATE TABLE group_mutes (
  user_id     INT UNSIGNED NOT NULL,
  group_id    INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  PRIMARY KEY (user_id, group_id),
  CONSTRAINT group_mutes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT group_mutes_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- mailed_at: the notification was handled by kp-mailer (sent at once, put
-- into a digest, or left out because the member chose the app only, muted
-- the group or lost access). digest: it waits for the member's daily or
-- weekly digest (mailed_at still NULL). A mailer takes rows with the rows
-- locked (FOR UPDATE SKIP LOCKED) and sets these in the same transaction
-- as it queues the mail, so two mailers at once never mail a row twice.
-- notifications_mail: the rows still to look at, oldest first, and each
-- digest's waiting rows. Rows written before this migration are history,
-- not news: they are marked handled.
ALTER TABLE notifications
  ADD COLUMN mailed_at DATETIME NULL,
  ADD COLUMN digest ENUM('daily','weekly') NULL,
  ADD KEY notifications_mail (mailed_at, digest, id);
UPDATE notifications SET mailed_at = created_at;

-- One digest per member and period: the row is taken (INSERT) in the
-- transaction that queues the mail; a second mailer at the same time
-- finds the key taken and sends nothing.
CREATE TABLE notification_digests (
  user_id     INT UNSIGNED NOT NULL,
  period      ENUM('daily','weekly') NOT NULL,
  period_start DATE NOT NULL,
  created_at  DATETIME NOT NULL,
  PRIMARY KEY (user_id, period, period_start),
  CONSTRAINT notification_digests_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Full-text search (/search). InnoDB builds one FULLTEXT index per ALTER.
-- The forum's topics and posts have theirs since 0004_forum.sql.
ALTER TABLE `groups` ADD FULLTEXT KEY groups_text (name, description);
ALTER TABLE orgs ADD FULLTEXT KEY orgs_text (name, description);
ALTER TABLE offers ADD FULLTEXT KEY offers_text (title, description);
ALTER TABLE users ADD FULLTEXT KEY users_name_text (name);
ALTER TABLE profiles ADD FULLTEXT KEY profiles_text (position, about);

-- Notification mails carry an HTML part beside the plain text, and a
-- one-click unsubscribe link (List-Unsubscribe, RFC 8058) for their type.
-- NULL for every other mail (sign-in links, invitations, reminders).
ALTER TABLE mail_queue
  ADD COLUMN html MEDIUMTEXT NULL AFTER body,
  ADD COLUMN unsubscribe VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER html;
