-- The demo network's working groups beyond the four of 0004_forum.sql:
-- fifteen in all, of every kind, so the list of groups, a group's home and
-- members pages and the ways in (joining, requests, invitations) can be
-- tried with the demo logins. Names, people and organisations are those of
-- 0002_profiles.sql and 0003_orgs.sql; every description is invented.
--
-- As in 0004: people by the part of their e-mail address before the "@",
-- groups by slug, never a guessed id; the checks at the end make the load
-- fail when a name did not resolve.
--
-- What the demo logins find:
--  - member1 (Anna Schneider): owner of "Sprachcafé-Netzwerk" (open),
--    moderator of "Runder Tisch Arbeit und Ausbildung" (closed) with
--    member2's request waiting, invited to "Kreisweite
--    Dolmetscherkoordination" (private).
--  - member2 (Daniel Okafor): member of "Willkommen in Hann. Münden"
--    (open), has asked to join the closed "Runder Tisch Arbeit und
--    Ausbildung" and is invited to the private "Frauen stärken – Netzwerk
--    Südharz".
--  - moderator: owner of the closed "Qualitätszirkel Migrationsberatung".
--  - admin: owner of the private "Jahresplanung Netzwerktreffen".
-- Private groups the logins are not in stay invisible to them.

CREATE TEMPORARY TABLE demo_people5 (
  who  VARCHAR(60) NOT NULL PRIMARY KEY,
  id   INT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  SELECT SUBSTRING_INDEX(email, '@', 1) AS who, id FROM users
  WHERE email LIKE '%@knotenpunkt.test' OR email LIKE '%@demo.knotenpunkt.test';

CREATE TEMPORARY TABLE demo_groups5 (
  slug         VARCHAR(40) NOT NULL PRIMARY KEY,
  name         VARCHAR(120) NOT NULL,
  visibility   VARCHAR(10) NOT NULL,
  creator      VARCHAR(60) NOT NULL,
  age          SMALLINT NOT NULL,      -- created this many days ago
  archived     SMALLINT NULL,          -- archived this many days ago
  description  TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_members5 (
  slug     VARCHAR(40) NOT NULL,
  who      VARCHAR(60) NOT NULL,
  role     VARCHAR(10) NOT NULL,
  state    VARCHAR(10) NOT NULL,
  age      SMALLINT NOT NULL,          -- joined (asked, was invited) this many days ago
  inviter  VARCHAR(60) NULL,
  PRIMARY KEY (slug, who)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_groups5 (slug, name, visibility, creator, age, archived, description) VALUES
('sprachcafe-netzwerk', 'Sprachcafé-Netzwerk', 'open', 'member1', 160, NULL,
 'Die Sprachcafés im Landkreis tauschen sich aus: **Termine, Räume, Spiele und Material** für Gespräche auf Deutsch. Alle sind willkommen – treten Sie einfach bei.'),
('willkommen-hann-muenden', 'Willkommen in Hann. Münden', 'open', 'abdullahi.werner', 200, NULL,
 'Das Willkommensnetz der Stadt Hann. Münden: Ehrenamtliche, Kirchengemeinden, Vereine und die Integrationsbeauftragte der Stadt. Hier planen wir Begrüßungsnachmittage und Stadtführungen in einfacher Sprache.'),
('ehrenamt-koordination', 'Koordination Ehrenamt', 'open', 'sebastian.nazari', 210, NULL,
 'Freiwilligenagenturen und Ehrenamtskoordinatorinnen: Gewinnung, Begleitung und Anerkennung von Ehrenamtlichen in der Integrationsarbeit. Mit Vorlagen für Vereinbarungen und Nachweise.'),
('wohnraum-suedharz', 'Wohnraum Südharz', 'open', 'ute.schmidt', 120, NULL,
 'Wohnungsgesellschaften, Beratungsstellen und Kommunen im Südharz suchen gemeinsam Wohnraum für Geflüchtete und Familien mit geringem Einkommen.'),
('runder-tisch-arbeit', 'Runder Tisch Arbeit und Ausbildung', 'closed', 'samir.wolf', 240, NULL,
 'Jobcenter, Agentur für Arbeit, Kammern und Betriebe stimmen die Wege in Ausbildung und Arbeit ab. Mitglieder sind die beteiligten Stellen; fragen Sie gern an, wenn Ihre Organisation dazugehört.'),
('qualitaetszirkel-beratung', 'Qualitätszirkel Migrationsberatung', 'closed', 'moderator', 300, NULL,
 'Fallbesprechungen (anonymisiert), Fortbildungen und Qualitätsstandards der Migrationsberatungen im Landkreis. Aufnahme auf Anfrage.'),
('gesundheit-und-pflege', 'Gesundheit und Pflege', 'closed', 'hamid.schwarz', 150, NULL,
 'Gesundheitsamt, Psychosoziales Zentrum, Dolmetscherpool und Beratungsstellen: Zugang zu Versorgung, Impfungen, Sprachmittlung im Gesundheitswesen.'),
('dolmetscher-koordination', 'Kreisweite Dolmetscherkoordination', 'private', 'reza.schwarz', 130, NULL,
 'Einsatzplanung der Sprachmittlerinnen und Sprachmittler im Landkreis. Enthält Kontaktdaten und Einsatzzeiten – daher nur für die Koordination.'),
('frauen-staerken-suedharz', 'Frauen stärken – Netzwerk Südharz', 'private', 'oksana.richter', 110, NULL,
 'Ein geschützter Raum für die Beraterinnen der Frauenberatungsstellen und Frauentreffs im Südharz.'),
('jahresplanung-netzwerktreffen', 'Jahresplanung Netzwerktreffen', 'private', 'admin', 60, NULL,
 'Vorbereitung des jährlichen Netzwerktreffens: Programm, Referentinnen, Räume und Budget.'),
('fluechtlingshilfe-2015', 'Flüchtlingshilfe 2015–2017', 'closed', 'zainab.meier', 900, 400,
 'Die Koordination der Notunterkünfte in den Jahren 2015 bis 2017. Abgeschlossen; die Unterlagen bleiben zum Nachlesen.');

INSERT INTO demo_members5 (slug, who, role, state, age, inviter) VALUES
('sprachcafe-netzwerk', 'member1', 'owner', 'active', 160, NULL),
('sprachcafe-netzwerk', 'elif.hoffmann', 'moderator', 'active', 160, NULL),
('sprachcafe-netzwerk', 'ines.rahimi', 'member', 'active', 158, NULL),
('sprachcafe-netzwerk', 'monika.rahimi', 'member', 'active', 150, NULL),
('sprachcafe-netzwerk', 'olena.haddad', 'member', 'active', 140, NULL),
('sprachcafe-netzwerk', 'nadia.krause', 'member', 'active', 90, NULL),
('sprachcafe-netzwerk', 'sabine.zimmermann', 'member', 'active', 30, NULL),
('willkommen-hann-muenden', 'abdullahi.werner', 'owner', 'active', 200, NULL),
('willkommen-hann-muenden', 'laura.mueller', 'moderator', 'active', 200, NULL),
('willkommen-hann-muenden', 'martin.wagner', 'member', 'active', 190, NULL),
('willkommen-hann-muenden', 'petra.wolf', 'member', 'active', 185, NULL),
('willkommen-hann-muenden', 'katharina.nazari', 'member', 'active', 180, NULL),
('willkommen-hann-muenden', 'member2', 'member', 'active', 60, NULL),
('ehrenamt-koordination', 'sebastian.nazari', 'owner', 'active', 210, NULL),
('ehrenamt-koordination', 'laura.schmidt', 'moderator', 'active', 210, NULL),
('ehrenamt-koordination', 'zainab.meier', 'member', 'active', 200, NULL),
('ehrenamt-koordination', 'sabine.zimmermann', 'member', 'active', 190, NULL),
('ehrenamt-koordination', 'stefanie.kovalenko', 'member', 'active', 100, NULL),
('ehrenamt-koordination', 'farid.tesfay', 'member', 'active', 80, NULL),
('wohnraum-suedharz', 'ute.schmidt', 'owner', 'active', 120, NULL),
('wohnraum-suedharz', 'dmytro.jaber', 'member', 'active', 118, NULL),
('wohnraum-suedharz', 'christina.bondarenko', 'member', 'active', 110, NULL),
('wohnraum-suedharz', 'olena.kovalenko', 'member', 'active', 100, NULL),
('runder-tisch-arbeit', 'samir.wolf', 'owner', 'active', 240, NULL),
('runder-tisch-arbeit', 'member1', 'moderator', 'active', 200, NULL),
('runder-tisch-arbeit', 'julia.shevchenko', 'member', 'active', 238, NULL),
('runder-tisch-arbeit', 'petra.jaber', 'member', 'active', 236, NULL),
('runder-tisch-arbeit', 'samir.hosseini', 'member', 'active', 230, NULL),
('runder-tisch-arbeit', 'rahel.abdi', 'member', 'active', 220, NULL),
('runder-tisch-arbeit', 'birgit.richter', 'member', 'active', 220, NULL),
('runder-tisch-arbeit', 'dmytro.mueller', 'member', 'active', 180, NULL),
('runder-tisch-arbeit', 'stefanie.schulz', 'member', 'active', 170, NULL),
('runder-tisch-arbeit', 'fatima.nazari', 'member', 'active', 90, NULL),
('runder-tisch-arbeit', 'member2', 'member', 'requested', 2, NULL),
('runder-tisch-arbeit', 'oksana.hartmann', 'member', 'invited', 4, 'samir.wolf'),
('qualitaetszirkel-beratung', 'moderator', 'owner', 'active', 300, NULL),
('qualitaetszirkel-beratung', 'birgit.lange', 'moderator', 'active', 300, NULL),
('qualitaetszirkel-beratung', 'martin.wagner', 'member', 'active', 290, NULL),
('qualitaetszirkel-beratung', 'olena.kovalenko', 'member', 'active', 280, NULL),
('qualitaetszirkel-beratung', 'markus.werner', 'member', 'active', 280, NULL),
('qualitaetszirkel-beratung', 'kerstin.hartmann', 'member', 'active', 250, NULL),
('qualitaetszirkel-beratung', 'jonas.shevchenko', 'member', 'requested', 6, NULL),
('gesundheit-und-pflege', 'hamid.schwarz', 'owner', 'active', 150, NULL),
('gesundheit-und-pflege', 'yusuf.hoffmann', 'moderator', 'active', 150, NULL),
('gesundheit-und-pflege', 'stefanie.krueger', 'member', 'active', 148, NULL),
('gesundheit-und-pflege', 'hamid.mueller', 'member', 'active', 140, NULL),
('gesundheit-und-pflege', 'sabine.hartmann', 'member', 'active', 140, NULL),
('gesundheit-und-pflege', 'heike.rahimi', 'member', 'active', 120, NULL),
('dolmetscher-koordination', 'reza.schwarz', 'owner', 'active', 130, NULL),
('dolmetscher-koordination', 'oksana.oeztuerk', 'moderator', 'active', 130, NULL),
('dolmetscher-koordination', 'jonas.sahin', 'member', 'active', 128, NULL),
('dolmetscher-koordination', 'sara.kovalenko', 'member', 'active', 128, NULL),
('dolmetscher-koordination', 'heike.rahimi', 'member', 'active', 125, NULL),
('dolmetscher-koordination', 'member1', 'member', 'invited', 1, 'reza.schwarz'),
('frauen-staerken-suedharz', 'oksana.richter', 'owner', 'active', 110, NULL),
('frauen-staerken-suedharz', 'monika.krause', 'moderator', 'active', 110, NULL),
('frauen-staerken-suedharz', 'leyla.yilmaz', 'member', 'active', 105, NULL),
('frauen-staerken-suedharz', 'tesfaye.braun', 'member', 'active', 100, NULL),
('frauen-staerken-suedharz', 'oksana.al-hassan', 'member', 'active', 95, NULL),
('frauen-staerken-suedharz', 'member2', 'member', 'invited', 2, 'oksana.richter'),
('jahresplanung-netzwerktreffen', 'admin', 'owner', 'active', 60, NULL),
('jahresplanung-netzwerktreffen', 'zainab.bondarenko', 'moderator', 'active', 60, NULL),
('jahresplanung-netzwerktreffen', 'claudia.braun', 'member', 'active', 58, NULL),
('fluechtlingshilfe-2015', 'zainab.meier', 'owner', 'active', 900, NULL),
('fluechtlingshilfe-2015', 'sebastian.mueller', 'member', 'active', 900, NULL),
('fluechtlingshilfe-2015', 'kerstin.neumann', 'member', 'active', 880, NULL),
('fluechtlingshilfe-2015', 'markus.schmidt', 'member', 'active', 870, NULL),
('fluechtlingshilfe-2015', 'farid.ahmadi', 'member', 'active', 860, NULL);

INSERT INTO `groups` (slug, name, description, visibility, archived_at, archived_by, created_by,
                      created_at, updated_at)
SELECT d.slug, d.name, d.description, d.visibility,
       IF(d.archived IS NULL, NULL, TIMESTAMP(CURDATE() - INTERVAL d.archived DAY, '17:00')),
       IF(d.archived IS NULL, NULL, p.id),
       p.id, TIMESTAMP(CURDATE() - INTERVAL d.age DAY, '09:00'),
       TIMESTAMP(CURDATE() - INTERVAL COALESCE(d.archived, d.age) DAY, '17:00')
FROM demo_groups5 d JOIN demo_people5 p ON p.who = d.creator
ORDER BY d.age DESC;

INSERT INTO group_members (group_id, user_id, role, state, invited_by, created_at, updated_at)
SELECT g.id, p.id, d.role, d.state, i.id, TIMESTAMP(CURDATE() - INTERVAL d.age DAY, '10:15'),
       TIMESTAMP(CURDATE() - INTERVAL d.age DAY, '10:15')
FROM demo_members5 d
JOIN `groups` g ON g.slug = d.slug
JOIN demo_people5 p ON p.who = d.who
LEFT JOIN demo_people5 i ON i.who = d.inviter;

-- What the program writes with an invitation or a request: a notification
-- for the invited person, and for a group's owners and moderators.
INSERT INTO notifications (user_id, kind, actor_id, group_id, created_at)
SELECT m.user_id, 'group_invite', m.invited_by, m.group_id, m.created_at
FROM group_members m JOIN `groups` g ON g.id = m.group_id
JOIN demo_groups5 d ON d.slug = g.slug
WHERE m.state = 'invited';

INSERT INTO notifications (user_id, kind, actor_id, group_id, created_at)
SELECT mgr.user_id, 'group_request', m.user_id, m.group_id, m.created_at
FROM group_members m JOIN `groups` g ON g.id = m.group_id
JOIN group_members mgr ON mgr.group_id = m.group_id AND mgr.state = 'active'
     AND mgr.role IN ('owner', 'moderator')
WHERE m.state = 'requested';

-- Member counts of every group, 0004's included, as group_recount keeps them.
UPDATE `groups` g SET member_count =
  (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.state = 'active');

BEGIN NOT ATOMIC
  IF (SELECT COUNT(*) FROM `groups` g JOIN demo_groups5 d ON d.slug = g.slug)
       <> (SELECT COUNT(*) FROM demo_groups5)
     OR (SELECT COUNT(*) FROM group_members m JOIN `groups` g ON g.id = m.group_id
         JOIN demo_groups5 d ON d.slug = g.slug) <> (SELECT COUNT(*) FROM demo_members5)
     OR EXISTS (SELECT 1 FROM demo_members5 WHERE inviter IS NOT NULL
                AND inviter NOT IN (SELECT who FROM demo_people5)) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo groups: a group creator, member or inviter did not resolve';
  END IF;
  -- Every group has an active owner; nobody is both invited and a member.
  IF EXISTS (SELECT 1 FROM `groups` g WHERE NOT EXISTS (SELECT 1 FROM group_members m
             WHERE m.group_id = g.id AND m.role = 'owner' AND m.state = 'active')) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo groups: a group without an owner';
  END IF;
  IF (SELECT COUNT(*) FROM `groups`) < 15 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo groups: fewer than fifteen groups';
  END IF;
END;

DROP TEMPORARY TABLE demo_members5;
DROP TEMPORARY TABLE demo_groups5;
DROP TEMPORARY TABLE demo_people5;
