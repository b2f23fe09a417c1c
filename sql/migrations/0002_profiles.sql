-- Profiles: what members tell each other about themselves, and the
-- admin-editable lists their filters use (fields of action, languages,
-- municipalities). Organisations and offers follow in their own migration.

CREATE TABLE fields_of_action (
  id          SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name_de     VARCHAR(80) NOT NULL,
  name_en     VARCHAR(80) NOT NULL,
  position    SMALLINT NOT NULL DEFAULT 0,
  -- Retired entries stay for old references but are offered no more.
  retired     TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY fields_of_action_name (name_de)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fields_of_action (name_de, name_en, position) VALUES
('Bildung', 'Education', 10),
('Arbeit und Ausbildung', 'Work and training', 20),
('Sprache', 'Language', 30),
('Wohnen', 'Housing', 40),
('Gesundheit', 'Health', 50),
('Soziales und Beratung', 'Social work and counselling', 60),
('Engagement und Ehrenamt', 'Volunteering', 70),
('Kinder, Jugend und Familie', 'Children, youth and family', 80),
('Aufenthalt und Recht', 'Residence and law', 90),
('Kultur, Sport und Freizeit', 'Culture, sport and leisure', 100);

-- Languages people speak and offers are held in (ISO 639-1 codes).
CREATE TABLE languages (
  code     CHAR(2) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  name_de  VARCHAR(40) NOT NULL,
  name_en  VARCHAR(40) NOT NULL,
  position SMALLINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO languages (code, name_de, name_en, position) VALUES
('de', 'Deutsch', 'German', 1), ('en', 'Englisch', 'English', 2),
('ar', 'Arabisch', 'Arabic', 3), ('fa', 'Persisch (Farsi/Dari)', 'Persian (Farsi/Dari)', 4),
('tr', 'Türkisch', 'Turkish', 5), ('ru', 'Russisch', 'Russian', 6),
('uk', 'Ukrainisch', 'Ukrainian', 7), ('ku', 'Kurdisch', 'Kurdish', 8),
('ps', 'Paschtu', 'Pashto', 9), ('ti', 'Tigrinya', 'Tigrinya', 10),
('so', 'Somali', 'Somali', 11), ('fr', 'Französisch', 'French', 12),
('es', 'Spanisch', 'Spanish', 13), ('pl', 'Polnisch', 'Polish', 14),
('ro', 'Rumänisch', 'Romanian', 15), ('bg', 'Bulgarisch', 'Bulgarian', 16),
('sq', 'Albanisch', 'Albanian', 17), ('sr', 'Serbisch', 'Serbian', 18),
('it', 'Italienisch', 'Italian', 19), ('vi', 'Vietnamesisch', 'Vietnamese', 20);

-- The county's municipalities (the demo county's; a county replaces them
-- through the admin pages).
CREATE TABLE municipalities (
  id        SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name      VARCHAR(80) NOT NULL,
  retired   TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY municipalities_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE profiles (
  user_id        INT UNSIGNED NOT NULL PRIMARY KEY,
  position       VARCHAR(120) NULL,       -- function / position
  municipality_id SMALLINT UNSIGNED NULL,
  phone          VARCHAR(40) NULL,
  phone_visible  TINYINT(1) NOT NULL DEFAULT 0,
  -- The account address, shown to members only when chosen.
  email_visible  TINYINT(1) NOT NULL DEFAULT 0,
  about          TEXT NULL,               -- Markdown: "Ich bin ansprechbar für ..."
  -- The photo re-encoded to at most 512x512 and a 96x96 thumbnail, both in
  -- the file store under their SHA-256, of the same type.
  photo_sha256   CHAR(64) CHARACTER SET ascii NULL,
  thumb_sha256   CHAR(64) CHARACTER SET ascii NULL,
  photo_mime     VARCHAR(40) CHARACTER SET ascii NULL,
  updated_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT profiles_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT profiles_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE profile_fields (
  user_id   INT UNSIGNED NOT NULL,
  field_id  SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (user_id, field_id),
  KEY profile_fields_field (field_id),
  CONSTRAINT profile_fields_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT profile_fields_field_fk FOREIGN KEY (field_id) REFERENCES fields_of_action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE profile_languages (
  user_id  INT UNSIGNED NOT NULL,
  lang     CHAR(2) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (user_id, lang),
  KEY profile_languages_lang (lang),
  CONSTRAINT profile_languages_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT profile_languages_lang_fk FOREIGN KEY (lang) REFERENCES languages (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
