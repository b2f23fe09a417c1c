-- The admin program (issue 8): the second factor of admins and
-- moderators, the legal pages, the site settings it edits, and an audit
-- log the application can only append to.

-- A session counts as verified for the admin pages once its owner gave a
-- TOTP or recovery code in it (cgi/admin/twofa.c); a new session (every
-- sign-in makes one) starts unverified.
ALTER TABLE sessions ADD COLUMN second_factor_at DATETIME NULL;

-- One TOTP secret per user (RFC 6238, 30 s steps, 6 digits): the base32
-- text the authenticator app shows, sealed with AES-256-GCM under a key
-- derived from Site.Secret ("v1." + base64url; cgi/admin/twofa.c), so a
-- copy of the database holds no usable secret. confirmed_at NULL: set up but no code
-- given yet (the set-up page shows the same secret again until then).
-- last_step: the time step of the last code accepted; a code of that step
-- or an earlier one is refused, so an observed code cannot be replayed.
CREATE TABLE user_totp (
  user_id       INT UNSIGNED NOT NULL PRIMARY KEY,
  secret        VARCHAR(160) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at    DATETIME NOT NULL,
  confirmed_at  DATETIME NULL,
  last_step     BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT user_totp_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Recovery codes: shown once, only their SHA-256 (hex) kept, each used once.
CREATE TABLE user_recovery_codes (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id    INT UNSIGNED NOT NULL,
  code_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  used_at    DATETIME NULL,
  UNIQUE KEY user_recovery_codes_code (user_id, code_hash),
  CONSTRAINT user_recovery_codes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The pages a German public body must publish, as Markdown: impressum,
-- datenschutz, barrierefreiheit. Longer than a site_settings value.
CREATE TABLE legal_pages (
  slug        VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  body        MEDIUMTEXT NOT NULL,
  updated_at  DATETIME NOT NULL,
  updated_by  INT UNSIGNED NULL,
  CONSTRAINT legal_pages_user_fk FOREIGN KEY (updated_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO legal_pages (slug, body, updated_at) VALUES
  ('impressum', '', NOW()), ('datenschutz', '', NOW()), ('barrierefreiheit', '', NOW());

-- registration: 'open' (anyone registers, an admin approves) or 'invite'
-- (only by invitation). contact: the coordination office's address, also
-- the feedback contact of the accessibility statement.
INSERT INTO site_settings (name, value, updated_at) VALUES
  ('registration', 'open', NOW()), ('contact', '', NOW());

-- "Enter as admin" (cgi/admin/groups.c, cgi/core/access.c): a site admin
-- reads one group's content — a private one's too — in one session for an
-- hour, read-only, after an explicit and audited step. Ends with the
-- session or the group.
CREATE TABLE admin_group_entries (
  session_id  BIGINT UNSIGNED NOT NULL,
  group_id    INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  expires_at  DATETIME NOT NULL,
  PRIMARY KEY (session_id, group_id),
  KEY admin_group_entries_group (group_id),
  CONSTRAINT admin_group_entries_session_fk FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE,
  CONSTRAINT admin_group_entries_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit log filters by who and what, newest first.
ALTER TABLE audit_log ADD KEY audit_log_actor (actor_id, at), ADD KEY audit_log_action (action, at);

-- Append-only for the application: the application's user (SELECT,
-- INSERT, UPDATE, DELETE on the schema) could otherwise rewrite history.
-- MariaDB cannot revoke one table's rights from a schema-wide grant, so the
-- rows refuse to change instead; kp_app holds no TRIGGER right to drop
-- these. Only the migrate user (an operator) can.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
