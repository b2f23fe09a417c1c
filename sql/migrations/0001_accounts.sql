-- Accounts, sessions, one-time tokens, sign-in attempts, the mail queue
-- and the audit log: what the account program and libkp need.
-- All times are UTC (the programs set time_zone = '+00:00').
-- E-mail addresses are compared byte for byte (utf8mb4_bin): the programs
-- store them lower-cased and ASCII-only, and a case- and accent-blind
-- collation would make "mémber@knötenpunkt.test" the same account as
-- "member@knotenpunkt.test".

CREATE TABLE users (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email          VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name           VARCHAR(100) NOT NULL,
  password_hash  VARCHAR(128) NULL,
  role           ENUM('member','moderator','admin') NOT NULL DEFAULT 'member',
  -- unverified: registered, e-mail not confirmed; pending: waits for an
  -- admin; suspended: may not sign in; deleted: kept as a tombstone.
  status         ENUM('unverified','pending','active','suspended','deleted') NOT NULL,
  lang           CHAR(2) NOT NULL DEFAULT 'de',
  pending_email  VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  approved_at    DATETIME NULL,
  approved_by    INT UNSIGNED NULL,
  last_login_at  DATETIME NULL,
  UNIQUE KEY users_email (email),
  KEY users_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sessions (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash    BINARY(32) NOT NULL,
  user_id       INT UNSIGNED NOT NULL,
  created_at    DATETIME NOT NULL,
  last_seen_at  DATETIME NOT NULL,
  ip            VARCHAR(45) NOT NULL,
  user_agent    VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY sessions_token (token_hash),
  KEY sessions_user (user_id),
  CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Links sent by mail. Only the SHA-256 of a token is stored.
CREATE TABLE tokens (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash  BINARY(32) NOT NULL,
  kind        ENUM('verify','email','reset','invite') NOT NULL,
  user_id     INT UNSIGNED NULL,
  email       VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  created_by  INT UNSIGNED NULL,
  created_at  DATETIME NOT NULL,
  expires_at  DATETIME NOT NULL,
  used_at     DATETIME NULL,
  -- A registration's details travel with its confirmation link and are
  -- applied only when that link is confirmed: whoever registers an address
  -- first cannot choose the password its owner will sign in with.
  name           VARCHAR(100) NULL,
  password_hash  VARCHAR(128) NULL,
  UNIQUE KEY tokens_hash (token_hash),
  KEY tokens_user (user_id, kind),
  CONSTRAINT tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only a keyed hash of the typed address is kept (people type passwords
-- into the wrong field), and only as long as throttling needs it.
CREATE TABLE login_attempts (
  id      BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  ip      VARCHAR(45) NOT NULL,
  at      DATETIME(6) NOT NULL,
  result  ENUM('ok','fail','throttled') NOT NULL,
  KEY login_attempts_email (email, at),
  KEY login_attempts_ip (ip, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_queue (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  to_addr          VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  subject          VARCHAR(255) NOT NULL,
  body             MEDIUMTEXT NOT NULL,
  created_at       DATETIME NOT NULL,
  next_attempt_at  DATETIME NOT NULL,
  attempts         INT UNSIGNED NOT NULL DEFAULT 0,
  sent_at          DATETIME NULL,
  failed_at        DATETIME NULL,
  last_error       VARCHAR(255) NULL,
  KEY mail_queue_due (sent_at, failed_at, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at         DATETIME NOT NULL,
  actor_id   INT UNSIGNED NULL,
  ip         VARCHAR(45) NULL,
  action     VARCHAR(64) NOT NULL,
  target_id  INT UNSIGNED NULL,
  detail     VARCHAR(255) NULL,
  KEY audit_log_at (at),
  KEY audit_log_target (target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "Send me a reset link" requests. The web form only records the request,
-- the same one row whatever the address, so its answer takes as long for
-- an unknown address as for a member's; kp-mailer decides whether a link
-- goes out.
CREATE TABLE mail_requests (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind        ENUM('reset') NOT NULL,
  email       VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  created_at  DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
