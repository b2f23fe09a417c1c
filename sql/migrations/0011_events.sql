-- Events (issue 7, the events program): the network's calendar and the
-- groups' events, sign-ups with capacity and a waiting list, and the
-- personal calendar feed.
--
-- Times are UTC (DATETIME, the programs set time_zone = '+00:00'); the
-- program presents and parses them in Europe/Berlin. An all-day event
-- keeps its dates as dates too (all_day = 1: start_date .. end_date, both
-- included), its starts_at / ends_at being the local midnights around
-- them, so that lists sort and filter all events by one column.
--
-- group_id NULL: an event of the network, seen by every signed-in member;
-- else the group's visibility decides (cgi/core/access.h).
CREATE TABLE events (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  group_id        INT UNSIGNED NULL,
  title           VARCHAR(200) NOT NULL,
  description     TEXT NULL,               -- Markdown
  all_day         TINYINT(1) NOT NULL DEFAULT 0,
  -- The first occurrence.
  starts_at       DATETIME NOT NULL,
  ends_at         DATETIME NOT NULL,
  start_date      DATE NULL,               -- all-day events only
  end_date        DATE NULL,
  place           VARCHAR(300) NULL,       -- an address, as people write it
  municipality_id SMALLINT UNSIGNED NULL,
  online_url      VARCHAR(500) NULL,       -- http or https only
  org_id          INT UNSIGNED NULL,       -- the organiser organisation
  field_id        SMALLINT UNSIGNED NULL,  -- field of action
  capacity        INT UNSIGNED NULL,       -- seats for "yes"; NULL: no limit
  signup_deadline DATETIME NULL,
  -- Full: 1 puts further "yes" answers on the waiting list, 0 refuses them.
  waitlist        TINYINT(1) NOT NULL DEFAULT 1,
  -- Those who signed up see who else is coming.
  show_attendees  TINYINT(1) NOT NULL DEFAULT 0,
  -- Repetition: every repeat_interval weeks, or every repeat_interval
  -- months on the weekday and week of the month of the first occurrence;
  -- it ends on repeat_until (a local date, included) or after
  -- repeat_count occurrences, exactly one of the two.
  repeat_freq     ENUM('none','weekly','monthly') NOT NULL DEFAULT 'none',
  repeat_interval TINYINT UNSIGNED NOT NULL DEFAULT 1,
  repeat_until    DATE NULL,
  repeat_count    SMALLINT UNSIGNED NULL,
  -- iCalendar SEQUENCE: one up with every change calendars must take over.
  sequence        INT UNSIGNED NOT NULL DEFAULT 0,
  cancelled_at    DATETIME NULL,
  created_by      INT UNSIGNED NULL,
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  KEY events_group (group_id),
  KEY events_org (org_id),
  CONSTRAINT events_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE,
  CONSTRAINT events_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
  CONSTRAINT events_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE SET NULL,
  CONSTRAINT events_field_fk FOREIGN KEY (field_id) REFERENCES fields_of_action (id),
  CONSTRAINT events_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every occurrence of an event (one row for a single event), written by the
-- program from the event's rule whenever it is saved, so that lists, the
-- month view and the group's home page read a range of one index.
-- local_date (the occurrence's date in Europe/Berlin) names an occurrence
-- across edits: a cancelled date stays cancelled when the time changes.
CREATE TABLE event_occurrences (
  event_id    INT UNSIGNED NOT NULL,
  local_date  DATE NOT NULL,
  starts_at   DATETIME NOT NULL,
  ends_at     DATETIME NOT NULL,
  cancelled   TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, local_date),
  KEY event_occurrences_starts (starts_at, event_id),
  KEY event_occurrences_ends (ends_at, event_id),
  CONSTRAINT event_occurrences_event_fk FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Answers to an event (the whole series: the Arbeitskreis is attended, not
-- each of its evenings). A "yes" takes a seat, or a place on the waiting
-- list (waiting = 1) when the event is full; answered_at orders the
-- waiting list (the first to ask moves up first).
CREATE TABLE event_rsvps (
  event_id     INT UNSIGNED NOT NULL,
  user_id      INT UNSIGNED NOT NULL,
  answer       ENUM('yes','maybe','no') NOT NULL,
  waiting      TINYINT(1) NOT NULL DEFAULT 0,
  answered_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (event_id, user_id),
  KEY event_rsvps_user (user_id),
  KEY event_rsvps_waiting (event_id, answer, waiting, answered_at),
  CONSTRAINT event_rsvps_event_fk FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
  CONSTRAINT event_rsvps_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The personal calendar feed: /events/feed/<token>.ics. Only the token's
-- SHA-256 is kept (hex); renewing replaces it, revoking deletes the row.
CREATE TABLE event_feeds (
  user_id     INT UNSIGNED NOT NULL PRIMARY KEY,
  token_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at  DATETIME NOT NULL,
  UNIQUE KEY event_feeds_token (token_hash),
  CONSTRAINT event_feeds_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notifications about an event: 'event_changed', 'event_cancelled',
-- 'event_date_cancelled' (one occurrence) for those who answered yes or
-- maybe, and 'event_moved_up' for who moved up from the waiting list.
ALTER TABLE notifications
  ADD COLUMN event_id INT UNSIGNED NULL AFTER post_id,
  ADD CONSTRAINT notifications_event_fk FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE;
