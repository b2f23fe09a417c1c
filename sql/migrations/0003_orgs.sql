-- Organisations (the network's actors), the members who are their contact
-- persons, and their offers. An organisation and its offers outlive the
-- people who come and go: offers belong to the organisation, the contact
-- person of an offer is optional and falls back to the organisation.

-- Types of organisation, admin-editable like the fields of action.
CREATE TABLE org_types (
  id        SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name_de   VARCHAR(80) NOT NULL,
  name_en   VARCHAR(80) NOT NULL,
  position  SMALLINT NOT NULL DEFAULT 0,
  retired   TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY org_types_name (name_de)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO org_types (name_de, name_en, position) VALUES
('Verwaltung', 'Public administration', 10),
('Wohlfahrtsverband', 'Welfare association', 20),
('Beratungsstelle', 'Counselling service', 30),
('Verein', 'Club or association', 40),
('Religionsgemeinschaft', 'Religious community', 50),
('Unternehmen', 'Company', 60),
('Bildungsträger', 'Education provider', 70),
('Ehrenamtsinitiative', 'Volunteer initiative', 80),
('Sonstige', 'Other', 90);

-- Whom an offer is for, admin-editable.
CREATE TABLE target_groups (
  id        SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name_de   VARCHAR(80) NOT NULL,
  name_en   VARCHAR(80) NOT NULL,
  position  SMALLINT NOT NULL DEFAULT 0,
  retired   TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY target_groups_name (name_de)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO target_groups (name_de, name_en, position) VALUES
('Geflüchtete', 'Refugees', 10),
('Zugewanderte allgemein', 'Migrants in general', 20),
('Frauen', 'Women', 30),
('Kinder', 'Children', 40),
('Jugendliche und junge Erwachsene', 'Young people', 50),
('Familien und Eltern', 'Families and parents', 60),
('Ältere Menschen', 'Older people', 70),
('Menschen mit Behinderung', 'People with disabilities', 80),
('Arbeitsuchende', 'Jobseekers', 90),
('Fachkräfte und Studierende', 'Skilled workers and students', 100),
('Ehrenamtliche', 'Volunteers', 110),
('Fachleute und Institutionen', 'Professionals and institutions', 120);

CREATE TABLE orgs (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name            VARCHAR(160) NOT NULL,
  type_id         SMALLINT UNSIGNED NOT NULL,
  street          VARCHAR(120) NULL,
  postcode        VARCHAR(10) NULL,
  city            VARCHAR(80) NULL,
  municipality_id SMALLINT UNSIGNED NULL,
  website         VARCHAR(255) NULL,     -- http or https only
  phone           VARCHAR(40) NULL,
  email           VARCHAR(254) NULL,     -- a functional address, not a person's
  description     TEXT NULL,             -- Markdown
  -- The logo re-encoded to fit 400x400, in the file store, and its type.
  logo_sha256     CHAR(64) CHARACTER SET ascii NULL,
  logo_mime       VARCHAR(40) CHARACTER SET ascii NULL,
  -- Created by any member, unverified until a site admin confirms it.
  verified_at     DATETIME NULL,
  verified_by     INT UNSIGNED NULL,
  -- The editors' choice to list it in the public /directory (shown there
  -- only once verified).
  public          TINYINT(1) NOT NULL DEFAULT 0,
  created_by      INT UNSIGNED NULL,
  created_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  -- Soft deletion: the row stays for the audit trail and an undo.
  deleted_at      DATETIME NULL,
  KEY orgs_name (name),
  KEY orgs_type (type_id),
  KEY orgs_municipality (municipality_id),
  CONSTRAINT orgs_type_fk FOREIGN KEY (type_id) REFERENCES org_types (id),
  CONSTRAINT orgs_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
  CONSTRAINT orgs_verified_by_fk FOREIGN KEY (verified_by) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT orgs_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_fields (
  org_id    INT UNSIGNED NOT NULL,
  field_id  SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (org_id, field_id),
  KEY org_fields_field (field_id),
  CONSTRAINT org_fields_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE,
  CONSTRAINT org_fields_field_fk FOREIGN KEY (field_id) REFERENCES fields_of_action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The members who belong to an organisation: its contact persons, in the
-- order the editors chose, each with a role there ("Leitung",
-- "Migrationsberatung"); editors maintain the organisation and its offers.
CREATE TABLE org_members (
  org_id    INT UNSIGNED NOT NULL,
  user_id   INT UNSIGNED NOT NULL,
  role      VARCHAR(120) NULL,
  position  SMALLINT NOT NULL DEFAULT 0,
  editor    TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, user_id),
  KEY org_members_user (user_id),
  CONSTRAINT org_members_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE,
  CONSTRAINT org_members_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE offers (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_id          INT UNSIGNED NOT NULL,
  title           VARCHAR(160) NOT NULL,
  description     TEXT NULL,             -- Markdown
  field_id        SMALLINT UNSIGNED NOT NULL,
  place           VARCHAR(200) NULL,     -- address or "online", "bei Ihnen zu Hause"
  municipality_id SMALLINT UNSIGNED NULL,
  costs           VARCHAR(200) NULL,     -- "kostenlos", "5 € pro Termin"
  -- Accessibility of the place: step-free access unknown, yes, partly, no;
  -- details in plain words.
  step_free       ENUM('unknown', 'yes', 'partly', 'no') NOT NULL DEFAULT 'unknown',
  accessibility   VARCHAR(300) NULL,
  -- A member of the organisation (shown to members only) and the role the
  -- editors publish for the offer ("Migrationsberatung"): the public
  -- directory shows the role and the organisation's contact details,
  -- never the person.
  contact_user_id INT UNSIGNED NULL,
  contact_role    VARCHAR(120) NULL,
  -- Confirmed as current on this day; after 12 months the offer is shown
  -- as possibly outdated and the editors are reminded once (reminded_at).
  checked_on      DATE NOT NULL,
  reminded_at     DATETIME NULL,
  public          TINYINT(1) NOT NULL DEFAULT 0,
  created_by      INT UNSIGNED NULL,
  created_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  deleted_at      DATETIME NULL,
  KEY offers_org (org_id),
  KEY offers_field (field_id),
  KEY offers_municipality (municipality_id),
  KEY offers_checked (checked_on),
  CONSTRAINT offers_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE,
  CONSTRAINT offers_field_fk FOREIGN KEY (field_id) REFERENCES fields_of_action (id),
  CONSTRAINT offers_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
  CONSTRAINT offers_contact_fk FOREIGN KEY (contact_user_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT offers_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE offer_target_groups (
  offer_id  INT UNSIGNED NOT NULL,
  target_group_id SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (offer_id, target_group_id),
  KEY offer_target_groups_group (target_group_id),
  CONSTRAINT offer_target_groups_offer_fk FOREIGN KEY (offer_id) REFERENCES offers (id) ON DELETE CASCADE,
  CONSTRAINT offer_target_groups_group_fk FOREIGN KEY (target_group_id) REFERENCES target_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE offer_languages (
  offer_id  INT UNSIGNED NOT NULL,
  lang      CHAR(2) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (offer_id, lang),
  KEY offer_languages_lang (lang),
  CONSTRAINT offer_languages_offer_fk FOREIGN KEY (offer_id) REFERENCES offers (id) ON DELETE CASCADE,
  CONSTRAINT offer_languages_lang_fk FOREIGN KEY (lang) REFERENCES languages (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
