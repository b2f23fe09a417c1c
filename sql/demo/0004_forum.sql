-- The demo network's forums: four working groups and their members, the
-- categories of the network's forum and of each group, and some eight
-- months of conversation among the people of 0002_profiles.sql about the
-- organisations of 0003_orgs.sql. Every name, address, link and phone
-- number here is invented; links go to .example hosts.
--
-- kpctl load-demo sends this file as one script after 0001 to 0003 on an
-- empty database. As there, rows go through staging tables keyed by names:
-- people by the part of their e-mail address before the "@" ("member1",
-- "katharina.klein"; the demo accounts are @knotenpunkt.test, everybody
-- else @demo.knotenpunkt.test), groups by slug, categories by name within
-- their forum, topics by a short key; never by a guessed id. The checks at
-- the end make the load fail when a name did not resolve or the data breaks
-- a rule the program keeps.
--
-- Times: a post is written DAY days ago at the time of day AT; with DAY 0,
-- AT is how long ago instead ("01:20" is an hour and twenty minutes before
-- the load), so the newest posts read "vor 2 Stunden" whenever the demo is
-- loaded. Posts are inserted in the order of their times, so ids follow
-- time as they do when people write them. The counts and "last post"
-- fields of topics and categories are not written by hand: they are
-- computed from the rows at the end, the way the program's recounts do.
--
-- What the demo shows:
--  - Groups: "Arbeitskreis Sprache" (open; owner member1, member2 a
--    member, one request to join pending), "Koordinierungsgruppe
--    Integration" (closed; owner admin, moderator@ its moderator, member1
--    a member), "Steuerungsrunde Landkreis" (private; admin, moderator@ and
--    member1 are in it, member2 is not and cannot know it exists),
--    "Projektteam Willkommenspaten" (open, archived: read-only; member2 a
--    member).
--  - The network's forum: twelve categories and a retired one, 50 topics;
--    the groups' forums: 10 topics. One thread of 28 posts (two pages).
--  - Two pinned topics (the welcome topic and the meeting dates), a locked
--    topic, a post edited twice and two edited once (one of them a first
--    post whose edit changed the topic's title), with their revisions, a
--    post deleted by its author, a post hidden by a moderator with the
--    reason, quotes, mentions, two open reports (one in the network's
--    forum, one in the Arbeitskreis) and a resolved one, a post by the
--    suspended ehemalig@ from before he left, posts in English by members
--    whose language is English.
--  - Everybody watches the topics they wrote in (as the program does);
--    admin, moderator@, member1 and member2 also watch a category or a
--    topic, have read some topics to their end and some only part of the
--    way, and have the notifications the program would have written for
--    them (the older ones read).

CREATE TEMPORARY TABLE demo_people (
  who  VARCHAR(60) NOT NULL PRIMARY KEY,
  id   INT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  SELECT SUBSTRING_INDEX(email, '@', 1) AS who, id FROM users
  WHERE email LIKE '%@knotenpunkt.test' OR email LIKE '%@demo.knotenpunkt.test';

CREATE TEMPORARY TABLE demo_groups (
  slug         VARCHAR(40) NOT NULL PRIMARY KEY,
  name         VARCHAR(120) NOT NULL,
  visibility   VARCHAR(10) NOT NULL,
  creator      VARCHAR(60) NOT NULL,
  age          SMALLINT NOT NULL,      -- created this many days ago
  archived     SMALLINT NULL,          -- archived this many days ago
  description  TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_group_members (
  slug   VARCHAR(40) NOT NULL,
  who    VARCHAR(60) NOT NULL,
  role   VARCHAR(10) NOT NULL,
  state  VARCHAR(10) NOT NULL,
  age    SMALLINT NOT NULL,            -- joined (or asked to) this many days ago
  PRIMARY KEY (slug, who)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_categories (
  grp          VARCHAR(40) NULL,       -- slug; NULL: the network's forum
  name         VARCHAR(120) NOT NULL,
  field        VARCHAR(80) NULL,       -- a field of action's German name
  position     SMALLINT NOT NULL,
  retired      TINYINT NOT NULL,
  age          SMALLINT NOT NULL,
  description  TEXT NOT NULL,
  UNIQUE KEY (grp, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_topics (
  k         CHAR(3) NOT NULL PRIMARY KEY,
  grp       VARCHAR(40) NULL,
  category  VARCHAR(120) NOT NULL,
  title     VARCHAR(200) NOT NULL UNIQUE,
  pinned    TINYINT NOT NULL DEFAULT 0,
  locked    TINYINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_posts (
  k     CHAR(3) NOT NULL,
  n     TINYINT NOT NULL,              -- place in the thread, 1 = first post
  who   VARCHAR(60) NOT NULL,
  day   SMALLINT NOT NULL,
  at    TIME NOT NULL,
  body  TEXT NOT NULL,
  t     DATETIME NULL,                 -- computed below
  PRIMARY KEY (k, n)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened to a post later: an edit by its author (text: the body
-- before that edit; title: the topic's title before it, when the edit of a
-- first post changed it), a deletion by its author, a moderator hiding it
-- (who, text: the reason).
CREATE TEMPORARY TABLE demo_marks (
  k      CHAR(3) NOT NULL,
  n      TINYINT NOT NULL,
  what   VARCHAR(10) NOT NULL,
  who    VARCHAR(60) NOT NULL,
  day    SMALLINT NOT NULL,
  at     TIME NOT NULL,
  text   TEXT NULL,
  title  VARCHAR(200) NULL,
  t      DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_reports (
  k         CHAR(3) NOT NULL,
  n         TINYINT NOT NULL,
  who       VARCHAR(60) NOT NULL,
  day       SMALLINT NOT NULL,
  at        TIME NOT NULL,
  reason    VARCHAR(1000) NOT NULL,
  resolver  VARCHAR(60) NULL,
  rday      SMALLINT NULL,
  rat       TIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who is named with @ in a post (the program finds them in the text).
CREATE TEMPORARY TABLE demo_mentions (
  k    CHAR(3) NOT NULL,
  n    TINYINT NOT NULL,
  who  VARCHAR(60) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Watches besides the topics one wrote in: k a topic key, or category a
-- category of the network's forum.
CREATE TEMPORARY TABLE demo_watches (
  who       VARCHAR(60) NOT NULL,
  k         CHAR(3) NULL,
  category  VARCHAR(120) NULL,
  day       SMALLINT NOT NULL,
  at        TIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------
-- Groups

INSERT INTO demo_groups (slug, name, visibility, creator, age, archived, description) VALUES
('arbeitskreis-sprache', 'Arbeitskreis Sprache', 'open', 'member1', 180, NULL,
 'Die Träger der Sprachkurse im Landkreis und alle, die mit Sprachförderung zu tun haben: **Kursplanung, Wartelisten, Material**. Alle Mitglieder des Netzwerks können mitlesen; wer mitschreiben möchte, tritt der Gruppe bei.'),
('koordinierungsgruppe-integration', 'Koordinierungsgruppe Integration', 'closed', 'admin', 230, NULL,
 'Die Integrationsbeauftragten der Gemeinden, die Migrationsberatungen und die Behörden stimmen sich hier ab. Die Beiträge lesen nur die Mitglieder der Gruppe.'),
('steuerungsrunde-landkreis', 'Steuerungsrunde Landkreis', 'private', 'admin', 220, NULL,
 'Vorbereitung der Steuerungsrunde: Haushalt, Förderung und Vorlagen für die Ausschüsse des Kreistags. Vertraulich.'),
('projektteam-willkommenspaten', 'Projektteam Willkommenspaten', 'open', 'zainab.meier', 140, 25,
 'Das Projekt hat Patenschaften für neu zugezogene Familien im Raum Friedland und Bovenden vermittelt. Es ist abgeschlossen; die Patenschaften laufen beim Asylkreis Friedland weiter.');

INSERT INTO demo_group_members (slug, who, role, state, age) VALUES
('arbeitskreis-sprache', 'member1', 'owner', 'active', 180),
('arbeitskreis-sprache', 'jonas.nazari', 'moderator', 'active', 180),
('arbeitskreis-sprache', 'miriam.lange', 'member', 'active', 178),
('arbeitskreis-sprache', 'zainab.bondarenko', 'member', 'active', 178),
('arbeitskreis-sprache', 'thomas.krueger', 'member', 'active', 175),
('arbeitskreis-sprache', 'reza.kovalenko', 'member', 'active', 175),
('arbeitskreis-sprache', 'monika.rahimi', 'member', 'active', 170),
('arbeitskreis-sprache', 'olena.haddad', 'member', 'active', 170),
('arbeitskreis-sprache', 'elif.hoffmann', 'member', 'active', 165),
('arbeitskreis-sprache', 'ines.rahimi', 'member', 'active', 160),
('arbeitskreis-sprache', 'peter.kovalenko', 'member', 'active', 120),
('arbeitskreis-sprache', 'member2', 'member', 'active', 115),
('arbeitskreis-sprache', 'martin.schmidt', 'member', 'requested', 3),
('koordinierungsgruppe-integration', 'admin', 'owner', 'active', 230),
('koordinierungsgruppe-integration', 'moderator', 'moderator', 'active', 230),
('koordinierungsgruppe-integration', 'claudia.braun', 'member', 'active', 230),
('koordinierungsgruppe-integration', 'abdullahi.werner', 'member', 'active', 229),
('koordinierungsgruppe-integration', 'khaled.kaya', 'member', 'active', 229),
('koordinierungsgruppe-integration', 'christina.bondarenko', 'member', 'active', 229),
('koordinierungsgruppe-integration', 'zainab.bondarenko', 'member', 'active', 228),
('koordinierungsgruppe-integration', 'member1', 'member', 'active', 190),
('koordinierungsgruppe-integration', 'petra.jaber', 'member', 'active', 165),
('steuerungsrunde-landkreis', 'admin', 'owner', 'active', 220),
('steuerungsrunde-landkreis', 'claudia.braun', 'moderator', 'active', 220),
('steuerungsrunde-landkreis', 'moderator', 'member', 'active', 220),
('steuerungsrunde-landkreis', 'zainab.bondarenko', 'member', 'active', 220),
('steuerungsrunde-landkreis', 'julia.shevchenko', 'member', 'active', 220),
('steuerungsrunde-landkreis', 'reza.schwarz', 'member', 'active', 219),
('steuerungsrunde-landkreis', 'petra.jaber', 'member', 'active', 165),
('steuerungsrunde-landkreis', 'member1', 'member', 'active', 150),
('steuerungsrunde-landkreis', 'katharina.klein', 'member', 'active', 120),
('projektteam-willkommenspaten', 'zainab.meier', 'owner', 'active', 140),
('projektteam-willkommenspaten', 'sebastian.mueller', 'moderator', 'active', 140),
('projektteam-willkommenspaten', 'kerstin.neumann', 'member', 'active', 139),
('projektteam-willkommenspaten', 'thomas.krueger', 'member', 'active', 138),
('projektteam-willkommenspaten', 'abdullahi.schwarz', 'member', 'active', 135),
('projektteam-willkommenspaten', 'member2', 'member', 'active', 90);

-- ---------------------------------------------------------------------------
-- Categories

INSERT INTO demo_categories (grp, name, field, position, retired, age, description) VALUES
(NULL, 'Ankommen und Orientierung', 'Soziales und Beratung', 10, 0, 240,
 'Die ersten Wochen im Landkreis: Anmeldung, Behördenwege, Willkommenspakete und wer wofür zuständig ist.'),
(NULL, 'Sprache und Sprachkurse', 'Sprache', 20, 0, 240,
 'Integrations- und Berufssprachkurse, Wartezeiten, Sprachcafés und Sprachpatenschaften.'),
(NULL, 'Arbeit und Anerkennung', 'Arbeit und Ausbildung', 30, 0, 240,
 'Ausbildung, Arbeitssuche, Beschäftigungserlaubnis und die Anerkennung ausländischer Abschlüsse.'),
(NULL, 'Wohnen', 'Wohnen', 40, 0, 240,
 'Wohnungssuche, Wohnberechtigungsschein, Mietkaution, Möbel und Wohnungsangebote.'),
(NULL, 'Gesundheit und Traumaberatung', 'Gesundheit', 50, 0, 240,
 'Zugang zur Gesundheitsversorgung, Sprachmittlung bei Arztterminen, psychosoziale Beratung und Traumaberatung.'),
(NULL, 'Kinder, Jugend und Familie', 'Kinder, Jugend und Familie', 60, 0, 240,
 'Kita, Schule, Sprachlernklassen, Freizeit und Beratung für Familien und junge Menschen.'),
(NULL, 'Ehrenamt', 'Engagement und Ehrenamt', 70, 0, 240,
 'Für Ehrenamtliche und alle, die mit ihnen arbeiten: Patenschaften, Schulungen, Versicherung, Austausch.'),
(NULL, 'Recht und Aufenthalt', 'Aufenthalt und Recht', 80, 0, 240,
 'Aufenthaltsrecht, Familiennachzug, Einbürgerung und was sich gerade ändert. Bitte keine Einzelfälle mit Namen.'),
(NULL, 'Veranstaltungen und Termine', NULL, 90, 0, 240,
 'Netzwerktreffen, Fachtage, Fortbildungen und Feste im Landkreis.'),
(NULL, 'Fördermittel', NULL, 100, 0, 240,
 'Förderprogramme, Fristen und Erfahrungen mit Anträgen und Verwendungsnachweisen.'),
(NULL, 'Material und Vorlagen', NULL, 110, 0, 240,
 'Vorlagen, Merkblätter und Material in einfacher Sprache und in vielen Sprachen – zum Teilen und Weiterverwenden.'),
(NULL, 'Fragen zur Plattform', NULL, 120, 0, 240,
 'Fragen und Hinweise zu Knotenpunkt selbst: Profil, Organisationen, Forum, Benachrichtigungen.'),
(NULL, 'Notunterkünfte (abgeschlossen)', 'Wohnen', 130, 1, 240,
 'Die Notunterkünfte sind geschlossen. Die Themen bleiben lesbar; neue Themen bitte unter *Wohnen*.'),
('arbeitskreis-sprache', 'Kursplanung und Wartelisten', 'Sprache', 10, 0, 180,
 'Welche Kurse wann beginnen, wo Plätze frei sind, die gemeinsame Warteliste.'),
('arbeitskreis-sprache', 'Material und Methoden', NULL, 20, 0, 180,
 'Arbeitsblätter, Wortschatzkarten und Ideen für den Unterricht und die Sprachpatenschaften.'),
('koordinierungsgruppe-integration', 'Sitzungen und Protokolle', NULL, 10, 0, 230,
 'Einladungen, Protokolle und Aufgaben der Koordinierungsgruppe.'),
('koordinierungsgruppe-integration', 'Absprachen zwischen Beratungsstellen', 'Soziales und Beratung', 20, 0, 230,
 'Wer berät wen, Weiterleitungen, gemeinsame Formulare.'),
('steuerungsrunde-landkreis', 'Haushalt und Förderung', NULL, 10, 0, 220,
 'Haushaltsansätze, Förderanträge und Stellungnahmen – vertraulich bis zur Beschlussfassung.'),
('steuerungsrunde-landkreis', 'Sitzungsvorbereitung', NULL, 20, 0, 220,
 'Tagesordnungen und Vorlagen der Steuerungsrunde.'),
('projektteam-willkommenspaten', 'Patenschaften', 'Engagement und Ehrenamt', 10, 0, 140,
 'Treffen, Austausch und Abschluss des Projekts.');

-- ---------------------------------------------------------------------------
-- Topics

INSERT INTO demo_topics (k, grp, category, title, pinned, locked) VALUES
('w01', NULL, 'Fragen zur Plattform', 'Willkommen im Forum des Netzwerks – bitte zuerst lesen', 1, 0),
('w02', NULL, 'Fragen zur Plattform', 'Wie bekomme ich eine Nachricht, wenn jemand antwortet?', 0, 0),
('w03', NULL, 'Fragen zur Plattform', 'Neue Kollegin als Ansprechperson der Organisation eintragen', 0, 0),
('w04', NULL, 'Fragen zur Plattform', 'Profilfoto wird nicht angezeigt', 0, 0),
('a01', NULL, 'Ankommen und Orientierung', 'Erste Woche im Landkreis: Welche Stellen sollten Neuzugezogene kennen?', 0, 0),
('a02', NULL, 'Ankommen und Orientierung', 'Busverbindungen zu den Außensprechstunden im Altkreis Osterode', 0, 0),
('a03', NULL, 'Ankommen und Orientierung', 'Anmeldung im Bürgerbüro ohne Wohnungsgeberbestätigung?', 0, 0),
('s01', NULL, 'Sprache und Sprachkurse', 'Sprachcafés und Treffpunkte im Landkreis – eine Liste zum Ergänzen', 0, 0),
('s02', NULL, 'Sprache und Sprachkurse', 'Integrationskurs mit Kinderbetreuung: noch zwei Plätze frei', 0, 0),
('s03', NULL, 'Sprache und Sprachkurse', 'Wartezeiten Berufssprachkurs B2 – wie ist die Lage bei Ihnen?', 0, 0),
('s04', NULL, 'Sprache und Sprachkurse', 'Alphabetisierungskurs für Frauen im Eichsfeld?', 0, 0),
('s05', NULL, 'Sprache und Sprachkurse', 'Einstufungstest ohne Termin – geht das auch in Osterode?', 0, 0),
('j01', NULL, 'Arbeit und Anerkennung', 'Anerkennung Pflegeabschluss: Erfahrungen mit dem Anpassungslehrgang?', 0, 0),
('j02', NULL, 'Arbeit und Anerkennung', 'Ausbildung Industriemechanik mit Sprachbegleitung: Bewerbungen möglich', 0, 0),
('j03', NULL, 'Arbeit und Anerkennung', 'Beschäftigungserlaubnis bei Duldung: Wie lange dauert es gerade?', 0, 0),
('j04', NULL, 'Arbeit und Anerkennung', 'Job-Speed-Dating im Welcome Center: Betriebe gesucht', 0, 0),
('j05', NULL, 'Arbeit und Anerkennung', 'Neu im Netzwerk: Ausbildungsberatung der Kreishandwerkerschaft', 0, 0),
('j06', NULL, 'Arbeit und Anerkennung', 'Jobcenter: neue Ansprechpersonen im Team Integration', 0, 0),
('h01', NULL, 'Wohnen', 'Wohnberechtigungsschein: Wie lange dauert die Bearbeitung gerade?', 0, 0),
('h02', NULL, 'Wohnen', '3-Zimmer-Wohnung in Bad Lauterberg frei – für eine Familie mit WBS', 0, 1),
('h03', NULL, 'Wohnen', 'Mietkaution vom Jobcenter – Darlehen oder Beihilfe?', 0, 0),
('h04', NULL, 'Wohnen', 'Möbelspenden: Wer holt im Raum Duderstadt ab?', 0, 0),
('g01', NULL, 'Gesundheit und Traumaberatung', 'Wer kennt eine Stelle für Traumaberatung auf Arabisch?', 0, 0),
('g02', NULL, 'Gesundheit und Traumaberatung', 'Fortbildung Trauma und Flucht für Fachkräfte – noch Plätze frei', 0, 0),
('g03', NULL, 'Gesundheit und Traumaberatung', 'Krankenbehandlung nach dem Asylbewerberleistungsgesetz: Wer stellt den Behandlungsschein aus?', 0, 0),
('g04', NULL, 'Gesundheit und Traumaberatung', 'Impfsprechstunde für Kinder ohne Impfpass im Gesundheitsamt Osterode', 0, 0),
('g05', NULL, 'Gesundheit und Traumaberatung', 'Sprachmittlung bei Arztterminen – wer bezahlt?', 0, 0),
('k01', NULL, 'Kinder, Jugend und Familie', 'Kita-Plätze für neu zugezogene Familien in Bovenden', 0, 0),
('k02', NULL, 'Kinder, Jugend und Familie', 'Hausaufgabenhilfe: Lesematerial für Klasse 3 und 4 gesucht', 0, 0),
('k03', NULL, 'Kinder, Jugend und Familie', 'Fußballcamp in den Sommerferien – noch Plätze für Jugendliche', 0, 0),
('k04', NULL, 'Kinder, Jugend und Familie', 'Seiteneinstieg in der Sekundarstufe: Sprachlernklassen im Südharz', 0, 0),
('e01', NULL, 'Ehrenamt', 'Patinnen und Paten gesucht – Einführungsschulung in Friedland', 0, 0),
('e02', NULL, 'Ehrenamt', 'Radfahrkurs für Frauen im Frühjahr: Trainerinnen gesucht', 0, 0),
('e03', NULL, 'Ehrenamt', 'Ehrenamtspauschale und Versicherung – was gilt für Sprachpaten?', 0, 0),
('e04', NULL, 'Ehrenamt', 'Supervision für Ehrenamtliche – gibt es das im Landkreis?', 0, 0),
('r01', NULL, 'Recht und Aufenthalt', 'Chancen-Aufenthaltsrecht ausgelaufen: Was wird aus den offenen Anträgen?', 0, 0),
('r02', NULL, 'Recht und Aufenthalt', 'Familiennachzug: lange Wartezeiten für Visatermine', 0, 0),
('r03', NULL, 'Recht und Aufenthalt', 'Einbürgerung: neue Sprechzeiten der Ausländerbehörde', 0, 0),
('r04', NULL, 'Recht und Aufenthalt', 'Suchdienst: Angehörige wiederfinden – wie läuft die Anfrage?', 0, 0),
('v01', NULL, 'Veranstaltungen und Termine', 'Netzwerktreffen: die Termine für dieses Jahr', 1, 0),
('v02', NULL, 'Veranstaltungen und Termine', 'Interkulturelles Frauenfrühstück in Bad Grund – jeden ersten Samstag', 0, 0),
('v03', NULL, 'Veranstaltungen und Termine', 'Fachtag Integration im ländlichen Raum – Anmeldung offen', 0, 0),
('v04', NULL, 'Veranstaltungen und Termine', 'Kochabend international in Herzberg: diesmal eritreisch', 0, 0),
('f01', NULL, 'Fördermittel', 'Förderprogramm „Ehrenamt stärken“: Antragsfrist beachten', 0, 0),
('f02', NULL, 'Fördermittel', 'Mikroprojekte bis 1.500 € – wer hat Erfahrung mit dem Antrag?', 0, 0),
('m01', NULL, 'Material und Vorlagen', 'Vorlage: Schweigepflichtentbindung in einfacher Sprache', 0, 0),
('m02', NULL, 'Material und Vorlagen', 'Mehrsprachige Elternbriefe für Kitas', 0, 0),
('m03', NULL, 'Material und Vorlagen', 'Tabelle: Sprachcafés und Treffpunkte im Landkreis', 0, 0),
('m04', NULL, 'Material und Vorlagen', 'Checkliste Wohnungsbesichtigung in einfacher Sprache', 0, 0),
('n01', NULL, 'Notunterkünfte (abgeschlossen)', 'Notunterkunft Sporthalle Herzberg: Was wird noch gebraucht?', 0, 0),
('ak1', 'arbeitskreis-sprache', 'Kursplanung und Wartelisten', 'Gemeinsame Warteliste für Berufssprachkurse', 0, 0),
('ak2', 'arbeitskreis-sprache', 'Kursplanung und Wartelisten', 'Treffen des Arbeitskreises: Protokolle', 0, 0),
('ak3', 'arbeitskreis-sprache', 'Material und Methoden', 'Wortschatzkarten Arbeit und Beruf zum Ausdrucken', 0, 0),
('ko1', 'koordinierungsgruppe-integration', 'Sitzungen und Protokolle', 'Protokoll und Aufgaben aus der letzten Sitzung', 0, 0),
('ko2', 'koordinierungsgruppe-integration', 'Absprachen zwischen Beratungsstellen', 'Zuständigkeiten MBE und JMD im Südharz', 0, 0),
('ko3', 'koordinierungsgruppe-integration', 'Absprachen zwischen Beratungsstellen', 'Weiterleitung an die Ausländerbehörde: gemeinsames Formular', 0, 0),
('st1', 'steuerungsrunde-landkreis', 'Haushalt und Förderung', 'Haushaltsansatz Integration: Entwurf für den Kreisausschuss', 0, 0),
('st2', 'steuerungsrunde-landkreis', 'Sitzungsvorbereitung', 'Tagesordnung der nächsten Steuerungsrunde', 0, 0),
('wp1', 'projektteam-willkommenspaten', 'Patenschaften', 'Patenschaftstreffen im Gemeindehaus Friedland', 0, 0),
('wp2', 'projektteam-willkommenspaten', 'Patenschaften', 'Abschlussbericht des Projekts', 0, 0);

-- ---------------------------------------------------------------------------
-- Posts

INSERT INTO demo_posts (k, n, who, day, at, body) VALUES
-- Fragen zur Plattform
('w01', 1, 'admin', 235, '09:12',
'Liebe Kolleginnen und Kollegen,

willkommen im Forum des **Netzwerks Integration im Landkreis Göttingen**. Hier können Sie Fragen stellen, Erfahrungen teilen und auf Termine hinweisen – schneller als über lange E-Mail-Verteiler.

Ein paar Regeln, damit es für alle angenehm bleibt:

1. **Keine personenbezogenen Daten** von Ratsuchenden: keine Namen, Adressen, Telefonnummern oder Aktenzeichen. Beschreiben Sie Fälle so, dass niemand erkannt werden kann.
2. Wählen Sie bitte die passende Kategorie und einen Titel, der die Frage nennt.
3. Freundlich und sachlich bleiben – wir arbeiten alle für dasselbe Ziel.
4. Werbung für kostenpflichtige Angebote gehört nicht hierher; Hinweise auf Angebote im Verzeichnis sind willkommen.

Beiträge, die gegen diese Regeln verstoßen, blenden die Moderatorinnen und Moderatoren aus. Mit **Melden** unter jedem Beitrag können Sie uns auf ein Problem hinweisen.

Viele Grüße
Sabine Kraus, Koordination Netzwerk Integration'),
('w01', 2, 'moderator', 234, '14:30',
'Danke, Sabine! Ich moderiere das Forum gemeinsam mit dir. Wenn etwas unklar ist, schreiben Sie mich gern direkt an – Sie finden mich im Mitgliederverzeichnis.'),
('w01', 3, 'member1', 170, '10:05',
'Schön, dass es das Forum gibt. Für den **Arbeitskreis Sprache** haben wir eine eigene Gruppe angelegt – wer mitlesen möchte, ist herzlich eingeladen.'),

('w02', 1, 'member2', 110, '16:40',
'Hi everyone, sorry for writing in English – my German is still B1. Is there a way to get notified when somebody answers in a topic? I don''t want to check the forum every day.

Danke!'),
('w02', 2, 'moderator', 110, '17:25',
'Hallo Herr Okafor, gern auch auf Englisch!

- Bei Themen, in denen Sie selbst geschrieben haben, werden Sie automatisch benachrichtigt.
- Bei anderen Themen wählen Sie **Beobachten**.
- Auch eine ganze Kategorie können Sie beobachten, dann erfahren Sie von jedem neuen Thema darin.'),
('w02', 3, 'member2', 109, '08:50',
'Perfect, thank you. Ich beobachte jetzt die Kategorie *Arbeit und Anerkennung*.'),

('w03', 1, 'kerstin.lange', 120, '11:20',
'Unser Familienzentrum hat eine neue Kollegin für die Sprachförderung. Wie trage ich sie bei unserer Organisation als Ansprechperson ein?'),
('w03', 2, 'admin', 120, '13:02',
'Als Redakteurin Ihrer Organisation können Sie das selbst: Auf der Seite der Organisation unter **Ansprechpersonen** die Kollegin suchen und hinzufügen. Sie braucht dafür ein eigenes Konto – falls sie noch keins hat, schicke ich ihr eine Einladung.'),
('w03', 3, 'kerstin.lange', 119, '09:15',
'Danke, das hat geklappt. Die Kollegin hatte schon ein Konto.'),

('w04', 1, 'olena.kovalenko', 64, '15:10',
'Ich habe ein Profilfoto hochgeladen, aber im Verzeichnis sehe ich weiterhin nur die Initialen. Muss das erst freigeschaltet werden?'),
('w04', 2, 'admin', 64, '16:45',
'Nein, Fotos werden nicht freigeschaltet. Meistens liegt es am Zwischenspeicher des Browsers: Laden Sie die Seite bitte einmal neu (Strg + F5). Wenn es dann immer noch nicht klappt, schreiben Sie mir.'),
('w04', 3, 'olena.kovalenko', 63, '08:30',
'Nach dem Neuladen ist es da. Danke!'),

-- Ankommen und Orientierung
('a01', 1, 'christina.bondarenko', 200, '10:30',
'Wir stellen gerade unser Willkommenspaket für Herzberg neu zusammen und möchten auch die Stellen im Landkreis aufnehmen, die in den ersten Tagen wichtig sind. Was fehlt noch auf unserer Liste?

- Bürgerbüro (Anmeldung)
- Ausländerbehörde
- Jobcenter bzw. Agentur für Arbeit
- Migrationsberatung für Erwachsene (MBE)
- Jugendmigrationsdienst (JMD)

Danke für Ergänzungen!'),
('a01', 2, 'abdullahi.werner', 200, '11:45',
'Unbedingt noch die **Krankenkasse** und, für Familien, das Familienservicebüro wegen Kita und Schule. In Hann. Münden geben wir außerdem den Busfahrplan und eine Karte mit den Beratungsstellen mit.'),
('a01', 3, 'miriam.lange', 199, '09:10',
'Aus Sicht des Welcome Centers: Wer mit einem Arbeitsvertrag kommt, braucht oft zuerst einen Termin für die **Anerkennung** – die IQ Anerkennungsberatung Südniedersachsen berät kostenlos. Und die Kreisvolkshochschule für den Einstufungstest.'),
('a01', 4, 'khaled.kaya', 198, '14:20',
'In Rosdorf haben wir gute Erfahrungen mit einem einseitigen Blatt gemacht statt mit einer Mappe: **Wer? Wo? Wann geöffnet?** Mehr lesen die meisten in der ersten Woche nicht.'),
('a01', 5, 'christina.bondarenko', 197, '16:05',
'Vielen Dank! Wir nehmen Krankenkasse, Familienservicebüro und die IQ-Beratung auf und kürzen auf eine Seite. Das fertige Paket stelle ich hier ein.'),
('a01', 6, 'christina.bondarenko', 160, '10:00',
'Wie versprochen: Das Willkommenspaket gibt es jetzt auf Deutsch, Englisch, Arabisch und Ukrainisch: [Willkommenspaket Herzberg](https://www.herzberg.example/willkommen). Rückmeldungen gern hier.'),

('a02', 1, 'kerstin.neumann', 142, '08:40',
'Viele Ratsuchende aus Bad Grund kommen zur Außensprechstunde der Ausländerbehörde in Osterode nur mit zwei Umstiegen hin. Gibt es inzwischen eine bessere Verbindung oder einen Fahrdienst dort?'),
('a02', 2, 'ines.neumann', 142, '10:15',
'Die Außensprechstunde in Osterode ist dienstags. Wir versuchen, Termine für Menschen aus Bad Grund und Bad Lauterberg auf den späten Vormittag zu legen, dann passt der Bus um 9.12 Uhr. Sagen Sie bei der Terminvergabe bitte, woher die Person kommt.'),
('a02', 3, 'sabine.zimmermann', 141, '13:30',
'Das Mehrgenerationenhaus Bad Grund hat einen **Bürgerbus** mit ehrenamtlichen Fahrerinnen und Fahrern. Fahrten zu Behörden sind möglich, Anmeldung zwei Tage vorher bei uns.'),
('a02', 4, 'kerstin.neumann', 141, '15:00',
'Super, beides gebe ich weiter. Danke!'),

('a03', 1, 'abdullahi.schwarz', 45, '10:00',
'Eine Frau, die bei Bekannten untergekommen ist, bekommt von der Vermieterin keine Wohnungsgeberbestätigung. Ohne Anmeldung geht beim Jobcenter nichts. Kennt jemand eine Lösung?'),
('a03', 2, 'jonas.shevchenko', 45, '13:00',
'Die Bestätigung auszustellen ist **Pflicht des Wohnungsgebers**. Verweigert er sie, kann das Bürgerbüro ihn anschreiben – die Anmeldung darf deshalb nicht einfach abgelehnt werden. Schildern Sie den Fall am besten schriftlich.'),
('a03', 3, 'member2', 44, '09:30',
'In Göttingen hat das Bürgerbüro in so einem Fall die Anmeldung mit einem Vermerk angenommen. Worth asking!'),
('a03', 4, 'abdullahi.schwarz', 43, '09:10',
'Hat geklappt, die Anmeldung ist erfolgt. Danke!'),

-- Sprache und Sprachkurse
('s01', 1, 'elif.hoffmann', 190, '09:30',
'Immer wieder fragen Beratungsstellen, wo es in der Nähe ein Sprachcafé gibt. Lassen Sie uns hier eine Liste sammeln – **ein Beitrag pro Treffpunkt**, mit Ort, Zeit und ob eine Anmeldung nötig ist. Ich fange an:

**Göttingen-Weststadt:** Sprachcafé im Stadtteiltreff, Am Weidenweg 2, donnerstags 16 bis 18 Uhr, ohne Anmeldung.'),
('s01', 2, 'ines.rahimi', 189, '11:00',
'**Dransfeld:** Sprachtreff in der Beratungsstelle des Paritätischen, Lange Straße 31, montags 10 bis 11.30 Uhr. Mit Kinderecke.'),
('s01', 3, 'birgit.lange', 189, '15:40',
'**Duderstadt:** Begegnungscafé im Pfarrheim Heilig Kreuz, dienstags 15 bis 17 Uhr. Ehrenamtliche helfen auch bei Briefen.'),
('s01', 4, 'farid.tesfay', 188, '10:20',
'**Göttingen-Innenstadt:** Begegnungscafé St. Lukas, mittwochs 15 bis 17.30 Uhr im Gemeindesaal. Offen für alle, Kaffee und Tee gibt es gratis.'),
('s01', 5, 'monika.rahimi', 187, '09:05',
'**Gieboldehausen:** Deutsch üben in der Bücherei, freitags 10 bis 11 Uhr. Kleine Gruppe, bitte vorher kurz anrufen.'),
('s01', 6, 'laura.schmidt', 186, '14:10',
'**Herzberg:** Sprachcafé in der Freiwilligenagentur am Marktplatz, dienstags 17 bis 19 Uhr, ohne Anmeldung.'),
('s01', 7, 'olena.haddad', 185, '16:30',
'**Radolfshausen:** Im Sommer treffen wir uns samstags im Begegnungsgarten – Deutsch lernen beim Gärtnern. Im Winter leider Pause.'),
('s01', 8, 'kerstin.lange', 184, '09:45',
'**Bovenden:** Elterncafé im Familienzentrum Regenbogen, dienstags 9.30 bis 11 Uhr. Kinder dürfen mitkommen.'),
('s01', 9, 'markus.werner', 182, '12:00',
'**Bad Lauterberg:** Begegnungscafé in der Kleiderkammer, mittwochs 15 bis 17 Uhr (Hauptstraße 101, Hinterhaus). Leider nicht barrierefrei: sechs Stufen.'),
('s01', 10, 'sabine.zimmermann', 180, '10:30',
'**Bad Grund:** Frauenfrühstück international im Mehrgenerationenhaus, jeden ersten Samstag im Monat. Viele Frauen kommen auch zum Deutschüben.'),
('s01', 11, 'thomas.krueger', 178, '18:15',
'**Staufenberg:** Keine feste Runde, aber das Patenschaftsprogramm *Zusammen ankommen* vermittelt Sprachpatenschaften eins zu eins.'),
('s01', 12, 'member1', 176, '08:55',
'Danke an alle! Eine Bitte: Schreiben Sie dazu, ob der Ort **barrierefrei** ist – das fragen die Beratungsstellen oft als Erstes.'),
('s01', 13, 'hamid.oeztuerk', 175, '19:40',
'**Göttingen-Grone:** Jugendtreff der Islamischen Gemeinde, freitags 16 bis 18 Uhr mit einer Deutschrunde für Jugendliche. Ebenerdig.'),
('s01', 14, 'khaled.kaya', 170, '11:15',
'**Rosdorf:** Sprachtreff im Rathaus, Sitzungssaal, mittwochs 18 Uhr. Aufzug vorhanden.'),
('s01', 15, 'abdullahi.werner', 165, '13:50',
'**Hann. Münden:** Internationales Café im Familienzentrum Altstadt, jeden zweiten Freitag 15 Uhr. Barrierefrei.'),
('s01', 16, 'zainab.meier', 140, '10:10',
'**Friedland:** „Deutsch am Küchentisch“ – der Asylkreis trifft sich donnerstags 16 Uhr im Gemeindehaus. Ebenerdig.'),
('s01', 17, 'stefanie.kovalenko', 130, '17:05',
'**Gleichen:** In der Fahrradwerkstatt wird samstags viel Deutsch gesprochen 😉 – ganz ohne Kurs. Alte Schmiede, Dorfstraße 22, ebenerdig.'),
('s01', 18, 'member2', 115, '12:30',
'**Göttingen, Welcome Center:** English–German conversation table for international professionals, first Tuesday of the month, 18 Uhr. Barrierefrei (Aufzug).'),
('s01', 19, 'laura.mueller', 110, '15:25',
'**Adelebsen:** Nach der Hausaufgabenhilfe (montags und mittwochs bis 16 Uhr) bleiben oft die Mütter zum Deutschüben. Gemeindehaus, drei Stufen mit Handlauf.'),
('s01', 20, 'elif.hoffmann', 100, '09:40',
'Zwischenstand: Ich habe die Liste in eine Tabelle übertragen, Sie finden sie unter *Material und Vorlagen*. Ergänzungen bitte weiter hier.'),
('s01', 21, 'christina.oeztuerk', 95, '16:45',
'**Rosdorf, Hallenbad:** Nach der Frauenschwimmzeit am Samstag gibt es Tee im Foyer, viele Frauen üben dort Deutsch. Kein offizielles Sprachcafé, aber gut zu wissen.'),
('s01', 22, 'peter.kovalenko', 88, '11:30',
'**Gieboldehausen:** Ergänzung zu Frau Rahimis Beitrag – seit diesem Monat auch dienstags 18 Uhr, für Berufstätige.'),
('s01', 23, 'oksana.al-hassan', 80, '14:00',
'**Bad Grund:** Nähwerkstatt donnerstags 15 bis 18 Uhr. Wir nähen und reden – auf Deutsch, so gut es geht.'),
('s01', 24, 'martin.schmidt', 60, '10:20',
'**Eichsfeld, Kitas:** In drei Kitas gibt es jetzt ein Elterncafé mit Sprachpatinnen. Die Zeiten schicke ich auf Nachfrage.'),
('s01', 25, 'oksana.richter', 45, '18:30',
'**Herzberg:** Beim Kochabend international (letzter Freitag im Monat) wird auch viel Deutsch gesprochen. Anmeldung wegen der Zutaten.'),
('s01', 26, 'leyla.klein', 30, '13:15',
'Für Jugendliche: Der Jugendmigrationsdienst in Osterode hat mittwochs nach der Bewerbungswerkstatt eine offene Deutschrunde, 17 bis 18 Uhr.'),
('s01', 27, 'elif.hoffmann', 9, '10:05',
'Die Tabelle ist aktualisiert. Danke, dass so viele mitgemacht haben!'),
('s01', 28, 'rahel.abdi', 4, '09:20',
'Ich bin neu bei der Kreishandwerkerschaft und finde die Liste sehr hilfreich für unsere Auszubildenden. Gibt es so etwas auch für die **Fachsprache im Handwerk**?'),

('s02', 1, 'olena.haddad', 75, '10:15',
'Im neuen Integrationskurs **mit Kinderbetreuung** an der Kreisvolkshochschule sind noch **zwei** Plätze frei.

- Unterricht montags bis donnerstags 8.30 bis 12.45 Uhr
- KVHS Göttingen, Raum 4 (ebenerdig)
- Kinderbetreuung für Kinder ab einem Jahr im Haus

Melden Sie Interessierte bitte direkt bei mir an. Nötig ist eine Berechtigung vom BAMF oder eine Verpflichtung vom Jobcenter.

*Nachtrag: Zwei der vier Plätze sind inzwischen vergeben.*'),
('s02', 2, 'fatima.kaya', 75, '13:40',
'We have two mothers at the Familienzentrum who have been waiting for exactly this kind of course. Ich gebe Ihre Kontaktdaten weiter.'),
('s02', 3, 'samir.hosseini', 74, '08:55',
'Für Kundinnen des Jobcenters stellen wir die Verpflichtung kurzfristig aus – bitte bei der Anmeldung vermerken, dass es um diesen Kurs geht.'),
('s02', 4, 'olena.haddad', 72, '09:05',
'Danke! Ich habe oben aktualisiert: Es sind nur noch zwei Plätze frei.'),

('s03', 1, 'thomas.krueger', 130, '16:00',
'Bei uns in der Sprachschule Brückenwort warten Teilnehmende nach dem Integrationskurs derzeit **vier bis fünf Monate** auf einen Platz im Berufssprachkurs B2. Wie sieht es bei den anderen Trägern aus? Vielleicht können wir Wartende untereinander vermitteln.'),
('s03', 2, 'jonas.nazari', 130, '17:30',
'KVHS: Der nächste B2-Kurs beginnt in acht Wochen und ist voll. Für C1 gibt es noch Plätze.'),
('s03', 3, 'petra.jaber', 129, '08:15',
'Aus Sicht des Jobcenters: Melden Sie uns bitte, wenn jemand wartet – manchmal können wir die Zeit mit einem Praktikum oder einer **Maßnahme bei einem Arbeitgeber** überbrücken.'),
('s03', 4, 'member1', 129, '10:40',
'Ein Vorschlag: Wir führen im Arbeitskreis Sprache eine **gemeinsame Warteliste**. Dann sehen wir, wo gerade Plätze frei werden. Ich stelle die Idee dort vor.'),
('s03', 5, 'zainab.bondarenko', 128, '14:05',
'Good idea. Das Bildungsbüro kann die Übersicht führen, wir pflegen ohnehin die Kursübersicht für den Landkreis.'),
('s03', 6, 'reza.kovalenko', 126, '09:30',
'Einstufungen machen wir weiterhin montags ohne Termin. Wer schon B1 hat, kann bei uns in einen laufenden B2-Kurs einsteigen, wenn Plätze frei werden.'),
('s03', 7, 'samir.wolf', 120, '13:00',
'From the employers'' side: Mehrere Betriebe im Südharz würden **berufsbegleitende Kurse** im Betrieb unterstützen. Gibt es Träger, die so etwas anbieten?'),
('s03', 8, 'thomas.krueger', 119, '10:10',
'@Samir_Wolf Ja, Kurse im Betrieb haben wir schon zweimal gemacht, ab acht Teilnehmenden. Ich melde mich bei Ihnen.'),
('s03', 9, 'miriam.lange', 60, '15:15',
'Kurzes Update: Die gemeinsame Warteliste läuft jetzt im Arbeitskreis Sprache. Die Wartezeit für B2 liegt im Schnitt bei drei Monaten.'),
('s03', 10, 'jonas.nazari', 0, '02:10',
'Neue B2-Kurse an der KVHS ab nächstem Monat, **zwei Kurse parallel** (vormittags und abends). Anmeldung ab sofort: [Kursprogramm](https://www.kvhs-goettingen.example/deutsch).'),

('s04', 1, 'monika.rahimi', 95, '10:00',
'In unseren Sprachpatenschaften haben wir mehrere Frauen, die in ihrer Erstsprache nicht lesen und schreiben gelernt haben. Gibt es im Eichsfeld einen **Alphabetisierungskurs** mit Kinderbetreuung? Göttingen ist für sie zu weit.'),
('s04', 2, 'jonas.nazari', 95, '12:20',
'In Duderstadt startet die KVHS einen Alphakurs, sobald sich mindestens zwölf Teilnehmende finden. Kinderbetreuung ist beantragt. Melden Sie Interessierte gern schon jetzt bei mir.'),
('s04', 3, 'birgit.lange', 94, '09:40',
'Im Pfarrheim Heilig Kreuz könnten wir einen Raum stellen – ebenerdig, mit Spielzimmer nebenan.'),
('s04', 4, 'monika.rahimi', 93, '16:10',
'Das wäre wunderbar. Ich habe vier Frauen, die sofort anfangen würden, und frage in Gieboldehausen weiter.'),
('s04', 5, 'jonas.nazari', 40, '11:00',
'Der Kurs kommt zustande: **14 Anmeldungen**. Er findet im Pfarrheim in Duderstadt statt, die Kinderbetreuung ist bewilligt. Danke an alle, die geworben haben!'),

('s05', 1, 'kerstin.hartmann', 50, '14:30',
'Junge Leute aus dem Südharz fahren für den Einstufungstest bisher nach Göttingen. Gibt es das auch in Osterode?'),
('s05', 2, 'reza.kovalenko', 50, '16:00',
'Wir könnten einmal im Monat nach Osterode kommen, in die Räume des Jugendmigrationsdienstes – wenn Sie uns einen Raum geben 😊 Vorschlag: erster Mittwoch im Monat, 10 bis 13 Uhr.'),
('s05', 3, 'kerstin.hartmann', 49, '09:15',
'Sehr gern, der Raum ist frei. Ich trage es bei uns ein.'),

-- Arbeit und Anerkennung
('j01', 1, 'birgit.richter', 160, '11:00',
'Im Seniorenzentrum Am Kurpark arbeiten zwei Pflegefachkräfte mit Abschluss aus dem Ausland, beide mit **Defizitbescheid**. Wir überlegen, ob Anpassungslehrgang oder Kenntnisprüfung der bessere Weg ist. Welche Erfahrungen haben Sie?'),
('j01', 2, 'oksana.hartmann', 160, '14:20',
'Grundsätzlich: Der **Anpassungslehrgang** dauert länger (oft sechs bis zwölf Monate), ist aber für viele leichter als die Prüfung, weil die Praxis bewertet wird. Die **Kenntnisprüfung** lohnt sich bei guten Deutschkenntnissen (mindestens B2 Pflege).

Gern beraten wir beide Personen in der IQ Anerkennungsberatung – kostenlos.'),
('j01', 3, 'yusuf.hoffmann', 159, '10:05',
'Aus der Praxisanleitung: Bei uns hat der Anpassungslehrgang gut funktioniert, aber nur mit festen Lernzeiten in der Arbeitszeit.'),
('j01', 4, 'kerstin.abdi', 158, '15:45',
'Zur Finanzierung: Die Kosten des Lehrgangs können über das Anerkennungsstipendium oder, bei Arbeitslosigkeit, über die Agentur für Arbeit gefördert werden. Einzelheiten: [Förderung der Anerkennung](https://www.anerkennung.example/foerderung).'),
('j01', 5, 'birgit.richter', 157, '09:30',
'Danke, das hilft uns sehr. Wir machen einen Termin bei der IQ-Beratung.'),
('j01', 6, 'birgit.richter', 20, '10:45',
'Rückmeldung: Eine der beiden hat den Anpassungslehrgang begonnen, die andere bereitet sich auf die Kenntnisprüfung vor. Beide bleiben bei uns im Haus. 🎉'),

('j02', 1, 'stefanie.schulz', 60, '09:00',
'Die Harzer Präzisionstechnik bildet auch im nächsten Jahr **vier Industriemechanikerinnen und -mechaniker** aus, mit betrieblichem Deutschunterricht zweimal pro Woche.

Was wir erwarten:

- Deutsch mindestens B1 (auf dem Weg zu B2 unterstützen wir)
- Interesse an Technik und handwerkliches Geschick
- ein Schulabschluss aus dem Herkunftsland genügt, eine Anerkennung ist nicht nötig

Bewerbungen gern formlos an unsere Personalabteilung. Ein Praktikum vorab ist möglich.'),
('j02', 2, 'leyla.klein', 58, '13:30',
'I have two young men from our Bewerbungswerkstatt who could fit well. Sind auch Bewerbungen mit **Duldung** möglich?'),
('j02', 3, 'dmytro.mueller', 58, '16:10',
'Ja. Für eine Ausbildungsduldung brauchen wir die Unterlagen früh, damit die Beschäftigungserlaubnis rechtzeitig da ist. Schicken Sie die beiden gern zum Praktikum.'),
('j02', 4, 'kerstin.hartmann', 57, '08:45',
'Danke! Wir bereiten mit beiden die Bewerbung in der Werkstatt vor.'),

('j03', 1, 'andreas.kaya', 70, '12:00',
'Wir möchten einen jungen Mann mit Duldung als Helfer einstellen. Der Antrag auf Beschäftigungserlaubnis liegt seit fünf Wochen bei der Ausländerbehörde. Ist das normal? Der Arbeitsplatz wartet nicht ewig.'),
('j03', 2, 'ines.neumann', 70, '14:40',
'Für die Erlaubnis brauchen wir die Zustimmung der Bundesagentur für Arbeit, das dauert derzeit **zwei bis drei Wochen**. Fehlen Unterlagen, wird es länger. Ohne Personendaten kann ich hier nichts Genaues sagen – rufen Sie mich gern an, die Nummer steht in meinem Profil.'),
('j03', 3, 'jonas.shevchenko', 69, '10:20',
'Tipp aus der Refugee Law Clinic: Die **Stellenbeschreibung** (das Formular zum Arbeitsvertrag) vollständig ausfüllen, mit Lohn und Arbeitszeit. Fehlt sie, fragt die Agentur nach, und die Frist beginnt von vorn.'),
('j03', 4, 'andreas.kaya', 69, '11:05',
'Guter Hinweis, die Stellenbeschreibung hatten wir nicht beigelegt. Reichen wir nach.'),
('j03', 5, 'dmytro.mueller', 68, '09:00',
'Bei uns hat es letztes Mal zehn Wochen gedauert, weil'),
('j03', 6, 'andreas.kaya', 55, '15:30',
'Update: Die Erlaubnis ist da, er hat letzte Woche angefangen. Danke für die Hilfe!'),

('j04', 1, 'member2', 100, '10:00',
'Liebe Kolleginnen und Kollegen,

im Welcome Center planen wir ein **Job-Speed-Dating** für internationale Fachkräfte und Betriebe aus dem Landkreis. We are looking for companies from *Pflege, Handwerk, Logistik und IT*.

- Ort: Welcome Center Südniedersachsen, Göttingen
- Zeit: 16 bis 19 Uhr
- für Betriebe kostenlos

Please send me a short message if your company – or a company you work with – wants to take part. Danke!'),
('j04', 2, 'samir.wolf', 99, '09:15',
'Great initiative. Ich spreche drei Betriebe aus dem Arbeitgeberservice an, die gerade suchen.'),
('j04', 3, 'fatima.nazari', 70, '14:00',
'Die Weserbogen Metallbau GmbH ist dabei – wir suchen zwei Schweißer und eine Auszubildende oder einen Auszubildenden.'),
('j04', 4, 'member2', 45, '17:20',
'Thank you all: **14 Betriebe, 63 Fachkräfte** und schon neun Einladungen zum Probearbeiten. Wir wiederholen das im Herbst.'),

('j05', 1, 'rahel.abdi', 10, '10:30',
'Guten Tag zusammen,

ich bin seit zwei Wochen neu in der Anlaufstelle Ausbildung der Kreishandwerkerschaft und berate junge Zugewanderte und Betriebe rund um die **Ausbildung im Handwerk**. Ich spreche Deutsch, Englisch und Tigrinya.

Ich freue mich auf die Zusammenarbeit – melden Sie sich gern, wenn Sie Jugendliche kennen, die einen Ausbildungsplatz suchen.'),
('j05', 2, 'birgit.richter', 10, '12:15',
'Herzlich willkommen, Frau Abdi! Wir sitzen ja im selben Haus – ich komme diese Woche auf einen Kaffee vorbei.'),
('j05', 3, 'kerstin.hartmann', 9, '09:00',
'Willkommen! Tigrinya ist für uns eine große Hilfe. Ich melde mich wegen der Bewerbungswerkstatt.'),

('j06', 1, 'petra.jaber', 140, '08:30',
'Seit Monatsbeginn betreuen wir im **Team Integration** neue Kundinnen und Kunden mit Fluchtgeschichte nach Wohnort:

- Göttingen, Bovenden, Rosdorf: Herr Hosseini
- Altkreis Osterode: ich selbst
- alle übrigen Gemeinden: das Team-Postfach

Das Team-Postfach erreichen Sie unter <team-integration@jobcenter.example>.'),
('j06', 2, 'samir.hosseini', 140, '09:10',
'Ergänzung: Für Arbeitgeber bleibt der gemeinsame Arbeitgeberservice zuständig, also Herr Wolf.'),
('j06', 3, 'christina.bondarenko', 139, '11:30',
'Danke für die Übersicht – ich habe sie in unser Willkommenspaket übernommen.'),

-- Wohnen
('h01', 1, 'olena.kovalenko', 85, '10:20',
'Eine Familie aus Hann. Münden wartet seit sieben Wochen auf den Wohnberechtigungsschein. Ist das überall so, oder hängt der Antrag fest?'),
('h01', 2, 'dmytro.jaber', 85, '13:40',
'In Herzberg liegen wir bei etwa vier Wochen. Häufig fehlen die Einkommensnachweise aller Haushaltsmitglieder – auch die der volljährigen Kinder.'),
('h01', 3, 'ute.schmidt', 84, '09:55',
'Ein Tipp: Die Kreiswohnbau kann Wohnungen **vorreservieren**, wenn der Antrag nachweislich gestellt ist. Bringen Sie bitte die Eingangsbestätigung mit.'),
('h01', 4, 'olena.kovalenko', 83, '15:20',
'Es fehlte tatsächlich der Nachweis der ältesten Tochter. Danke euch!'),

('h02', 1, 'ute.schmidt', 35, '09:00',
'Die Kreiswohnbau Südharz hat in Bad Lauterberg eine **3-Zimmer-Wohnung** frei (68 m², 2. Obergeschoss, kein Aufzug), bezugsfertig zum Monatsersten. Die Miete liegt innerhalb der Angemessenheitsgrenze des Jobcenters.

Voraussetzung ist ein Wohnberechtigungsschein für drei bis vier Personen. Vorschläge bitte an die Wohnraumvermittlung – donnerstags in der Sprechstunde oder per Nachricht an mich.'),
('h02', 2, 'markus.werner', 35, '11:30',
'Ich hätte eine vierköpfige Familie aus unserer Beratung, der WBS liegt vor. Ich schicke die Unterlagen heute noch.'),
('h02', 3, 'sabine.hartmann', 34, '16:45',
'Wir hätten auch eine Familie – ist die Wohnung noch frei?'),
('h02', 4, 'ute.schmidt', 30, '08:50',
'Die Wohnung ist vergeben. Danke für alle Vorschläge! Bei der nächsten freien Wohnung melde ich mich wieder hier.'),
('h02', 5, 'moderator', 30, '09:30',
'Ich schließe das Thema, damit keine weiteren Anfragen kommen. Neue Wohnungsangebote bitte jeweils als eigenes Thema.'),

('h03', 1, 'petra.wolf', 115, '14:00',
'In der Schuldnerberatung sehen wir oft, dass die Mietkaution als **Darlehen** gewährt und dann monatlich vom Regelsatz einbehalten wird. Gibt es Fälle, in denen das Jobcenter die Kaution als Beihilfe übernimmt?'),
('h03', 2, 'petra.jaber', 114, '09:30',
'Die Kaution ist in der Regel ein Darlehen (§ 22 Abs. 6 SGB II), aufgerechnet werden 10 % des Regelbedarfs. In Härtefällen, etwa wenn gleichzeitig andere Darlehen laufen, nehmen Sie bitte Kontakt mit uns auf – dann schauen wir gemeinsam.'),
('h03', 3, 'petra.wolf', 113, '10:10',
'Danke, Frau Jaber. Den Hinweis auf die Härtefälle nehme ich gern mit.'),
('h03', 4, 'sebastian.mueller', 6, '20:15',
'Die Hausverwaltung Brandt & Söhne in Osterode nimmt sowieso niemanden vom Jobcenter, da braucht man gar nicht erst anzufragen.'),

('h04', 1, 'kerstin.neumann', 125, '10:00',
'Eine ältere Dame in Duderstadt möchte eine komplette Küche und ein Sofa spenden. Die Tafel hat kein Fahrzeug dafür. Wer kann abholen oder kennt jemanden?'),
('h04', 2, 'farid.ahmadi', 125, '12:30',
'Die Kleiderkammer von Heilig Kreuz nimmt keine Möbel, aber unser Hausmeister hat einen Transporter und hilft samstags gern. Ich frage ihn.'),
('h04', 3, 'markus.schmidt', 124, '09:10',
'Das Sozialkaufhaus in Göttingen holt im ganzen Landkreis ab, allerdings erst nach einer Besichtigung: [Abholung anfragen](https://www.sozialkaufhaus.example/abholung).'),
('h04', 4, 'kerstin.neumann', 122, '17:40',
'Die Küche ist schon bei einer Familie in Gieboldehausen angekommen. Danke, Herr Ahmadi!'),

-- Gesundheit und Traumaberatung
('g01', 1, 'martin.wagner', 58, '09:40',
'In der Migrationsberatung in Hann. Münden begleite ich einen jungen Mann aus Syrien, der seit einem Gespräch über seine Flucht kaum noch schläft. Er möchte unbedingt **auf Arabisch** sprechen, nicht mit Dolmetscher.

Wer kennt eine Stelle im Landkreis oder in der Nähe, die Traumaberatung auf Arabisch anbietet? Wartezeiten von mehreren Monaten wären schwierig.'),
('g01', 2, 'katharina.klein', 58, '11:15',
'Das Psychosoziale Zentrum für Geflüchtete Südniedersachsen hat eine arabischsprachige Kollegin, allerdings nur dienstags und donnerstags. Erstgespräche vergeben wir innerhalb von **zwei bis drei Wochen**. Anmeldung über unser Formular: [Anfrage stellen](https://www.psz-suedniedersachsen.example/anfrage).'),
('g01', 3, 'reza.schwarz', 58, '13:05',
'Falls es schneller gehen muss: Der Dolmetscherpool vermittelt für Erstgespräche bei niedergelassenen Therapeutinnen auch **geschulte Sprachmittlung** mit Erfahrung im therapeutischen Gespräch. Ich weiß, er möchte keinen Dolmetscher – aber manchmal ist das eine Brücke bis zum Platz beim PSZ.'),
('g01', 4, 'martin.wagner', 57, '08:30',
'**Katharina Klein** schrieb:
> Erstgespräche vergeben wir innerhalb von **zwei bis drei Wochen**.

Das ist besser als gedacht, danke! Ich melde ihn heute an. @[Hamid Müller], falls Sie das Erstgespräch übernehmen: Er kommt mit dem Bus aus Hann. Münden, ein Termin ab 10 Uhr wäre gut.'),
('g01', 5, 'hamid.mueller', 57, '10:50',
'Gern, ich habe es mir notiert. Bis zum Erstgespräch: Die Broschüre *Schlafstörungen nach belastenden Erlebnissen* gibt es auf Arabisch, Dari und Ukrainisch bei unserem [Material](https://www.psz-suedniedersachsen.example/material).'),
('g01', 6, 'andreas.klein', 56, '14:20',
'Eine Ergänzung aus der Sozialarbeit im PSZ: Kommt eine akute Krise dazu, ist der **Sozialpsychiatrische Dienst** des Landkreises zuständig, auch außerhalb unserer Zeiten.'),
('g01', 7, 'martin.wagner', 30, '16:00',
'Rückmeldung: Er ist seit drei Wochen in Beratung beim PSZ und schläft wieder besser. Danke an alle!'),

('g02', 1, 'hamid.mueller', 100, '10:00',
'Das PSZ bietet wieder die eintägige Fortbildung **Trauma und Flucht** an:

- Traumafolgen erkennen
- stabilisierend begleiten
- sich selbst schützen

Für Ehrenamtliche kostenlos, für Fachkräfte 40 €. Der Seminarraum im 2. Stock hat leider keinen Aufzug – wer einen barrierefreien Raum braucht, melde sich bitte, dann weichen wir aus.'),
('g02', 2, 'laura.schmidt', 99, '15:30',
'Aus der Freiwilligenagentur Herzberg würden fünf Ehrenamtliche teilnehmen. Gibt es die Fortbildung auch einmal im Südharz?'),
('g02', 3, 'hamid.mueller', 98, '09:20',
'Gute Idee – wenn wir einen Raum bekommen, kommen wir gern nach Herzberg.'),
('g02', 4, 'laura.schmidt', 97, '10:00',
'Den Raum stellen wir. Ich schreibe Ihnen mögliche Termine.'),

('g03', 1, 'stefanie.krueger', 100, '11:10',
'Als Gesundheitslotsin werde ich oft gefragt, wo Asylsuchende den **Behandlungsschein** bekommen, wenn sie zum ersten Mal zum Arzt müssen. Gibt es eine einheitliche Regelung im Landkreis?'),
('g03', 2, 'yusuf.hoffmann', 100, '13:50',
'Den Schein stellt das **Sozialamt der Wohngemeinde** aus; einige Gemeinden geben schon die elektronische Gesundheitskarte aus. Das Gesundheitsamt hat eine Übersicht nach Gemeinden.'),
('g03', 3, 'sebastian.mueller', 99, '19:30',
'Bei einer Familie in Friedland, Bahnhofstraße 3, Tel. 030 23125-999, hat das Sozialamt den Schein drei Wochen lang nicht ausgestellt, obwohl das Kind Fieber hatte. Kann da jemand Druck machen?'),
('g03', 4, 'moderator', 98, '08:20',
'Ich habe den Beitrag oben ausgeblendet, weil er Adresse und Telefonnummer einer Familie enthielt. Das Anliegen ist berechtigt: Wenden Sie sich mit dem Einzelfall bitte an die Migrationsberatung oder direkt an das Sozialamt.'),
('g03', 5, 'stefanie.krueger', 97, '10:30',
'Danke. Die Übersicht des Gesundheitsamts stelle ich hier ein, sobald sie aktualisiert ist.'),
('g03', 6, 'stefanie.krueger', 15, '11:45',
'Hier ist die aktualisierte Übersicht: [Behandlungsschein und Gesundheitskarte nach Gemeinden](https://www.landkreis.example/gesundheitsamt/behandlungsschein).'),

('g04', 1, 'hamid.schwarz', 25, '09:30',
'Ab sofort gibt es im Gesundheitsamt Osterode **jeden zweiten Mittwoch** eine offene Impfsprechstunde für Kinder und Jugendliche, deren Impfstatus unklar ist. Ohne Termin, mit Sprachmittlung auf Arabisch und Ukrainisch.

Bitte mitbringen, wenn vorhanden:

- alte Impfunterlagen aus dem Herkunftsland
- Krankenversicherungskarte oder Behandlungsschein'),
('g04', 2, 'kerstin.hartmann', 24, '10:15',
'Danke! Das betrifft viele unserer Jugendlichen in den Sprachlernklassen. Ich hänge den Aushang in der Schule aus.'),
('g04', 3, 'fatima.kaya', 23, '13:00',
'Also for Kita children? Für die Aufnahme brauchen wir den Nachweis über die Masernimpfung.'),
('g04', 4, 'hamid.schwarz', 23, '15:40',
'Ja, auch für Kita-Kinder. Den Nachweis über die Masernimpfung stellen wir direkt aus.'),

('g05', 1, 'sara.kovalenko', 80, '10:00',
'Aus dem Dolmetscherpool: Wir bekommen immer mehr Anfragen von Arztpraxen nach Sprachmittlung. Die Krankenkassen zahlen das nicht. Wie lösen andere Landkreise das?'),
('g05', 2, 'yusuf.hoffmann', 79, '11:20',
'Für Leistungsberechtigte nach dem AsylbLG kann das Sozialamt die Kosten übernehmen, wenn die Behandlung sonst nicht möglich ist – auf Antrag und vorher. Bei allen anderen bleibt es schwierig.'),
('g05', 3, 'reza.schwarz', 79, '15:00',
'Wir haben in der Steuerungsrunde beantragt, ein kleines Budget für Arzttermine einzurichten. Ich halte Sie auf dem Laufenden.'),
('g05', 4, 'oksana.oeztuerk', 8, '14:30',
'Ich bin neu in der Einsatzplanung des Dolmetscherpools. Zur Info: Seit diesem Monat vermitteln wir Sprachmittlung für Arzttermine auch **per Video** – das spart die Fahrt und ist für die Praxen einfacher.'),
('g05', 5, 'sara.kovalenko', 0, '01:20',
'Danke, Oksana! Das Video-Angebot nehme ich gleich in unser Informationsblatt für die Praxen auf.'),

-- Kinder, Jugend und Familie
('k01', 1, 'fatima.kaya', 110, '10:30',
'At the Familienzentrum Regenbogen we get many requests from families who just moved here. Sie brauchen dringend einen Kita-Platz, aber die Gemeinde vergibt Plätze nur zum August. Wie gehen andere Gemeinden damit um?'),
('k01', 2, 'kerstin.lange', 110, '14:00',
'Wir haben in Bovenden eine **Brückengruppe**: eine Spielgruppe an drei Vormittagen pro Woche, bis ein Kita-Platz frei wird. Das hilft vielen Familien beim Ankommen.'),
('k01', 3, 'laura.mueller', 109, '09:45',
'In Hann. Münden gibt es eine Kita-Einstiegsbegleitung aus einem Bundesprogramm. Die Finanzierung läuft leider aus.'),
('k01', 4, 'fatima.kaya', 108, '16:20',
'Thanks! Wir sprechen mit der Gemeinde über eine zweite Brückengruppe.'),

('k02', 1, 'laura.mueller', 66, '15:10',
'Für die Hausaufgabenhilfe in Adelebsen suchen wir **einfache Lesetexte** für Kinder der Klassen 3 und 4, die erst seit kurzem Deutsch lernen. Am liebsten kostenlos und zum Ausdrucken.'),
('k02', 2, 'abdullahi.mahmoud', 65, '17:30',
'In der Hausaufgabenhilfe der Islamischen Gemeinde nutzen wir die Hefte von [Lesen lernen mit Bildern](https://www.lesehefte.example) – kostenlos und mit Hörtexten.'),
('k02', 3, 'sabine.zimmermann', 64, '10:00',
'Im Mehrgenerationenhaus Bad Grund haben wir zwei Kisten mit gespendeten Erstlesebüchern. Holen Sie sich gern welche ab!'),

('k03', 1, 'reza.kovalenko', 150, '18:00',
'Der SV Blau-Gelb Rosdorf veranstaltet in der dritten Ferienwoche ein **Fußballcamp** für 10- bis 14-Jährige. Zwölf Plätze sind für Kinder und Jugendliche aus geflüchteten Familien reserviert, die Kosten übernimmt der Verein.

Anmeldung über die Familienberatungen oder direkt bei mir.'),
('k03', 2, 'christina.oeztuerk', 149, '09:30',
'Schön! Ich gebe es an die Familien im Quartier weiter. Gibt es auch einen Fahrdienst aus Friedland?'),
('k03', 3, 'reza.kovalenko', 149, '12:10',
'Einen Fahrdienst leider nicht, aber einen Bus um 8.40 Uhr. Wir holen die Kinder an der Haltestelle ab.'),

('k04', 1, 'kerstin.hartmann', 135, '11:00',
'Wir haben zurzeit mehrere Jugendliche zwischen 14 und 16 Jahren, die seit Wochen auf einen Platz in einer **Sprachlernklasse** warten. Weiß jemand, welche Schulen im Altkreis Osterode noch Plätze haben?'),
('k04', 2, 'zainab.bondarenko', 135, '15:20',
'The Bildungsbüro keeps a list: Die Übersicht der Sprachlernklassen mit freien Plätzen schicke ich jeden Montag an die Beratungsstellen. Ich nehme Sie in den Verteiler auf.'),
('k04', 3, 'farid.tesfay', 134, '10:10',
'Für 16-Jährige kommt auch die **Sprint-Klasse** an den Berufsbildenden Schulen in Frage, dort sind noch Plätze frei.'),
('k04', 4, 'kerstin.hartmann', 133, '09:00',
'Danke, beides hilft. Drei Jugendliche haben jetzt einen Platz.'),
('k04', 5, 'kerstin.hartmann', 12, '16:30',
'Die Lage hat sich wieder verschärft: Acht Jugendliche warten. Frau Bondarenko, gibt es neue Zahlen?'),
('k04', 6, 'zainab.bondarenko', 11, '09:20',
'Yes – zum Halbjahr kommen zwei neue Sprachlernklassen dazu, in Osterode und in Herzberg. Ich schicke Ihnen die Einzelheiten heute.'),

-- Ehrenamt
('e01', 1, 'zainab.meier', 120, '10:00',
'Der Asylkreis Friedland sucht neue **Patinnen und Paten**, die Familien im Alltag begleiten. Zur Einführung gibt es eine Schulung:

- Samstag, 10 bis 15 Uhr, Gemeindehaus Friedland
- Rolle und Grenzen im Ehrenamt, Behördenwege, Schweigepflicht
- mit Mittagessen

Anmeldung bei mir, gern auch aus den Nachbarorten.'),
('e01', 2, 'sebastian.mueller', 119, '20:10',
'Ich bin dabei und bringe zwei Leute aus der Willkommensinitiative Bovenden mit.'),
('e01', 3, 'kerstin.neumann', 118, '08:50',
'Ich kann etwas über unseren Fahrdienst erzählen, wenn das passt.'),

('e02', 1, 'heike.rahimi', 55, '11:15',
'Die Fahrradwerkstatt Speiche bietet im Frühjahr wieder einen **Radfahrkurs für Frauen** an, die nie Radfahren gelernt haben: sechs Termine auf dem Schulhof in Gleichen, Räder und Helme stellen wir.

Wir suchen noch **zwei Trainerinnen** (ehrenamtlich, mit Aufwandsentschädigung).'),
('e02', 2, 'christina.oeztuerk', 54, '09:40',
'Ich kenne aus dem Schwimmkurs zwei Frauen, die das gern machen würden. Ich frage sie.'),
('e02', 3, 'stefanie.kovalenko', 54, '17:00',
'Gespendete Damenräder nehmen wir übrigens gern an – samstags in der Werkstatt.'),
('e02', 4, 'heike.rahimi', 20, '10:30',
'Beide Trainerinnen sind gefunden, danke! Der Kurs ist mit zehn Frauen voll, es gibt eine Warteliste.'),

('e03', 1, 'peter.kovalenko', 90, '19:20',
'Ich bin seit kurzem Sprachpate im Eichsfeld. Bin ich bei meinen Treffen versichert, wenn ich zum Beispiel mit jemandem zum Amt fahre? Und darf ich eine Aufwandsentschädigung bekommen?'),
('e03', 2, 'sebastian.nazari', 89, '10:15',
'Gute Fragen! Kurz:

1. **Unfallversicherung:** Ehrenamtliche in Projekten von Kommunen und gemeinnützigen Trägern sind in der Regel über die Sammelversicherung des Landes abgesichert.
2. **Haftpflicht:** ebenfalls über die Sammelversicherung, nachrangig zur eigenen Haftpflichtversicherung.
3. **Aufwandsentschädigung:** bis zur Höhe der Ehrenamtspauschale steuerfrei.

Einzelheiten im [Merkblatt Ehrenamt und Versicherung](https://www.freiwilligenagentur-herzberg.example/merkblatt) der Freiwilligenagentur.'),
('e03', 3, 'monika.rahimi', 89, '12:00',
'Für unsere Patenschaften gilt das auch. Peter, ich schicke dir die Vereinbarung, die wir mit allen Patinnen und Paten abschließen.'),
('e03', 4, 'peter.kovalenko', 88, '08:40',
'Danke euch beiden, das beruhigt mich.'),

('e04', 1, 'nadia.krause', 70, '10:40',
'Several volunteers in our Begegnungscafé tell me they take the stories of the people they accompany home with them. Gibt es im Landkreis ein Angebot zur **Supervision oder kollegialen Beratung** für Ehrenamtliche?'),
('e04', 2, 'sabine.hartmann', 70, '13:20',
'Das PSZ hat einmal im Monat eine offene Gesprächsgruppe für Ehrenamtliche, kostenlos. Den nächsten Termin finden Sie auf unserer Website.'),
('e04', 3, 'sebastian.nazari', 69, '09:00',
'In Herzberg organisieren wir kollegiale Beratung in kleinen Gruppen – ein Modell, das sich leicht übertragen lässt. Unsere Anleitung schicke ich gern.'),
('e04', 4, 'nadia.krause', 68, '17:15',
'Thank you both – wir fangen mit der Gruppe im PSZ an und versuchen die kollegiale Beratung im Herbst.'),

-- Recht und Aufenthalt
('r01', 1, 'jonas.shevchenko', 170, '16:30',
'In der Refugee Law Clinic beraten wir mehrere Menschen, die das Chancen-Aufenthaltsrecht rechtzeitig beantragt haben, über deren Antrag aber noch nicht entschieden ist. Wie geht die Ausländerbehörde mit diesen Anträgen um?'),
('r01', 2, 'claudia.braun', 169, '10:00',
'Anträge, die vor dem Stichtag gestellt wurden, bearbeiten wir nach der alten Rechtslage zu Ende. Wichtig: Für die Zwischenzeit brauchen die Personen eine **Fiktionsbescheinigung** oder Duldung; wer keine hat, soll sich bitte bei uns melden.'),
('r01', 3, 'moderator', 169, '12:40',
'Danke, Frau Braun. Aus der Migrationsberatung: Viele wissen nicht, was nach den 18 Monaten kommt. Wir haben dazu ein einfaches Infoblatt auf Deutsch, Arabisch und Dari gemacht: [Infoblatt Chancen-Aufenthalt](https://www.diakonie-duderstadt.example/chancen).'),
('r01', 4, 'andreas.kaya', 168, '09:20',
'Aus der Supervision der Clinic: Prüfen Sie bitte bei allen frühzeitig, ob ein Übergang nach **§ 25a oder § 25b AufenthG** möglich ist. Die Voraussetzungen – Sprache, Lebensunterhalt, Identität – brauchen oft länger als gedacht.'),
('r01', 5, 'martin.wagner', 165, '11:00',
'Eine Frage dazu: Reicht für die Klärung der Identität die Geburtsurkunde, wenn kein Pass zu bekommen ist?'),
('r01', 6, 'claudia.braun', 164, '09:45',
'Das hängt vom Einzelfall ab. Dokumentieren Sie bitte alle Bemühungen um einen Pass (Termine bei der Botschaft, Schreiben). Ohne diese Nachweise kommen wir nicht weiter.'),
('r01', 7, 'jonas.shevchenko', 160, '18:00',
'**Claudia Braun** schrieb:
> Dokumentieren Sie bitte alle Bemühungen um einen Pass (Termine bei der Botschaft, Schreiben).

Danke für die Klarstellung. Wir machen daraus eine Checkliste für unsere Beratung und stellen sie hier ein.'),
('r01', 8, 'jonas.shevchenko', 158, '14:10',
'Erledigt: [Checkliste Identitätsklärung](https://www.rlc-goettingen.example/checkliste-identitaet) als PDF, auf Deutsch und auf Englisch. Rückmeldungen gern an die Clinic.'),

('r02', 1, 'moderator', 140, '10:10',
'In der Migrationsberatung warten Familien zurzeit sehr lange auf Termine bei den Auslandsvertretungen für den **Familiennachzug**. Hat jemand aktuelle Erfahrungen, welche Wege schneller sind?'),
('r02', 2, 'zainab.meier', 139, '15:30',
'Der Suchdienst des DRK berät auch zu den Unterlagen für die Familienzusammenführung – schneller werden die Termine dadurch leider nicht.'),
('r02', 3, 'jonas.shevchenko', 138, '09:00',
'Bei **unbegleiteten Minderjährigen**, deren Eltern nachziehen wollen, lohnt sich ein Hinweis auf die Dringlichkeit, wenn die Volljährigkeit naht. Damit haben wir gute Erfahrungen gemacht.'),
('r02', 4, 'miriam.lange', 137, '11:25',
'Für Familienangehörige von Fachkräften kann das **beschleunigte Fachkräfteverfahren** helfen; das Welcome Center berät dazu.'),
('r02', 5, 'moderator', 136, '08:40',
'Danke, das sind gute Hinweise. Ich sammle sie für unsere nächste Teamsitzung.'),

('r03', 1, 'tesfaye.krause', 30, '09:00',
'Ab dem nächsten Monat ändern sich die **Sprechzeiten für Einbürgerungen**:

- Dienstag 8 bis 12 Uhr: nur mit Termin
- Donnerstag 14 bis 17 Uhr: offene Sprechstunde für Fragen zu den Unterlagen

Termine vergeben wir online: [Terminvergabe](https://www.landkreis.example/auslaenderbehoerde/termine).'),
('r03', 2, 'abdullahi.werner', 29, '11:00',
'Danke! Gilt die offene Sprechstunde auch für Menschen aus Hann. Münden?'),
('r03', 3, 'tesfaye.krause', 29, '13:30',
'Yes, für den ganzen Landkreis außer der Stadt Göttingen.'),

('r04', 1, 'zainab.meier', 100, '11:30',
'Immer wieder fragen Ratsuchende nach Angehörigen, die sie auf der Flucht verloren haben. Kurz, wie der **Suchdienst des DRK** arbeitet:

1. Anfrage im persönlichen Gespräch bei uns in Friedland
2. Suche über das internationale Netz des Roten Kreuzes
3. Nachricht an die Familie, sobald es eine Spur gibt

Die Anfrage ist kostenlos und vertraulich.'),
('r04', 2, 'sara.kovalenko', 99, '10:00',
'Danke für die Erklärung. Können wir dafür Sprachmittlung aus dem Pool stellen?'),
('r04', 3, 'zainab.meier', 99, '14:20',
'Gern, besonders für Tigrinya und Somali brauchen wir oft Unterstützung.'),

-- Veranstaltungen und Termine
('v01', 1, 'admin', 230, '09:00',
'Die Netzwerktreffen finden **viermal im Jahr** statt, jeweils 14 bis 17 Uhr, reihum im Landkreis:

1. Frühjahr: Kreishaus Göttingen
2. Sommer: Rathaus Herzberg am Harz
3. Herbst: Pfarrheim Heilig Kreuz, Duderstadt
4. Winter: Kreisvolkshochschule Göttingen

Einladung und Tagesordnung kommen jeweils vier Wochen vorher. Themenwünsche gern hier.'),
('v01', 2, 'khaled.kaya', 228, '10:00',
'Themenwunsch: Wohnraum für große Familien – das beschäftigt uns in Rosdorf gerade am meisten.'),
('v01', 3, 'ute.schmidt', 227, '09:20',
'Dazu berichte ich gern aus der Wohnraumvermittlung.'),
('v01', 4, 'admin', 60, '10:15',
'Das Sommertreffen in Herzberg war mit 48 Teilnehmenden das größte bisher. Das Protokoll ist an alle verschickt. Das nächste Treffen ist im Herbst in Duderstadt.'),

('v02', 1, 'tesfaye.braun', 45, '12:00',
'Herzliche Einladung zum **Frauenfrühstück international** im Mehrgenerationenhaus Bad Grund, jeden ersten Samstag im Monat ab 10 Uhr. Jede bringt etwas mit, das sie mag. Kinderbetreuung im Nebenraum, Kostenbeitrag 2 €.'),
('v02', 2, 'oksana.al-hassan', 44, '09:00',
'Diesmal gibt es ukrainische Syrniki – ich bringe genug für alle mit!'),

('v03', 1, 'admin', 50, '08:30',
'Der Landkreis lädt zum **Fachtag Integration im ländlichen Raum** ein:

- Vorträge zu Mobilität, Wohnen und Ehrenamt
- Workshops am Nachmittag
- Markt der Möglichkeiten: Stellen Sie Ihre Organisation vor!

Kreishaus Göttingen, 9 bis 16 Uhr. Anmeldung bis zwei Wochen vorher: [Anmeldung zum Fachtag](https://www.landkreis.example/fachtag).'),
('v03', 2, 'sebastian.nazari', 50, '10:30',
'Wir stellen die Freiwilligenagentur auf dem Markt der Möglichkeiten vor. Gibt es Strom am Stand?'),
('v03', 3, 'admin', 50, '11:00',
'Ja, an jedem Stand. Tische und Stellwände stellen wir.'),
('v03', 4, 'katharina.nazari', 48, '14:10',
'Gibt es Gebärdensprachdolmetschen? Eine Kollegin aus der Selbsthilfe ist gehörlos.'),
('v03', 5, 'admin', 47, '09:00',
'Ja, für die Vorträge haben wir Gebärdensprachdolmetschen bestellt. Danke für den Hinweis!'),
('v03', 6, 'member1', 0, '03:05',
'Der Workshop *Sprache im Beruf* ist schon voll – ich habe einen zweiten Durchgang am Nachmittag angefragt.'),

('v04', 1, 'oksana.richter', 28, '16:00',
'Beim nächsten **Kochabend international** kocht eine Teilnehmerin aus Eritrea mit uns Zigni und Injera. Letzter Freitag im Monat, 18 Uhr, Küche der Freiwilligenagentur. 5 € für die Zutaten, Anmeldung bis Mittwoch.'),
('v04', 2, 'laura.schmidt', 27, '10:00',
'Es gibt noch sechs Plätze. Männer sind diesmal auch eingeladen!'),
('v04', 3, 'christina.bondarenko', 26, '12:30',
'Ich komme mit zwei Kolleginnen aus dem Rathaus.'),

-- Fördermittel
('f01', 1, 'sebastian.nazari', 75, '09:00',
'Das Land fördert wieder Projekte von Ehrenamtlichen in der Integrationsarbeit, **bis 5.000 €** je Projekt. Die Antragsfrist endet in sechs Wochen. Gefördert werden unter anderem:

- Sachkosten (Material, Miete)
- Fahrtkosten
- Aufwandsentschädigungen

Personalstellen werden nicht gefördert. Die Freiwilligenagentur hilft beim Antrag.'),
('f01', 2, 'stefanie.kovalenko', 74, '17:30',
'Kann auch Werkzeug für die Fahrradwerkstatt gefördert werden?'),
('f01', 3, 'sebastian.nazari', 73, '09:10',
'Ja, Werkzeug zählt zu den Sachkosten. Melden Sie sich, dann gehen wir den Antrag gemeinsam durch.'),
('f01', 4, 'stefanie.kovalenko', 40, '18:00',
'Bewilligt! Danke für die Hilfe beim Antrag.'),

('f02', 1, 'elif.hoffmann', 65, '10:00',
'Für das Sprachcafé möchten wir einen Antrag für ein Mikroprojekt stellen (Spiele, Bücher, Kaffee). Hat jemand Erfahrung damit? Wie aufwendig ist der Verwendungsnachweis?'),
('f02', 2, 'olena.haddad', 65, '14:20',
'Für den Begegnungsgarten haben wir das zweimal gemacht. Der Verwendungsnachweis ist einfach: **Belege sammeln** und ein kurzer Sachbericht mit zwei, drei Fotos.'),
('f02', 3, 'laura.mueller', 64, '09:30',
'Achtung: Für Fotos, auf denen Menschen zu erkennen sind, braucht ihr eine Einverständniserklärung. Wir haben eine Vorlage in einfacher Sprache.'),
('f02', 4, 'elif.hoffmann', 63, '11:00',
'Sehr hilfreich, danke! Die Vorlage würde ich gern nehmen.'),
('f02', 5, 'laura.mueller', 63, '15:45',
'Hier ist sie: [Einverständniserklärung Fotos (einfache Sprache)](https://www.kirche-adelebsen.example/vorlagen/fotos.pdf).'),

-- Material und Vorlagen
('m01', 1, 'katharina.nazari', 180, '10:00',
'Für die Sozialberatung in Dransfeld haben wir eine **Schweigepflichtentbindung in einfacher Sprache** mit Piktogrammen entwickelt. Alle im Netzwerk dürfen sie nutzen und anpassen:

- [Schweigepflichtentbindung (DOCX)](https://www.paritaet-dransfeld.example/vorlagen/schweigepflicht.docx)
- [Schweigepflichtentbindung (PDF)](https://www.paritaet-dransfeld.example/vorlagen/schweigepflicht.pdf)

Rückmeldungen zur Verständlichkeit sind sehr willkommen.'),
('m01', 2, 'monika.krause', 179, '11:30',
'Sehr gut! Gibt es die Vorlage auch in anderen Sprachen? In der Frauenberatung brauchen wir oft Arabisch und Farsi.'),
('m01', 3, 'reza.schwarz', 178, '09:00',
'Der Dolmetscherpool kann die Übersetzung in fünf Sprachen übernehmen, wenn die Steuerungsrunde das freigibt.'),
('m01', 4, 'katharina.nazari', 120, '10:20',
'Die Übersetzungen sind fertig: Arabisch, Farsi, Ukrainisch, Türkisch und Englisch, unter denselben Links wie oben.'),

('m02', 1, 'fatima.kaya', 60, '09:10',
'We collected parent letters in several languages for our Kita: Elternbriefe zu Aufnahme, Impfungen, Schließtagen und Ausflügen auf **Arabisch, Dari, Ukrainisch und Englisch** – [Elternbriefe](https://www.familienzentrum-bovenden.example/elternbriefe). Feel free to use them!'),
('m02', 2, 'martin.schmidt', 59, '10:40',
'Wunderbar, die brauchen wir in den Eichsfelder Kitas genauso. Darf ich sie an die Kita-Leitungen weitergeben?'),
('m02', 3, 'fatima.kaya', 59, '13:00',
'Of course – gern!'),

('m03', 1, 'elif.hoffmann', 100, '09:30',
'Aus dem Thema unter *Sprache und Sprachkurse* ist eine Tabelle geworden: [Sprachcafés im Landkreis](https://www.sprachcafe-weststadt.example/treffpunkte.ods). Ich aktualisiere sie einmal im Monat.'),
('m03', 2, 'member1', 99, '08:45',
'Danke! Die Tabelle verlinke ich auch in unserem Kursprogramm.'),

('m04', 1, 'ute.schmidt', 20, '14:00',
'Für unsere Wohnungssuche-Sprechstunde haben wir eine **Checkliste für die Besichtigung** in einfacher Sprache gemacht:

- Was kostet die Wohnung *warm*?
- Wie hoch ist die Kaution?
- Wer zahlt Strom und Internet?
- Gibt es einen Keller oder einen Abstellraum?

Die ganze Liste zum Ausdrucken: [Checkliste Besichtigung](https://www.kreiswohnbau-suedharz.example/checkliste.pdf)'),
('m04', 2, 'abdullahi.mahmoud', 19, '09:30',
'Sehr praktisch. In der Mieterberatung übersetzen wir sie gern ins Arabische.'),

-- Notunterkünfte (abgeschlossen)
('n01', 1, 'christina.bondarenko', 225, '08:30',
'In der Notunterkunft in der Sporthalle werden dringend gebraucht: **Handtücher, Hausschuhe, Kinderspielzeug**. Kleidung haben wir genug. Abgabe täglich 16 bis 18 Uhr.'),
('n01', 2, 'ehemalig', 225, '12:00',
'Der Asylkreis Friedland bringt morgen eine Ladung Handtücher und Spiele vorbei.'),
('n01', 3, 'sebastian.nazari', 224, '09:00',
'Die Freiwilligenagentur koordiniert die Helferinnen und Helfer für die Abendschicht. Wer kann, trägt sich hier ein: [Schichtplan](https://www.freiwilligenagentur-herzberg.example/schichtplan).'),
('n01', 4, 'christina.bondarenko', 205, '10:00',
'Die Notunterkunft ist geschlossen, alle Familien sind in Wohnungen umgezogen. Danke an alle, die geholfen haben!'),

-- Arbeitskreis Sprache
('ak1', 1, 'member1', 128, '09:30',
'Wie im Forum angekündigt, hier der Vorschlag für eine **gemeinsame Warteliste**:

1. Jeder Träger meldet einmal pro Woche, wie viele Menschen auf welches Niveau warten (ohne Namen!).
2. Das Bildungsbüro führt die Übersicht.
3. Wird irgendwo ein Platz frei, schaut der Träger zuerst in die Übersicht.

@[Jonas Nazari] @[Zainab Bondarenko] – passt das für KVHS und Bildungsbüro?'),
('ak1', 2, 'jonas.nazari', 128, '11:10',
'Für die KVHS passt das. Wöchentlich ist realistisch, wenn es ein einfaches Formular gibt.'),
('ak1', 3, 'zainab.bondarenko', 127, '09:00',
'Agreed. Ich baue ein Formular, Start ist nächsten Montag.'),
('ak1', 4, 'thomas.krueger', 127, '13:20',
'Die Sprachschule Brückenwort ist dabei.'),
('ak1', 5, 'member2', 100, '10:30',
'From the Welcome Center: Können wir auch Wartende für **berufsbegleitende Kurse** eintragen? Viele Fachkräfte arbeiten schon.'),
('ak1', 6, 'member1', 99, '08:20',
'Gute Idee – ich ergänze im Formular eine Spalte für berufsbegleitende Kurse.'),
('ak1', 7, 'miriam.lange', 10, '09:00',
'Aktueller Stand der Warteliste: **B1: 12, B2: 31, C1: 6, berufsbegleitend: 9**. Die Wartezeit für B2 ist auf rund drei Monate gesunken.'),

('ak2', 1, 'member1', 150, '17:00',
'Hier sammeln wir die Protokolle unserer Treffen. **Nächstes Treffen:** in vier Wochen um 14 Uhr in der Sprachschule Brückenwort, Lindenhof 7.'),
('ak2', 2, 'member1', 120, '16:30',
'Protokoll des letzten Treffens:

- Die gemeinsame Warteliste startet (siehe eigenes Thema).
- Einstufung in Osterode: einmal im Monat beim Jugendmigrationsdienst.
- Alphakurs in Duderstadt: Werbung über die Patenschaften.

Das nächste Treffen ist bei der KVHS.'),
('ak2', 3, 'jonas.nazari', 60, '15:00',
'Das Protokoll vom Treffen bei der KVHS hängt an der Einladungsmail. Kurz: zwei neue B2-Kurse, die Kinderbetreuung für den Alphakurs ist bewilligt.'),

('ak3', 1, 'monika.rahimi', 40, '10:00',
'Für unsere Sprachpatenschaften habe ich **Wortschatzkarten zum Thema Arbeit** gemacht: Werkzeuge, Arbeitskleidung, Sätze für das Vorstellungsgespräch. Auf A4 ausdrucken, dann schneiden:

- [Karten Werkstatt](https://www.sprachpatenschaften-eichsfeld.example/karten-werkstatt.pdf)
- [Karten Pflege](https://www.sprachpatenschaften-eichsfeld.example/karten-pflege.pdf)'),
('ak3', 2, 'peter.kovalenko', 39, '19:00',
'Die Pflege-Karten habe ich gestern ausprobiert – sehr gut!'),
('ak3', 3, 'olena.haddad', 5, '11:30',
'Mit meinen Teilnehmerinnen habe ich Karten zu **Kita und Schule** gemacht: [Karten Kita](https://www.kvhs-goettingen.example/material/karten-kita.pdf). Die Bilder stammen aus unserem Kursbuch.'),

-- Koordinierungsgruppe Integration
('ko1', 1, 'admin', 40, '15:00',
'Liebe Koordinierungsgruppe,

das Protokoll der letzten Sitzung ist fertig. Die wichtigsten **Aufgaben** bis zur nächsten Sitzung:

- Herr Demir: Zuständigkeiten von MBE und JMD im Südharz klären
- Frau Jaber: Zahlen zur Wartezeit auf Integrationskurse
- @[Anna Schneider]: Bericht aus dem Arbeitskreis Sprache'),
('ko1', 2, 'petra.jaber', 38, '10:00',
'Die Zahlen zur Wartezeit habe ich in der Tabelle des Bildungsbüros ergänzt.'),
('ko1', 3, 'member1', 37, '09:30',
'Der Bericht aus dem Arbeitskreis Sprache ist fertig. Kurz: Die gemeinsame Warteliste läuft, die Wartezeit für B2 ist gesunken.'),

('ko2', 1, 'moderator', 39, '11:00',
'Im Südharz werden junge Erwachsene immer wieder zwischen MBE und Jugendmigrationsdienst hin- und hergeschickt. Mein Vorschlag:

- **bis 27 Jahre:** JMD, außer es läuft schon eine Beratung bei der MBE
- **ab 27 Jahre:** MBE
- **Familien:** dort, wo die Eltern beraten werden

Einverstanden?'),
('ko2', 2, 'christina.bondarenko', 39, '14:30',
'Aus Sicht der Stadt Herzberg: sehr gut, so erklären wir es auch im Rathaus.'),
('ko2', 3, 'khaled.kaya', 38, '09:15',
'Für Rosdorf passt das ebenfalls.'),
('ko2', 4, 'abdullahi.werner', 36, '16:00',
'Zustimmung. Nehmen Sie bitte auch die Caritas in Hann. Münden mit ins Boot.'),
('ko2', 5, 'moderator', 35, '10:30',
'Danke! Caritas und Diakonie sind einverstanden. Ich schreibe die Regel ins Protokoll.'),

('ko3', 1, 'claudia.braun', 180, '09:00',
'Die Beratungsstellen schicken uns Anfragen auf sehr unterschiedlichen Wegen. Ein **gemeinsames Formular**, mit Einwilligung der Person, würde uns die Bearbeitung erleichtern. Einen Entwurf schicke ich.'),
('ko3', 2, 'admin', 178, '10:10',
'Gute Idee. Denken Sie bitte an den Datenschutz: nur verschlüsselt übermitteln.'),
('ko3', 3, 'claudia.braun', 150, '14:00',
'Das Formular ist fertig. Übermittlung nur über das [sichere Kontaktformular](https://www.landkreis.example/auslaenderbehoerde/kontakt) der Ausländerbehörde.'),

-- Steuerungsrunde Landkreis
('st1', 1, 'admin', 60, '09:00',
'Vertraulich bis zur Sitzung des Kreisausschusses: Der Entwurf sieht für das kommende Jahr **gleichbleibende Mittel** für die Koordination vor, aber **15 % weniger** für die Kosten der Sprachmittlung. Bitte bis Freitag Rückmeldung, wo die Kürzung am meisten schadet.'),
('st1', 2, 'reza.schwarz', 59, '10:30',
'15 % weniger hieße rund 300 Einsätze weniger im Jahr, vor allem bei Arztterminen und Elterngesprächen. Ich schicke eine Aufstellung.'),
('st1', 3, 'katharina.klein', 59, '14:00',
'Für das PSZ wäre das kritisch: Ohne Sprachmittlung können wir etwa ein Drittel der Erstgespräche nicht führen.'),
('st1', 4, 'admin', 55, '11:00',
'Danke, beides steht in der Stellungnahme. Der Ausschuss hat die Kürzung auf **5 %** verringert.'),

('st2', 1, 'admin', 14, '09:00',
'Vorschlag zur Tagesordnung:

1. Bericht aus der Koordinierungsgruppe
2. Sprachmittlung: Budget für Arzttermine
3. Fachtag Integration: Auswertung
4. Verschiedenes

Ergänzungen bitte bis Mittwoch.'),
('st2', 2, 'julia.shevchenko', 13, '10:20',
'Bitte unter Verschiedenes: Zahlen zur Arbeitsmarktintegration aus der Agentur.'),
('st2', 3, 'member1', 12, '08:40',
'Unter 1. berichte ich auch kurz aus dem Arbeitskreis Sprache.'),

-- Projektteam Willkommenspaten
('wp1', 1, 'zainab.meier', 130, '18:00',
'Unser monatliches **Patenschaftstreffen** ist am Donnerstag um 19 Uhr im Gemeindehaus. Themen: Erfahrungsaustausch, neue Patenschaften, Fahrdienst.'),
('wp1', 2, 'sebastian.mueller', 129, '20:30',
'Ich komme und bringe Kuchen mit.'),
('wp1', 3, 'thomas.krueger', 128, '12:00',
'Ich komme auch. Können wir über Sprachpatenschaften für Berufstätige sprechen? Viele haben nur abends Zeit.'),
('wp1', 4, 'zainab.meier', 128, '15:00',
'Sehr gern, ich nehme das auf die Tagesordnung.'),

('wp2', 1, 'zainab.meier', 35, '10:00',
'Das Projekt **Willkommenspaten** endet zum Monatsende. Wir haben:

- 38 Patenschaften vermittelt
- jeden Monat ein Patenschaftstreffen organisiert
- zwei Schulungen durchgeführt

Die Patenschaften laufen beim Asylkreis Friedland weiter. Diese Gruppe wird danach archiviert und bleibt lesbar. **Danke an alle!**'),
('wp2', 2, 'kerstin.neumann', 34, '09:30',
'Danke, Zainab, für die Koordination!'),
('wp2', 3, 'abdullahi.schwarz', 33, '20:00',
'Es war eine schöne Zeit. Meine Patenschaft geht auf jeden Fall weiter.'),
('wp2', 4, 'member2', 32, '11:00',
'Thank you! Danke für alles – ich habe viel gelernt.');

-- ---------------------------------------------------------------------------
-- Edits, deletions, hiding, reports, mentions, watches

INSERT INTO demo_marks (k, n, what, who, day, at, text, title) VALUES
('s02', 1, 'edit', 'olena.haddad', 72, '09:00',
'Im neuen Integrationskurs **mit Kinderbetreuung** an der Kreisvolkshochschule sind noch **vier** Plätze frei.

- Unterricht montags bis donnerstags 8.30 bis 12.45 Uhr
- KVHS Göttingen, Raum 4 (ebenerdig)
- Kinderbetreuung für Kinder ab einem Jahr im Haus

Melden Sie Interessierte bitte direkt bei mir an. Nötig ist eine Berechtigung vom BAMF oder eine Verpflichtung vom Jobcenter.',
 'Integrationskurs mit Kinderbetreuung: noch vier Plätze frei'),
('s03', 6, 'edit', 'reza.kovalenko', 126, '09:42',
'Einstufungen machen wir weiterhin montags ohne Termin. Wer schon B2 hat, kann bei uns in einen laufenden Kurs einsteigen, wenn Plätze frei werden.',
 NULL),
('r01', 8, 'edit', 'jonas.shevchenko', 158, '14:25',
'Erledigt: [Checkliste Identitätsklärung](https://www.rlc-goettingen.example/checkliste) als PDF.',
 NULL),
('r01', 8, 'edit', 'jonas.shevchenko', 150, '09:00',
'Erledigt: [Checkliste Identitätsklärung](https://www.rlc-goettingen.example/checkliste-identitaet) als PDF.',
 NULL),
('j03', 5, 'delete', 'dmytro.mueller', 68, '09:20', NULL, NULL),
('g03', 3, 'hide', 'moderator', 98, '08:15',
 'Enthält Adresse und Telefonnummer einer Familie. Bitte keine personenbezogenen Daten von Ratsuchenden ins Forum schreiben.',
 NULL);

INSERT INTO demo_reports (k, n, who, day, at, reason, resolver, rday, rat) VALUES
('g03', 3, 'stefanie.krueger', 99, '20:10',
 'Im Beitrag stehen Adresse und Telefonnummer einer Familie.', 'moderator', 98, '08:15'),
('h03', 4, 'ute.schmidt', 5, '08:40',
 'Pauschale Behauptung über eine namentlich genannte Hausverwaltung, ohne Beleg. Bitte prüfen – wir arbeiten gut mit dieser Verwaltung zusammen.',
 NULL, NULL, NULL),
('ak3', 3, 'thomas.krueger', 3, '10:15',
 'Die Bilder der Karten stammen laut Beitrag aus einem Kursbuch. Dürfen wir sie hier teilen? Bitte das Urheberrecht prüfen.',
 NULL, NULL, NULL);

INSERT INTO demo_mentions (k, n, who) VALUES
('s03', 8, 'samir.wolf'),
('g01', 4, 'hamid.mueller'),
('ak1', 1, 'jonas.nazari'),
('ak1', 1, 'zainab.bondarenko'),
('ko1', 1, 'member1');

INSERT INTO demo_watches (who, k, category, day, at) VALUES
('admin', NULL, 'Fragen zur Plattform', 235, '09:15'),
('moderator', NULL, 'Recht und Aufenthalt', 234, '14:35'),
('member1', NULL, 'Sprache und Sprachkurse', 170, '10:10'),
('member2', NULL, 'Arbeit und Anerkennung', 109, '08:55'),
('member1', 'g01', NULL, 58, '12:00'),
('moderator', 'h03', NULL, 5, '09:00'),
('member2', 'r03', NULL, 30, '10:00');

-- ---------------------------------------------------------------------------
-- Times

UPDATE demo_posts SET t = IF(day = 0, NOW() - INTERVAL TIME_TO_SEC(at) SECOND,
                             TIMESTAMP(CURDATE() - INTERVAL day DAY, at));
UPDATE demo_marks SET t = IF(day = 0, NOW() - INTERVAL TIME_TO_SEC(at) SECOND,
                             TIMESTAMP(CURDATE() - INTERVAL day DAY, at));

-- ---------------------------------------------------------------------------
-- Groups, members, categories

INSERT INTO `groups` (slug, name, description, visibility, archived_at, created_by, created_at, updated_at)
SELECT d.slug, d.name, d.description, d.visibility,
       IF(d.archived IS NULL, NULL, TIMESTAMP(CURDATE() - INTERVAL d.archived DAY, '17:00')),
       p.id, TIMESTAMP(CURDATE() - INTERVAL d.age DAY, '09:00'),
       TIMESTAMP(CURDATE() - INTERVAL COALESCE(d.archived, d.age) DAY, '17:00')
FROM demo_groups d JOIN demo_people p ON p.who = d.creator
ORDER BY d.age DESC;

INSERT INTO group_members (group_id, user_id, role, state, created_at)
SELECT g.id, p.id, d.role, d.state, TIMESTAMP(CURDATE() - INTERVAL d.age DAY, '09:30')
FROM demo_group_members d
JOIN `groups` g ON g.slug = d.slug
JOIN demo_people p ON p.who = d.who;

INSERT INTO forum_categories (group_id, name, description, field_id, position, retired, created_at, updated_at)
SELECT g.id, d.name, d.description, f.id, d.position, d.retired,
       TIMESTAMP(CURDATE() - INTERVAL d.age DAY, IF(d.grp IS NULL, '08:00', '09:05')),
       TIMESTAMP(CURDATE() - INTERVAL IF(d.retired, 200, d.age) DAY, IF(d.grp IS NULL, '08:00', '09:05'))
FROM demo_categories d
LEFT JOIN `groups` g ON g.slug = d.grp
LEFT JOIN fields_of_action f ON f.name_de = d.field
WHERE d.grp IS NULL OR g.id IS NOT NULL
ORDER BY d.grp IS NOT NULL, g.id, d.position;

-- ---------------------------------------------------------------------------
-- Topics and posts, in the order they were written; the counts come last.

INSERT INTO forum_topics (category_id, group_id, title, created_by, created_at, updated_at,
                          last_post_at, pinned, locked)
SELECT c.id, c.group_id, d.title, p.id, f.t, f.t, f.t, d.pinned, d.locked
FROM demo_topics d
JOIN demo_posts f ON f.k = d.k AND f.n = 1
JOIN demo_people p ON p.who = f.who
LEFT JOIN `groups` g ON g.slug = d.grp
JOIN forum_categories c ON c.name = d.category AND c.group_id <=> g.id
WHERE d.grp IS NULL OR g.id IS NOT NULL
ORDER BY f.t, d.k;

CREATE TEMPORARY TABLE demo_tid (k CHAR(3) NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL)
  SELECT d.k, t.id FROM demo_topics d JOIN forum_topics t ON t.title = d.title;

INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body)
SELECT t.id, t.group_id, p.id, d.t, d.body
FROM demo_posts d
JOIN demo_tid m ON m.k = d.k
JOIN forum_topics t ON t.id = m.id
JOIN demo_people p ON p.who = d.who
ORDER BY d.t, d.k, d.n;

-- A post's id by its key and place: the topic's posts in id order follow
-- its staging rows in n order (the checks below make sure times do too).
CREATE TEMPORARY TABLE demo_pid (k CHAR(3) NOT NULL, n TINYINT NOT NULL, id INT UNSIGNED NOT NULL,
                                 PRIMARY KEY (k, n))
  SELECT d.k, d.n, p.id
  FROM (SELECT k, n, ROW_NUMBER() OVER (PARTITION BY k ORDER BY n) AS r FROM demo_posts) d
  JOIN demo_tid m ON m.k = d.k
  JOIN (SELECT id, topic_id, ROW_NUMBER() OVER (PARTITION BY topic_id ORDER BY id) AS r
        FROM forum_posts) p ON p.topic_id = m.id AND p.r = d.r;

-- Edits: each revision keeps the text as it was before that edit, dated
-- when that text was written (the post's creation or the edit before).
INSERT INTO forum_revisions (post_id, body, title, created_by, created_at)
SELECT x.id, e.text, e.title, p.created_by,
       IFNULL(LAG(e.t) OVER (PARTITION BY e.k, e.n ORDER BY e.t), p.created_at)
FROM demo_marks e
JOIN demo_pid x ON x.k = e.k AND x.n = e.n
JOIN forum_posts p ON p.id = x.id
WHERE e.what = 'edit'
ORDER BY e.t;

UPDATE forum_posts p
JOIN demo_pid x ON x.id = p.id
JOIN (SELECT k, n, MAX(t) AS last, COUNT(*) AS edits FROM demo_marks WHERE what = 'edit'
      GROUP BY k, n) e ON e.k = x.k AND e.n = x.n
SET p.edited_at = e.last, p.revision_count = e.edits;

UPDATE forum_posts p
JOIN demo_pid x ON x.id = p.id
JOIN demo_marks e ON e.k = x.k AND e.n = x.n AND e.what = 'delete'
SET p.deleted_at = e.t;

UPDATE forum_posts p
JOIN demo_pid x ON x.id = p.id
JOIN demo_marks e ON e.k = x.k AND e.n = x.n AND e.what = 'hide'
JOIN demo_people h ON h.who = e.who
SET p.hidden_at = e.t, p.hidden_by = h.id, p.hidden_reason = e.text;

INSERT INTO reports (kind, content_id, group_id, reporter_id, reason, created_at, resolved_at, resolved_by)
SELECT 'forum_post', x.id, p.group_id, u.id, d.reason,
       IF(d.day = 0, NOW() - INTERVAL TIME_TO_SEC(d.at) SECOND, TIMESTAMP(CURDATE() - INTERVAL d.day DAY, d.at)),
       IF(d.resolver IS NULL, NULL, TIMESTAMP(CURDATE() - INTERVAL d.rday DAY, d.rat)), r.id
FROM demo_reports d
JOIN demo_pid x ON x.k = d.k AND x.n = d.n
JOIN forum_posts p ON p.id = x.id
JOIN demo_people u ON u.who = d.who
LEFT JOIN demo_people r ON r.who = d.resolver
ORDER BY d.day DESC, d.at;

-- Counts, as the program's recounts make them (cgi/forum/items.c): a
-- topic counts every post, deleted and hidden ones too; a category counts
-- the topics that are not deleted and their posts.
UPDATE forum_topics t
JOIN (SELECT topic_id, COUNT(*) AS n, MIN(id) AS first, MAX(id) AS last
      FROM forum_posts GROUP BY topic_id) a ON a.topic_id = t.id
JOIN forum_posts l ON l.id = a.last
SET t.post_count = a.n, t.first_post_id = a.first, t.last_post_id = a.last,
    t.last_post_at = l.created_at, t.last_poster_id = l.created_by,
    t.updated_at = GREATEST(l.created_at, t.updated_at);

UPDATE forum_topics t
JOIN (SELECT topic_id, MAX(edited_at) AS edited FROM forum_posts WHERE edited_at IS NOT NULL
      GROUP BY topic_id) e ON e.topic_id = t.id
SET t.updated_at = GREATEST(t.updated_at, e.edited);

UPDATE forum_categories c
JOIN (SELECT category_id, COUNT(*) AS n, SUM(post_count) AS posts, MAX(last_post_id) AS last
      FROM forum_topics WHERE deleted_at IS NULL GROUP BY category_id) a ON a.category_id = c.id
JOIN forum_posts l ON l.id = a.last
SET c.topic_count = a.n, c.post_count = a.posts, c.last_post_id = a.last,
    c.last_post_at = l.created_at;

-- ---------------------------------------------------------------------------
-- Watches, reads and notifications

-- Who writes in a topic watches it from their first post on (the program
-- does the same); then the watches chosen above.
INSERT INTO forum_topic_watches (user_id, topic_id, created_at)
SELECT created_by, topic_id, MIN(created_at) FROM forum_posts
GROUP BY created_by, topic_id;

INSERT IGNORE INTO forum_topic_watches (user_id, topic_id, created_at)
SELECT p.id, m.id, w.t
FROM (SELECT who, k, TIMESTAMP(CURDATE() - INTERVAL day DAY, at) AS t FROM demo_watches
      WHERE k IS NOT NULL) w
JOIN demo_people p ON p.who = w.who
JOIN demo_tid m ON m.k = w.k;

INSERT INTO forum_category_watches (user_id, category_id, created_at)
SELECT p.id, c.id, TIMESTAMP(CURDATE() - INTERVAL w.day DAY, w.at)
FROM demo_watches w
JOIN demo_people p ON p.who = w.who
JOIN forum_categories c ON c.name = w.category AND c.group_id IS NULL
WHERE w.category IS NOT NULL;

-- The demo accounts have read what they wrote in up to a day after their
-- own last post there, and member1, a keen reader, every topic of the
-- network's forum whose last post is older than two weeks; what came
-- later is unread.
CREATE TEMPORARY TABLE demo_accounts (id INT UNSIGNED NOT NULL PRIMARY KEY)
  SELECT id FROM demo_people WHERE who IN ('admin', 'moderator', 'member1', 'member2');

INSERT INTO forum_reads (user_id, topic_id, last_post_id)
SELECT o.created_by, o.topic_id, MAX(p.id)
FROM (SELECT created_by, topic_id, MAX(created_at) AS seen FROM forum_posts
      WHERE created_by IN (SELECT id FROM demo_accounts) GROUP BY created_by, topic_id) o
JOIN forum_posts p ON p.topic_id = o.topic_id AND p.created_at <= o.seen + INTERVAL 1 DAY
GROUP BY o.created_by, o.topic_id;

INSERT INTO forum_reads (user_id, topic_id, last_post_id)
SELECT p.id, t.id, t.last_post_id
FROM forum_topics t JOIN demo_people p ON p.who = 'member1'
WHERE t.group_id IS NULL AND t.last_post_at < NOW() - INTERVAL 14 DAY
ON DUPLICATE KEY UPDATE last_post_id = VALUES(last_post_id);

-- Their notifications, as the program writes them: a reply in a topic
-- they watched by then, a new topic in a category they watched by then,
-- a mention where they watched neither; never for their own posts. Those
-- of the last two weeks are unread, the older ones were read the morning
-- after.
INSERT INTO notifications (user_id, kind, actor_id, group_id, topic_id, post_id, created_at, read_at)
SELECT n.user_id, n.kind, n.actor_id, n.group_id, n.topic_id, n.post_id, n.created_at,
       IF(n.created_at < NOW() - INTERVAL 14 DAY,
          TIMESTAMP(DATE(n.created_at) + INTERVAL 1 DAY, '08:10'), NULL)
FROM (
  SELECT w.user_id, 'forum_reply' AS kind, p.created_by AS actor_id, p.group_id, p.topic_id,
         p.id AS post_id, p.created_at
  FROM forum_topic_watches w
  JOIN forum_topics t ON t.id = w.topic_id
  JOIN forum_posts p ON p.topic_id = w.topic_id AND p.id <> t.first_post_id
       AND p.created_at > w.created_at AND p.created_by <> w.user_id
  WHERE w.user_id IN (SELECT id FROM demo_accounts)
  UNION ALL
  SELECT w.user_id, 'forum_topic', p.created_by, p.group_id, p.topic_id, p.id, p.created_at
  FROM forum_category_watches w
  JOIN forum_topics t ON t.category_id = w.category_id
  JOIN forum_posts p ON p.id = t.first_post_id
       AND p.created_at > w.created_at AND p.created_by <> w.user_id
  WHERE w.user_id IN (SELECT id FROM demo_accounts)
  UNION ALL
  SELECT u.id, 'forum_mention', p.created_by, p.group_id, p.topic_id, p.id, p.created_at
  FROM demo_mentions d
  JOIN demo_pid x ON x.k = d.k AND x.n = d.n
  JOIN forum_posts p ON p.id = x.id
  JOIN demo_people u ON u.who = d.who
  WHERE u.id IN (SELECT id FROM demo_accounts)
    AND NOT EXISTS (SELECT 1 FROM forum_topic_watches tw
                    WHERE tw.topic_id = p.topic_id AND tw.user_id = u.id
                      AND tw.created_at < p.created_at)
) n
ORDER BY n.created_at, n.user_id;

-- ---------------------------------------------------------------------------
-- Checks: every name resolved, and the rows keep the program's rules.

BEGIN NOT ATOMIC
  IF (SELECT COUNT(*) FROM `groups`) <> (SELECT COUNT(*) FROM demo_groups)
     OR (SELECT COUNT(*) FROM group_members) <> (SELECT COUNT(*) FROM demo_group_members) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: a group creator or member did not resolve';
  END IF;
  IF (SELECT COUNT(*) FROM forum_categories) <> (SELECT COUNT(*) FROM demo_categories)
     OR EXISTS (SELECT 1 FROM demo_categories d LEFT JOIN fields_of_action f ON f.name_de = d.field
                WHERE d.field IS NOT NULL AND f.id IS NULL) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: a category''s group or field did not resolve';
  END IF;
  IF (SELECT COUNT(*) FROM forum_topics) <> (SELECT COUNT(*) FROM demo_topics)
     OR (SELECT COUNT(*) FROM demo_tid) <> (SELECT COUNT(*) FROM demo_topics) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: a topic''s category, group or first post did not resolve';
  END IF;
  IF (SELECT COUNT(*) FROM forum_posts) <> (SELECT COUNT(*) FROM demo_posts)
     OR (SELECT COUNT(*) FROM demo_pid) <> (SELECT COUNT(*) FROM demo_posts) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: a post''s topic or author did not resolve';
  END IF;
  IF EXISTS (SELECT 1 FROM (SELECT t, LAG(t) OVER (PARTITION BY k ORDER BY n) AS before_t
                            FROM demo_posts) s WHERE s.before_t >= s.t) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: the posts of a topic are not in the order of their times';
  END IF;
  IF EXISTS (SELECT 1 FROM forum_posts p JOIN users u ON u.id = p.created_by
             WHERE p.created_at < u.created_at + INTERVAL 1 HOUR)
     OR EXISTS (SELECT 1 FROM group_members m JOIN users u ON u.id = m.user_id
                WHERE m.created_at < u.created_at)
     OR EXISTS (SELECT 1 FROM `groups` g JOIN users u ON u.id = g.created_by
                WHERE g.created_at < u.created_at) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: someone writes or joins before their account existed';
  END IF;
  IF EXISTS (SELECT 1 FROM forum_posts p JOIN users u ON u.id = p.created_by
             WHERE u.status <> 'active' AND p.created_at > NOW() - INTERVAL 90 DAY) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: a suspended member writes after leaving';
  END IF;
  IF EXISTS (SELECT 1 FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id
             JOIN forum_categories c ON c.id = t.category_id
             WHERE p.created_at < c.created_at)
     OR EXISTS (SELECT 1 FROM forum_categories c JOIN `groups` g ON g.id = c.group_id
                WHERE c.created_at < g.created_at)
     OR EXISTS (SELECT 1 FROM forum_posts p JOIN `groups` g ON g.id = p.group_id
                WHERE p.created_at < g.created_at OR p.created_at > IFNULL(g.archived_at, NOW())
                   OR NOT EXISTS (SELECT 1 FROM group_members m
                                  WHERE m.group_id = g.id AND m.user_id = p.created_by
                                    AND m.state = 'active' AND m.created_at < p.created_at)) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: a post in a group by a non-member, before the group or after its archiving';
  END IF;
  IF EXISTS (SELECT 1 FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id
             WHERE NOT (p.group_id <=> t.group_id))
     OR EXISTS (SELECT 1 FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id
                WHERE NOT (t.group_id <=> c.group_id)) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: a post or topic in another forum than its category';
  END IF;
  IF (SELECT COUNT(*) FROM forum_revisions) <> (SELECT COUNT(*) FROM demo_marks WHERE what = 'edit')
     OR (SELECT COUNT(*) FROM forum_posts WHERE deleted_at IS NOT NULL OR hidden_at IS NOT NULL)
        <> (SELECT COUNT(*) FROM demo_marks WHERE what IN ('delete', 'hide'))
     OR (SELECT COUNT(*) FROM reports) <> (SELECT COUNT(*) FROM demo_reports)
     OR EXISTS (SELECT 1 FROM demo_marks e JOIN demo_pid x ON x.k = e.k AND x.n = e.n
                JOIN forum_posts p ON p.id = x.id WHERE e.t <= p.created_at OR e.t > NOW())
     OR EXISTS (SELECT 1 FROM demo_marks e JOIN demo_pid x ON x.k = e.k AND x.n = e.n
                JOIN forum_posts p ON p.id = x.id JOIN demo_people w ON w.who = e.who
                WHERE e.what IN ('edit', 'delete') AND w.id <> p.created_by) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: an edit, deletion, hiding or report did not resolve or is out of time';
  END IF;
  IF (SELECT COUNT(*) FROM forum_category_watches) + (SELECT COUNT(*) FROM demo_mentions) = 0
     OR (SELECT COUNT(*) FROM forum_category_watches)
        <> (SELECT COUNT(*) FROM demo_watches WHERE category IS NOT NULL)
     OR EXISTS (SELECT 1 FROM demo_mentions d LEFT JOIN demo_people p ON p.who = d.who
                WHERE p.id IS NULL) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo forum: a watch or mention did not resolve';
  END IF;
END;

DROP TEMPORARY TABLE demo_accounts;
DROP TEMPORARY TABLE demo_pid;
DROP TEMPORARY TABLE demo_tid;
DROP TEMPORARY TABLE demo_watches;
DROP TEMPORARY TABLE demo_mentions;
DROP TEMPORARY TABLE demo_reports;
DROP TEMPORARY TABLE demo_marks;
DROP TEMPORARY TABLE demo_posts;
DROP TEMPORARY TABLE demo_topics;
DROP TEMPORARY TABLE demo_categories;
DROP TEMPORARY TABLE demo_group_members;
DROP TEMPORARY TABLE demo_groups;
DROP TEMPORARY TABLE demo_people;
