-- The demo network's calendar (issue 7): the plenary, the Arbeitskreis
-- every second Tuesday, a training on residence law online, the
-- intercultural week, the Sprachcafé every Friday, the quality circle once
-- a month on a Monday, a private group's planning meeting, an
-- information evening that is full (with a waiting list) and a past
-- specialist day — all relative to the day the demo is loaded, so that it
-- never goes stale.
--
-- Times are written as Berlin wall clock and turned into UTC here with
-- the EU rule (summer time from the last Sunday of March to the last
-- Sunday of October); demo events never start in the night of a change.
-- The occurrences are written as the events program writes them
-- (cgi/events/evtime.c): weekly every n weeks, monthly on the same
-- weekday of the same week of the month.
--
-- People by the part of their e-mail address before the "@", groups by
-- slug, organisations, fields and municipalities by name; the checks at
-- the end make the load fail when one did not resolve.

CREATE TEMPORARY TABLE demo_people7 (
  who  VARCHAR(60) NOT NULL PRIMARY KEY,
  id   INT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  SELECT SUBSTRING_INDEX(email, '@', 1) AS who, id FROM users
  WHERE email LIKE '%@knotenpunkt.test' OR email LIKE '%@demo.knotenpunkt.test';

-- Summer time per year: from dst_start (a local date, included) to
-- dst_end (excluded).
CREATE TEMPORARY TABLE demo_dst7 (
  y          SMALLINT NOT NULL PRIMARY KEY,
  dst_start  DATE NOT NULL,
  dst_end    DATE NOT NULL
) ENGINE=InnoDB
  WITH RECURSIVE years(y) AS (SELECT YEAR(CURDATE()) - 1 UNION ALL SELECT y + 1 FROM years WHERE y < YEAR(CURDATE()) + 3)
  SELECT y,
         LAST_DAY(MAKEDATE(y, 1) + INTERVAL 2 MONTH)
           - INTERVAL (DAYOFWEEK(LAST_DAY(MAKEDATE(y, 1) + INTERVAL 2 MONTH)) - 1) DAY AS dst_start,
         LAST_DAY(MAKEDATE(y, 1) + INTERVAL 9 MONTH)
           - INTERVAL (DAYOFWEEK(LAST_DAY(MAKEDATE(y, 1) + INTERVAL 9 MONTH)) - 1) DAY AS dst_end
  FROM years;

CREATE TEMPORARY TABLE demo_events7 (
  n            TINYINT NOT NULL PRIMARY KEY,
  title        VARCHAR(200) NOT NULL,
  description  TEXT NOT NULL,
  grp          VARCHAR(40) NULL,
  creator      VARCHAR(60) NOT NULL,
  org          VARCHAR(160) NULL,
  field        VARCHAR(80) NULL,
  muni         VARCHAR(80) NULL,
  place        VARCHAR(300) NULL,
  url          VARCHAR(500) NULL,
  offset_days  SMALLINT NOT NULL,   -- from the load day ...
  weekday      TINYINT NOT NULL,    -- ... on to this weekday (DAYOFWEEK: 1 Sunday)
  clock        TIME NOT NULL,
  minutes      SMALLINT NOT NULL,
  all_day      TINYINT NOT NULL DEFAULT 0,
  days         TINYINT NOT NULL DEFAULT 1,
  capacity     INT NULL,
  waitlist     TINYINT NOT NULL DEFAULT 1,
  show_att     TINYINT NOT NULL DEFAULT 0,
  deadline     SMALLINT NULL,       -- sign-up closes this many days before
  freq         VARCHAR(10) NOT NULL DEFAULT 'none',
  ivl          TINYINT NOT NULL DEFAULT 1,
  cnt          SMALLINT NOT NULL DEFAULT 1,
  start_day    DATE NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_events7 (n, title, description, grp, creator, org, field, muni, place, url,
                          offset_days, weekday, clock, minutes, all_day, days, capacity, waitlist,
                          show_att, deadline, freq, ivl, cnt) VALUES
(1, 'Plenum des Netzwerks Integration',
 'Das jährliche Plenum: Rückblick, **Schwerpunkte für das kommende Jahr** und die Wahl der Sprecherinnen und Sprecher.\n\n- Begrüßung durch die Landrätin\n- Berichte aus den Arbeitskreisen\n- Marktplatz der Projekte',
 NULL, 'admin', 'Landkreis Göttingen – Bildungsbüro', 'Soziales und Beratung', 'Göttingen',
 'Kreishaus Göttingen, Reinhäuser Landstraße 4, Sitzungssaal', NULL,
 40, 4, '17:00', 180, 0, 1, 120, 1, 0, 7, 'none', 1, 1),
(2, 'Arbeitskreis Sprache',
 'Wir stimmen Sprachkursangebote im Landkreis ab: Wartelisten, Kinderbetreuung, Kurse für Analphabetinnen und Analphabeten.',
 'arbeitskreis-sprache', 'member1', 'Kreisvolkshochschule Göttingen', 'Sprache', 'Göttingen',
 'KVHS Göttingen, Bahnhofsallee 6, Raum 2.11', NULL,
 3, 3, '16:30', 90, 0, 1, NULL, 1, 1, NULL, 'weekly', 2, 8),
(3, 'Schulung Aufenthaltsrecht: Chancen-Aufenthaltsrecht und Beschäftigungsduldung',
 'Online-Schulung für Beratende und Ehrenamtliche. Bitte melden Sie sich bis drei Tage vorher an; den Link finden Sie hier.',
 NULL, 'moderator', 'Refugee Law Clinic Göttingen e. V.', 'Aufenthalt und Recht', NULL,
 NULL, 'https://konferenz.knotenpunkt.test/aufenthaltsrecht',
 18, 5, '10:00', 180, 0, 1, 25, 1, 1, 3, 'none', 1, 1),
(4, 'Interkulturelle Woche im Landkreis',
 'Eine Woche voller Begegnungen: Feste, Lesungen, offene Türen in Moscheen und Kirchen, Sport und Musik. Das Programm steht auf den Seiten der Gemeinden.',
 NULL, 'admin', NULL, 'Kultur, Sport und Freizeit', NULL,
 'An vielen Orten im Landkreis', NULL,
 70, 2, '00:00', 0, 1, 7, NULL, 1, 0, NULL, 'none', 1, 1),
(5, 'Sprachcafé Weststadt',
 'Deutsch sprechen bei Kaffee und Tee – ohne Anmeldung, alle Niveaus willkommen.',
 'sprachcafe-netzwerk', 'member1', 'Sprachcafé-Initiative Göttingen-Weststadt', 'Sprache', 'Göttingen',
 'Stadtteilzentrum Weststadt, Petrikirchstraße 1', NULL,
 1, 6, '15:00', 120, 0, 1, NULL, 1, 0, NULL, 'weekly', 1, 12),
(6, 'Qualitätszirkel Migrationsberatung: Fallbesprechung',
 'Anonymisierte Fallbesprechung und kollegiale Beratung. Nur für Mitglieder des Qualitätszirkels.',
 'qualitaetszirkel-beratung', 'moderator', NULL, 'Soziales und Beratung', 'Osterode am Harz',
 'Diakonie Osterode, Schachtruppstraße 2, Besprechungsraum', NULL,
 5, 2, '14:00', 120, 0, 1, NULL, 1, 0, NULL, 'monthly', 1, 6),
(7, 'Jahresplanung: Netzwerktreffen vorbereiten',
 'Wir sammeln Themen und Orte für die Netzwerktreffen des nächsten Jahres.',
 'jahresplanung-netzwerktreffen', 'admin', NULL, NULL, NULL,
 NULL, 'https://konferenz.knotenpunkt.test/jahresplanung',
 10, 3, '09:30', 60, 0, 1, NULL, 1, 0, NULL, 'none', 1, 1),
(8, 'Infoabend: Ehrenamt in der Flüchtlingshilfe',
 'Wie kann ich helfen? Initiativen stellen sich vor. Die Plätze sind begrenzt.',
 NULL, 'member1', NULL, 'Engagement und Ehrenamt', 'Duderstadt',
 'Bürgerhaus Duderstadt, Worbiser Straße 9', NULL,
 25, 3, '18:30', 120, 0, 1, 2, 1, 1, NULL, 'none', 1, 1),
(9, 'Fachtag Gesundheit und Migration',
 'Vorträge und Workshops zu Sprachmittlung im Gesundheitswesen und zur Versorgung traumatisierter Geflüchteter.',
 NULL, 'moderator', 'Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'Gesundheit', 'Herzberg am Harz',
 'Rathaus Herzberg, Marktplatz 30, Ratssaal', NULL,
 -20, 5, '09:00', 420, 0, 1, 80, 1, 0, NULL, 'none', 1, 1),
(10, 'Beratungstag Anerkennung ausländischer Berufsabschlüsse',
 'Einzelberatung ohne Termin: Welche Stelle ist zuständig, welche Unterlagen braucht es, was kostet es?',
 NULL, 'admin', 'Jobcenter Landkreis Göttingen – Standort Göttingen', 'Arbeit und Ausbildung', 'Hann. Münden',
 'Welfenschloss Hann. Münden, Schloßplatz 5', NULL,
 33, 5, '09:00', 360, 0, 1, NULL, 1, 0, NULL, 'none', 1, 1);

-- The first date: the given weekday on or after the offset day.
UPDATE demo_events7
SET start_day = CURDATE() + INTERVAL offset_days DAY
                + INTERVAL ((weekday - DAYOFWEEK(CURDATE() + INTERVAL offset_days DAY) + 7) % 7) DAY;

-- Every date of every event (local), then its UTC start and end.
CREATE TEMPORARY TABLE demo_dates7 (
  n      TINYINT NOT NULL,
  k      SMALLINT NOT NULL,
  d      DATE NOT NULL,
  PRIMARY KEY (n, k)
) ENGINE=InnoDB
  WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < 30)
  SELECT e.n, s.k,
         CASE e.freq
           WHEN 'weekly' THEN e.start_day + INTERVAL (7 * e.ivl * s.k) DAY
           WHEN 'monthly' THEN
             DATE_FORMAT(e.start_day + INTERVAL (e.ivl * s.k) MONTH, '%Y-%m-01')
             + INTERVAL ((DAYOFWEEK(e.start_day)
                          - DAYOFWEEK(DATE_FORMAT(e.start_day + INTERVAL (e.ivl * s.k) MONTH, '%Y-%m-01'))
                          + 7) % 7 + 7 * ((DAY(e.start_day) - 1) DIV 7)) DAY
           ELSE e.start_day
         END AS d
  FROM demo_events7 e JOIN seq s ON s.k < e.cnt;

CREATE TEMPORARY TABLE demo_times7 (
  n          TINYINT NOT NULL,
  k          SMALLINT NOT NULL,
  d          DATE NOT NULL,
  starts_at  DATETIME NOT NULL,
  ends_at    DATETIME NOT NULL,
  PRIMARY KEY (n, k)
) ENGINE=InnoDB
  SELECT x.n, x.k, x.d,
         TIMESTAMP(x.d, IF(e.all_day, '00:00', e.clock))
           - INTERVAL IF(x.d >= s.dst_start AND x.d < s.dst_end, 2, 1) HOUR AS starts_at,
         IF(e.all_day,
            TIMESTAMP(x.d + INTERVAL e.days DAY, '00:00')
              - INTERVAL IF(x.d + INTERVAL e.days DAY >= s2.dst_start
                            AND x.d + INTERVAL e.days DAY < s2.dst_end, 2, 1) HOUR,
            TIMESTAMP(x.d, e.clock) - INTERVAL IF(x.d >= s.dst_start AND x.d < s.dst_end, 2, 1) HOUR
              + INTERVAL e.minutes MINUTE) AS ends_at
  FROM demo_dates7 x JOIN demo_events7 e ON e.n = x.n
  JOIN demo_dst7 s ON s.y = YEAR(x.d)
  JOIN demo_dst7 s2 ON s2.y = YEAR(x.d + INTERVAL e.days DAY);

INSERT INTO events (group_id, title, description, all_day, starts_at, ends_at, start_date, end_date,
                    place, municipality_id, online_url, org_id, field_id, capacity,
                    signup_deadline, waitlist, show_attendees, repeat_freq, repeat_interval,
                    repeat_until, repeat_count, created_by, created_at, updated_at)
SELECT g.id, e.title, e.description, e.all_day, t.starts_at, t.ends_at,
       IF(e.all_day, e.start_day, NULL), IF(e.all_day, e.start_day + INTERVAL (e.days - 1) DAY, NULL),
       e.place, m.id, e.url, o.id, f.id, e.capacity,
       IF(e.deadline IS NULL, NULL, t.starts_at - INTERVAL e.deadline DAY),
       e.waitlist, e.show_att, e.freq, e.ivl, NULL, IF(e.freq = 'none', NULL, e.cnt),
       p.id, NOW() - INTERVAL 30 DAY + INTERVAL e.n HOUR, NOW() - INTERVAL 30 DAY + INTERVAL e.n HOUR
FROM demo_events7 e
JOIN demo_times7 t ON t.n = e.n AND t.k = 0
JOIN demo_people7 p ON p.who = e.creator
LEFT JOIN `groups` g ON g.slug = e.grp
LEFT JOIN orgs o ON o.name = e.org AND o.deleted_at IS NULL
LEFT JOIN fields_of_action f ON f.name_de = e.field
LEFT JOIN municipalities m ON m.name = e.muni
ORDER BY e.n;

INSERT INTO event_occurrences (event_id, local_date, starts_at, ends_at, cancelled)
SELECT ev.id, t.d, t.starts_at, t.ends_at, 0
FROM demo_times7 t JOIN demo_events7 e ON e.n = t.n
JOIN events ev ON ev.title = e.title AND ev.created_at = NOW() - INTERVAL 30 DAY + INTERVAL e.n HOUR;

-- The Arbeitskreis's third date is cancelled (the room is taken).
UPDATE event_occurrences oc JOIN events ev ON ev.id = oc.event_id
JOIN demo_times7 t ON t.n = 2 AND t.k = 2 AND t.d = oc.local_date
SET oc.cancelled = 1, ev.sequence = 1
WHERE ev.title = 'Arbeitskreis Sprache';

-- Answers: the information evening (two places) is full, member2 waits.
INSERT INTO event_rsvps (event_id, user_id, answer, waiting, answered_at)
SELECT ev.id, p.id, a.answer, a.waiting, NOW(6) - INTERVAL a.ago MINUTE
FROM (SELECT 8 AS n, 'member1' AS who, 'yes' AS answer, 0 AS waiting, 3000 AS ago
      UNION ALL SELECT 8, 'moderator', 'yes', 0, 2000
      UNION ALL SELECT 8, 'member2', 'yes', 1, 1000
      UNION ALL SELECT 2, 'member1', 'yes', 0, 5000
      UNION ALL SELECT 3, 'member2', 'maybe', 0, 4000
      UNION ALL SELECT 3, 'member1', 'yes', 0, 3500
      UNION ALL SELECT 1, 'moderator', 'yes', 0, 600) a
JOIN demo_events7 e ON e.n = a.n
JOIN events ev ON ev.title = e.title
JOIN demo_people7 p ON p.who = a.who;

BEGIN NOT ATOMIC
  IF (SELECT COUNT(*) FROM events) < 10
     OR (SELECT COUNT(*) FROM demo_events7 e LEFT JOIN `groups` g ON g.slug = e.grp
         WHERE e.grp IS NOT NULL AND g.id IS NULL) > 0
     OR (SELECT COUNT(*) FROM demo_events7 e LEFT JOIN orgs o ON o.name = e.org
         WHERE e.org IS NOT NULL AND o.id IS NULL) > 0
     OR (SELECT COUNT(*) FROM demo_events7 e LEFT JOIN fields_of_action f ON f.name_de = e.field
         WHERE e.field IS NOT NULL AND f.id IS NULL) > 0
     OR (SELECT COUNT(*) FROM demo_events7 e LEFT JOIN municipalities m ON m.name = e.muni
         WHERE e.muni IS NOT NULL AND m.id IS NULL) > 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo events: a group, organisation, field or municipality did not resolve';
  END IF;
  IF (SELECT COUNT(*) FROM event_occurrences) <> (SELECT SUM(cnt) FROM demo_events7)
     OR (SELECT COUNT(*) FROM event_rsvps) <> 7 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo events: dates or answers missing';
  END IF;
END;

DROP TEMPORARY TABLE demo_times7;
DROP TEMPORARY TABLE demo_dates7;
DROP TEMPORARY TABLE demo_events7;
DROP TEMPORARY TABLE demo_dst7;
DROP TEMPORARY TABLE demo_people7;
