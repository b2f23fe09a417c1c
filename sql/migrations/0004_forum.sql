-- Forums, for the whole network and for each group, and what they need
-- from the groups, notifications and reports that later issues build on.
--
-- Every content row carries group_id (NULL: the network's own forum, read
-- by every signed-in member). Topics and posts repeat their category's
-- group_id so that access (cgi/core/access.h) and search can filter them
-- without a join; moving a topic never crosses from one group to another.
--
-- Scale: a topic page and a category page stay indexed range reads with a
-- million posts. The counts and "last post" fields of categories and topics
-- are kept up to date in the transaction that changes them; no page counts
-- rows to show them.

-- Working groups. Issue 5 (group workspaces) adds what a workspace needs;
-- the forum needs to know who may read and moderate.
--   open:    every member sees the group and its content
--   closed:  every member sees that it exists and who is in it; only its
--            members see the content
--   private: invisible to everybody but its members (404 everywhere)
-- An archived group is read-only.
CREATE TABLE `groups` (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug         VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name         VARCHAR(120) NOT NULL,
  description  TEXT NULL,
  visibility   ENUM('open','closed','private') NOT NULL DEFAULT 'open',
  archived_at  DATETIME NULL,
  created_by   INT UNSIGNED NULL,
  created_at   DATETIME NOT NULL,
  updated_at   DATETIME NOT NULL,
  deleted_at   DATETIME NULL,
  UNIQUE KEY groups_slug (slug),
  CONSTRAINT groups_creator_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only state 'active' grants anything; invited and requested are on the way.
CREATE TABLE group_members (
  group_id    INT UNSIGNED NOT NULL,
  user_id     INT UNSIGNED NOT NULL,
  role        ENUM('member','moderator','owner') NOT NULL DEFAULT 'member',
  state       ENUM('active','invited','requested') NOT NULL DEFAULT 'active',
  created_at  DATETIME NOT NULL,
  PRIMARY KEY (group_id, user_id),
  KEY group_members_user (user_id, state),
  CONSTRAINT group_members_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE,
  CONSTRAINT group_members_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Categories: defined by the coordinators for the network's forum, by a
-- group's owners for the group's forum. Content, so in one language.
CREATE TABLE forum_categories (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  group_id        INT UNSIGNED NULL,
  name            VARCHAR(120) NOT NULL,
  description     TEXT NULL,
  field_id        SMALLINT UNSIGNED NULL,
  position        SMALLINT NOT NULL DEFAULT 0,
  topic_count     INT UNSIGNED NOT NULL DEFAULT 0,
  post_count      INT UNSIGNED NOT NULL DEFAULT 0,
  last_post_id    INT UNSIGNED NULL,
  last_post_at    DATETIME NULL,
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  -- A retired category keeps its topics readable and takes no new ones.
  retired         TINYINT(1) NOT NULL DEFAULT 0,
  KEY forum_categories_group (group_id, position),
  CONSTRAINT forum_categories_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE,
  CONSTRAINT forum_categories_field_fk FOREIGN KEY (field_id) REFERENCES fields_of_action (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- post_count counts every post of the topic, deleted and hidden ones too:
-- they keep their place in the thread (shown as deleted or hidden), so a
-- post's page is fixed by its position. Replies are post_count - 1.
CREATE TABLE forum_topics (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  category_id     INT UNSIGNED NOT NULL,
  group_id        INT UNSIGNED NULL,
  title           VARCHAR(200) NOT NULL,
  created_by      INT UNSIGNED NULL,
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  post_count      INT UNSIGNED NOT NULL DEFAULT 0,
  first_post_id   INT UNSIGNED NULL,
  last_post_id    INT UNSIGNED NULL,
  last_post_at    DATETIME NOT NULL,
  last_poster_id  INT UNSIGNED NULL,
  pinned          TINYINT(1) NOT NULL DEFAULT 0,
  locked          TINYINT(1) NOT NULL DEFAULT 0,
  -- A topic whose first post its author deleted stays (with its replies);
  -- only a moderator's hiding of every post takes a topic out of sight.
  deleted_at      DATETIME NULL,
  -- The category page: pinned first, then by last activity.
  KEY forum_topics_list (category_id, pinned, last_post_at, id),
  KEY forum_topics_group (group_id),
  FULLTEXT KEY forum_topics_title (title),
  CONSTRAINT forum_topics_category_fk FOREIGN KEY (category_id) REFERENCES forum_categories (id),
  CONSTRAINT forum_topics_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE,
  CONSTRAINT forum_topics_creator_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT forum_topics_poster_fk FOREIGN KEY (last_poster_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A post's page in its topic: 1 + (posts of the topic with a smaller id) / 25,
-- an index range count on forum_posts_topic.
CREATE TABLE forum_posts (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  topic_id        INT UNSIGNED NOT NULL,
  group_id        INT UNSIGNED NULL,
  created_by      INT UNSIGNED NULL,
  created_at      DATETIME NOT NULL,
  body            MEDIUMTEXT NOT NULL,
  -- Set by an edit of the author; revisions hold the earlier texts.
  edited_at       DATETIME NULL,
  revision_count  SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  -- Deleted by its author (soft: the thread shows "deleted").
  deleted_at      DATETIME NULL,
  -- Hidden by a moderator, with the reason the thread shows; restorable.
  hidden_at       DATETIME NULL,
  hidden_by       INT UNSIGNED NULL,
  hidden_reason   VARCHAR(500) NULL,
  KEY forum_posts_topic (topic_id, id),
  KEY forum_posts_author (created_by, id),
  KEY forum_posts_group (group_id),
  FULLTEXT KEY forum_posts_body (body),
  CONSTRAINT forum_posts_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
  CONSTRAINT forum_posts_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE,
  CONSTRAINT forum_posts_author_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT forum_posts_hider_fk FOREIGN KEY (hidden_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The earlier texts of an edited post, one row per edit: the text as it
-- was before that edit (and the topic's title, when the first post's edit
-- changed it). The current text is the post's own.
CREATE TABLE forum_revisions (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id     INT UNSIGNED NOT NULL,
  body        MEDIUMTEXT NOT NULL,
  title       VARCHAR(200) NULL,
  created_by  INT UNSIGNED NULL,
  -- When this text was written (the post's creation or the edit before).
  created_at  DATETIME NOT NULL,
  KEY forum_revisions_post (post_id, id),
  CONSTRAINT forum_revisions_post_fk FOREIGN KEY (post_id) REFERENCES forum_posts (id) ON DELETE CASCADE,
  CONSTRAINT forum_revisions_author_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How far a member has read a topic: unread when the topic's last post is
-- newer. A topic never opened counts as unread only if its last post came
-- after the member joined (users.created_at).
CREATE TABLE forum_reads (
  user_id       INT UNSIGNED NOT NULL,
  topic_id      INT UNSIGNED NOT NULL,
  last_post_id  INT UNSIGNED NOT NULL,
  PRIMARY KEY (user_id, topic_id),
  CONSTRAINT forum_reads_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT forum_reads_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_topic_watches (
  user_id     INT UNSIGNED NOT NULL,
  topic_id    INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  PRIMARY KEY (user_id, topic_id),
  KEY forum_topic_watches_topic (topic_id),
  CONSTRAINT forum_topic_watches_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT forum_topic_watches_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_category_watches (
  user_id      INT UNSIGNED NOT NULL,
  category_id  INT UNSIGNED NOT NULL,
  created_at   DATETIME NOT NULL,
  PRIMARY KEY (user_id, category_id),
  KEY forum_category_watches_category (category_id),
  CONSTRAINT forum_category_watches_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT forum_category_watches_category_fk FOREIGN KEY (category_id) REFERENCES forum_categories (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notifications for a member: written where something happens (a reply
-- in a watched topic, a mention, ...), delivered by the notifications page
-- and the mail digests of a later issue. kind: 'forum_reply',
-- 'forum_topic' (new topic in a watched category), 'forum_mention'; later
-- issues add their own kinds. A row is written only for someone who may
-- read what it points to at that moment; the page checks access again.
CREATE TABLE notifications (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     INT UNSIGNED NOT NULL,
  kind        VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  actor_id    INT UNSIGNED NULL,
  group_id    INT UNSIGNED NULL,
  topic_id    INT UNSIGNED NULL,
  post_id     INT UNSIGNED NULL,
  created_at  DATETIME NOT NULL,
  read_at     DATETIME NULL,
  KEY notifications_user (user_id, read_at, id),
  CONSTRAINT notifications_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT notifications_actor_fk FOREIGN KEY (actor_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT notifications_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reports of content by members, for the moderators of where it is
-- (group_id) and, later, the admin pages. kind 'forum_post' for now.
CREATE TABLE reports (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  content_id   INT UNSIGNED NOT NULL,
  group_id     INT UNSIGNED NULL,
  reporter_id  INT UNSIGNED NULL,
  reason       VARCHAR(1000) NOT NULL,
  created_at   DATETIME NOT NULL,
  resolved_at  DATETIME NULL,
  resolved_by  INT UNSIGNED NULL,
  KEY reports_open (resolved_at, group_id, id),
  KEY reports_content (kind, content_id),
  CONSTRAINT reports_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE,
  CONSTRAINT reports_reporter_fk FOREIGN KEY (reporter_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT reports_resolver_fk FOREIGN KEY (resolved_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time form tokens: a form that creates something carries a random
-- token; the handler records it in the transaction that creates the row,
-- so a second submission of the same form (a double click, a reload)
-- finds it taken and is sent to what the first one created. Only the
-- SHA-256 is kept; kp-mailer prunes rows older than a day.
CREATE TABLE form_once (
  user_id     INT UNSIGNED NOT NULL,
  token_hash  BINARY(32) NOT NULL,
  created_at  DATETIME NOT NULL,
  -- Where the first submission led (a local path).
  result      VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (user_id, token_hash),
  KEY form_once_at (created_at),
  CONSTRAINT form_once_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
