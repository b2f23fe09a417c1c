#!/bin/bash
# generate.sh DIR PEOPLE [TOPICS [POSTS]] — a large network for the
# benchmarks, added to the demo network of the stack in DIR: PEOPLE more
# active members (most with a profile, fields of action and languages), one
# organisation per 20 of them (every type, across the demo municipalities,
# most confirmed and public, three contact persons each, two of them
# editors) and 1.5 offers per organisation (target groups, languages,
# confirmed over the last 15 months; the outdated ones count as reminded,
# so kp-mailer sends nothing), and one working group per 40 of them (every
# visibility, a few archived, owners, moderators, members, requests and
# invitations). Everything is looked up by name, never by a
# guessed id; addresses end in .example, phone numbers are from the 030
# 23125 range for media productions.
#
# TOPICS (default $KP_BENCH_TOPICS, else 0: no forum) topics with POSTS
# (default $KP_BENCH_POSTS, else 10 per topic) posts in the forums the demo
# network has: spread over the categories of the network's forum (a few
# large ones, many small) and of the demo groups (a few percent); most
# threads short, one in a thousand several hundred posts long; written
# between a category's creation and now (or its group's archiving), every
# post after the one before, ids in the order of time; authors among the
# generated members who joined before the forum began (a few hundred of
# them join each group and write there). A few topics pinned, locked or
# deleted; a few posts edited (with a revision), deleted, or hidden by
# moderator@ in the network's forum. The topics' and categories' counts and
# last posts are set from the rows at the end, as the program's recounts
# do. Authors watch their topics; member1 has read a third of the network's
# topics, some only to the first post.
#
# Runs once per stack (refuses a second time) as the stack's migrate user
# (temporary tables); the password goes through the environment, never
# the command line. Uses MariaDB's built-in sequence tables (seq_1_to_N).
set -euo pipefail

DIR=${1:-}
PEOPLE=${2:-}
TOPICS=${3:-${KP_BENCH_TOPICS:-0}}
[[ -n $DIR && $PEOPLE =~ ^[0-9]+$ && $TOPICS =~ ^[0-9]+$ ]] || {
	echo "usage: generate.sh STACK-DIR PEOPLE [TOPICS [POSTS]] (PEOPLE 100 to 1000000)" >&2
	exit 2
}
POSTS=${4:-${KP_BENCH_POSTS:-$((TOPICS * 10))}}
((PEOPLE >= 100 && PEOPLE <= 1000000)) || {
	echo "generate.sh: PEOPLE must be between 100 and 1000000" >&2
	exit 2
}
if ! [[ $POSTS =~ ^[0-9]+$ ]] || ((TOPICS > 1000000 || POSTS < TOPICS || POSTS > 10000000)); then
	echo "generate.sh: TOPICS must be 0 to 1000000, POSTS TOPICS to 10000000" >&2
	exit 2
fi
CONF=$DIR/knotenpunkt.hdf
[[ -r $CONF ]] || {
	echo "generate.sh: no stack config $CONF" >&2
	exit 1
}
# A key of the config's DB block.
conf() {
	awk -v key="$1" '/^DB[[:space:]]*\{/ { db = 1; next } db && /^\}/ { db = 0 }
		db && $1 == key && $2 == "=" { sub(/^[^=]*=[[:space:]]*/, ""); print; exit }' "$CONF"
}

sql() {
	MYSQL_PWD=$(conf MigratePassword) mariadb --no-defaults --default-character-set=utf8mb4 \
		--batch --skip-column-names \
		--socket="$(conf Socket)" --user="$(conf MigrateUser)" "$(conf Name)" "$@"
}

done_before=$(sql -e "SELECT COUNT(*) FROM users WHERE email LIKE '%@bench.example'")
if [[ $done_before != 0 ]]; then
	echo "generate.sh: this stack has a generated network already" >&2
	exit 1
fi

sql <<SQL
SET @people = $PEOPLE;
SET @orgs = CEIL(@people / 20);

-- The demo's lists, numbered from 0 in their own order.
CREATE TEMPORARY TABLE bench_m (k INT PRIMARY KEY, id SMALLINT UNSIGNED, name VARCHAR(80))
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, name FROM municipalities WHERE retired = 0;
CREATE TEMPORARY TABLE bench_f (k INT PRIMARY KEY, id SMALLINT UNSIGNED)
  SELECT ROW_NUMBER() OVER (ORDER BY position, id) - 1 AS k, id FROM fields_of_action WHERE retired = 0;
CREATE TEMPORARY TABLE bench_t (k INT PRIMARY KEY, id SMALLINT UNSIGNED)
  SELECT ROW_NUMBER() OVER (ORDER BY position, id) - 1 AS k, id FROM org_types WHERE retired = 0;
CREATE TEMPORARY TABLE bench_g (k INT PRIMARY KEY, id SMALLINT UNSIGNED)
  SELECT ROW_NUMBER() OVER (ORDER BY position, id) - 1 AS k, id FROM target_groups WHERE retired = 0;
-- German first (k = 0), then the others.
CREATE TEMPORARY TABLE bench_l (k INT PRIMARY KEY, code CHAR(2) CHARACTER SET ascii)
  SELECT ROW_NUMBER() OVER (ORDER BY code <> 'de', position, code) - 1 AS k, code FROM languages;
SET @mun = (SELECT COUNT(*) FROM bench_m), @fields = (SELECT COUNT(*) FROM bench_f),
    @types = (SELECT COUNT(*) FROM bench_t), @groups = (SELECT COUNT(*) FROM bench_g),
    @langs = (SELECT COUNT(*) FROM bench_l);
SET @admin = (SELECT id FROM users WHERE email = 'admin@knotenpunkt.test');

-- Members.
INSERT INTO users (email, name, password_hash, role, status, lang, created_at, approved_at)
SELECT CONCAT('bench', seq, '@bench.example'),
       CONCAT(ELT(1 + seq % 24, 'Amina', 'Ben', 'Carla', 'Dawit', 'Elena', 'Farhad', 'Greta',
                  'Hassan', 'Irina', 'Jan', 'Kübra', 'Lukas', 'Maryam', 'Nils', 'Olga', 'Paul',
                  'Rania', 'Sven', 'Tamara', 'Umut', 'Vera', 'Walid', 'Yara', 'Zoe'),
              ' ',
              ELT(1 + (seq DIV 24) % 30, 'Albrecht', 'Bakr', 'Czerny', 'Dietrich', 'Ebert',
                  'Fischer', 'Gashi', 'Hahn', 'Ibrahim', 'Jansen', 'Kowalski', 'Lorenz', 'Meyer',
                  'Nowak', 'Osman', 'Petrenko', 'Quast', 'Rahman', 'Sommer', 'Tran', 'Ulrich',
                  'Vogel', 'Weber', 'Yıldız', 'Zander', 'Böhm', 'Çelik', 'Haidari', 'Kuhn',
                  'Popescu')),
       NULL, 'member', 'active', IF(seq % 7 = 0, 'en', 'de'),
       NOW() - INTERVAL ((seq * 37) % 1500) DAY, NOW() - INTERVAL ((seq * 37) % 1500) DAY
FROM seq_1_to_1000000 WHERE seq <= @people;

CREATE TEMPORARY TABLE bench_u (n INT PRIMARY KEY, id INT UNSIGNED)
  SELECT s.seq AS n, u.id FROM seq_1_to_1000000 s
  JOIN users u ON u.email = CONCAT('bench', s.seq, '@bench.example') WHERE s.seq <= @people;

-- Six of seven with a profile.
INSERT INTO profiles (user_id, position, municipality_id, phone, phone_visible, email_visible, about)
SELECT u.id,
       ELT(1 + u.n % 12, 'Migrationsberatung', 'Sprachkursträger, Kursorganisation',
           'Jobcenter, Team Integration', 'Ehrenamtliche Sprachpatin', 'Kita-Leitung',
           'Integrationsbeauftragte', 'Schulsozialarbeit', 'Ausländerbehörde',
           'Wohnraumvermittlung', 'Personalabteilung', 'Jugendmigrationsdienst',
           'Gesundheitslotsin'),
       m.id, CONCAT('030 23125-', LPAD(u.n % 1000, 3, '0')), u.n % 2, u.n % 3 = 0,
       CONCAT('Ich bin ansprechbar für **', ELT(1 + u.n % 5, 'Sprachkurse', 'Aufenthaltsfragen',
              'Ausbildung und Arbeit', 'Wohnungssuche', 'Ehrenamt'), '**.')
FROM bench_u u JOIN bench_m m ON m.k = u.n % @mun
WHERE u.n % 7 <> 0;

INSERT INTO profile_fields (user_id, field_id)
SELECT u.id, f.id FROM bench_u u JOIN seq_0_to_2 j ON j.seq <= u.n % 3
JOIN bench_f f ON f.k = (u.n + j.seq * 3) % @fields
WHERE u.n % 7 <> 0;

INSERT INTO profile_languages (user_id, lang)
SELECT u.id, l.code FROM bench_u u JOIN seq_0_to_2 j ON j.seq <= u.n % 3
JOIN bench_l l ON l.k = IF(j.seq = 0, 0, 1 + (u.n * 7 + j.seq * 5) % (@langs - 1))
WHERE u.n % 7 <> 0;

-- Organisations: made 600 to 800 days ago, nine of ten confirmed, four of
-- five public.
INSERT INTO orgs (name, type_id, street, postcode, city, municipality_id, website, phone, email,
                  description, verified_at, verified_by, public, created_by, created_at)
SELECT CONCAT(ELT(1 + s.seq % 12, 'Sprachtreff', 'Beratungszentrum', 'Bildungswerk',
                  'Nachbarschaftshilfe', 'Familienzentrum', 'Migrationsdienst', 'Sportverein',
                  'Begegnungscafé', 'Ausbildungsbüro', 'Initiative Willkommen', 'Kulturverein',
                  'Wohnprojekt'), ' ', m.name, ' ', s.seq),
       t.id,
       CONCAT(ELT(1 + s.seq % 6, 'Lindenweg', 'Am Markt', 'Schulstraße', 'Bahnhofsplatz',
                  'Mühlenweg', 'Kirchgasse'), ' ', 1 + s.seq % 80),
       LPAD(10000 + s.seq % 89999, 5, '0'), m.name, m.id,
       CONCAT('https://org', s.seq, '.bench.example'),
       CONCAT('030 23125-', LPAD(s.seq % 1000, 3, '0')),
       CONCAT('info@org', s.seq, '.bench.example'),
       CONCAT('Eine **erzeugte** Organisation für die Messungen.\n\n- Beratung\n- Kurse\n- Treffen'),
       IF(s.seq % 10 = 0, NULL, NOW() - INTERVAL 500 DAY), IF(s.seq % 10 = 0, NULL, @admin),
       s.seq % 5 <> 0, u.id, NOW() - INTERVAL (600 + s.seq % 200) DAY
FROM seq_1_to_1000000 s
JOIN bench_m m ON m.k = s.seq % @mun
JOIN bench_t t ON t.k = s.seq % @types
JOIN bench_u u ON u.n = 1 + (s.seq * 20) % @people
WHERE s.seq <= @orgs;

CREATE TEMPORARY TABLE bench_o (i INT PRIMARY KEY, id INT UNSIGNED, municipality_id SMALLINT UNSIGNED,
                                street VARCHAR(120), created_at DATETIME)
  SELECT s.seq AS i, o.id, o.municipality_id, o.street, o.created_at FROM seq_1_to_1000000 s
  JOIN orgs o ON o.website = CONCAT('https://org', s.seq, '.bench.example') WHERE s.seq <= @orgs;

INSERT INTO org_fields (org_id, field_id)
SELECT o.id, f.id FROM bench_o o JOIN seq_0_to_1 j ON j.seq <= o.i % 2
JOIN bench_f f ON f.k = (o.i + j.seq * 5) % @fields;

-- Three contact persons, the first two editors.
INSERT INTO org_members (org_id, user_id, role, position, editor)
SELECT o.id, u.id, ELT(1 + j.seq, 'Leitung', 'Beratung', 'Ehrenamtskoordination'), j.seq + 1,
       j.seq < 2
FROM bench_o o JOIN seq_0_to_2 j
JOIN bench_u u ON u.n = 1 + (o.i * 20 + j.seq * 7) % @people;

-- Offers: one or two per organisation, confirmed 0 to 449 days ago (about
-- one in five more than 12 months ago).
INSERT INTO offers (org_id, title, description, field_id, place, municipality_id, costs, step_free,
                    accessibility, contact_user_id, contact_role, checked_on, reminded_at, public,
                    created_by, created_at)
SELECT o.id,
       ELT(1 + (o.i * 2 + j.seq) % 15, 'Sprachcafé', 'Integrationskurs', 'Migrationsberatung',
           'Bewerbungstraining', 'Anerkennungsberatung', 'Hausaufgabenhilfe', 'Frauenschwimmkurs',
           'Kleiderkammer', 'Fahrradwerkstatt', 'Patenschaftsprogramm', 'Dolmetscherpool',
           'Wohnungssuche-Sprechstunde', 'Psychosoziale Beratung', 'Erstorientierungskurs',
           'Elterncafé'),
       'Ein erzeugtes Angebot: *jeden Dienstag*, ohne Anmeldung.',
       f.id, o.street, o.municipality_id,
       ELT(1 + o.i % 3, 'kostenlos', '2 € pro Termin', 'kostenlos mit Berechtigung'),
       ELT(1 + (o.i + j.seq) % 4, 'unknown', 'yes', 'partly', 'no'),
       IF((o.i + j.seq) % 4 = 1, 'Aufzug vorhanden.', NULL),
       om.user_id, om.role,
       CURDATE() - INTERVAL ((o.i * 13 + j.seq * 101) % 450) DAY,
       IF((o.i * 13 + j.seq * 101) % 450 > 365, NOW(), NULL),
       (o.i + j.seq) % 6 <> 0, om.user_id, o.created_at + INTERVAL 1 DAY
FROM bench_o o JOIN seq_0_to_1 j ON j.seq <= o.i % 2
JOIN bench_f f ON f.k = (o.i + j.seq * 4) % @fields
JOIN org_members om ON om.org_id = o.id AND om.position = j.seq + 1;

CREATE TEMPORARY TABLE bench_x (id INT UNSIGNED PRIMARY KEY, i INT, j INT)
  SELECT x.id, o.i, ROW_NUMBER() OVER (PARTITION BY x.org_id ORDER BY x.id) - 1 AS j
  FROM offers x JOIN bench_o o ON o.id = x.org_id;

INSERT INTO offer_target_groups (offer_id, target_group_id)
SELECT x.id, g.id FROM bench_x x JOIN seq_0_to_1 k ON k.seq <= (x.i + x.j) % 2
JOIN bench_g g ON g.k = (x.i + x.j + k.seq * 5) % @groups;

INSERT INTO offer_languages (offer_id, lang)
SELECT x.id, l.code FROM bench_x x JOIN seq_0_to_2 k ON k.seq <= (x.i + x.j) % 3
JOIN bench_l l ON l.k = IF(k.seq = 0, 0, 1 + (x.i * 3 + k.seq * 7) % (@langs - 1));
SQL

sql -e "SELECT CONCAT(
  (SELECT COUNT(*) FROM users WHERE email LIKE '%@bench.example'), ' members, ',
  (SELECT COUNT(*) FROM orgs WHERE website LIKE '%.bench.example'), ' organisations, ',
  (SELECT COUNT(*) FROM offers x JOIN orgs o ON o.id = x.org_id WHERE o.website LIKE '%.bench.example'),
  ' offers generated')"

# Working groups: one per 40 generated members (500 for 20000), beside the
# demo's: three in five open, one in four closed, the rest private, one in
# 25 archived; each with an owner, two moderators and up to about 150
# members (a few large groups, many small), and for closed and private
# groups a request or an invitation waiting. Member counts as the program
# keeps them.
sql <<SQL
SET @people = $PEOPLE;
SET @ngroups = CEIL(@people / 40);
CREATE TEMPORARY TABLE bench_gu (n INT PRIMARY KEY, id INT UNSIGNED, created_at DATETIME)
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id, created_at FROM users
  WHERE email LIKE '%@bench.example' AND status = 'active';
SET @pool = (SELECT COUNT(*) FROM bench_gu);
CREATE TEMPORARY TABLE bench_gm (k INT PRIMARY KEY, name VARCHAR(80))
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, name FROM municipalities WHERE retired = 0;
SET @mun = (SELECT COUNT(*) FROM bench_gm);

INSERT INTO \`groups\` (slug, name, description, visibility, archived_at, created_by,
                      created_at, updated_at)
SELECT CONCAT('bench-gruppe-', s.seq),
       CONCAT(ELT(1 + s.seq % 8, 'Arbeitskreis', 'Runder Tisch', 'Projektgruppe', 'Netzwerk',
                  'Initiative', 'Qualitätszirkel', 'Steuerungsgruppe', 'Sprachcafé'),
              ' ', m.name, ' ', s.seq),
       CONCAT('Die Gruppe für **', ELT(1 + s.seq % 6, 'Sprache', 'Arbeit', 'Wohnen', 'Gesundheit',
              'Ehrenamt', 'Bildung'), '** in ', m.name,
              ': Termine, Absprachen und Material für alle, die hier mitarbeiten.'),
       CASE WHEN s.seq % 20 < 12 THEN 'open' WHEN s.seq % 20 < 17 THEN 'closed' ELSE 'private' END,
       IF(s.seq % 25 = 0, NOW() - INTERVAL (s.seq % 90) DAY, NULL),
       u.id, u.created_at + INTERVAL 1 DAY, u.created_at + INTERVAL 1 DAY
FROM seq_1_to_1000000 s
JOIN bench_gm m ON m.k = s.seq % @mun
JOIN bench_gu u ON u.n = (s.seq * 7919) % @pool
WHERE s.seq <= @ngroups;

-- Group i's members: positions 0 (the owner, its creator), 1 and 2
-- (moderators), then members, 8 to about 150 of them.
CREATE TEMPORARY TABLE bench_gg (i INT PRIMARY KEY, id INT UNSIGNED, visibility VARCHAR(10),
                                 size INT, created_at DATETIME)
  SELECT CAST(SUBSTRING(slug, 14) AS UNSIGNED) AS i, id, visibility,
         8 + FLOOR(140 / (1 + CAST(SUBSTRING(slug, 14) AS UNSIGNED) % 23)) AS size, created_at
  FROM \`groups\` WHERE slug LIKE 'bench-gruppe-%';
INSERT IGNORE INTO group_members (group_id, user_id, role, state, created_at, updated_at)
SELECT g.id, u.id,
       CASE WHEN q.seq = 0 THEN 'owner' WHEN q.seq < 3 THEN 'moderator' ELSE 'member' END,
       CASE WHEN q.seq = g.size - 1 AND g.visibility = 'closed' THEN 'requested'
            WHEN q.seq = g.size - 1 AND g.visibility = 'private' THEN 'invited'
            ELSE 'active' END,
       GREATEST(g.created_at, u.created_at) + INTERVAL q.seq HOUR,
       GREATEST(g.created_at, u.created_at) + INTERVAL q.seq HOUR
FROM bench_gg g JOIN seq_0_to_200 q ON q.seq < g.size
JOIN bench_gu u ON u.n = IF(q.seq = 0, (g.i * 7919) % @pool, (g.i * 7919 + q.seq * 104729) % @pool);
UPDATE \`groups\` g SET member_count =
  (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.state = 'active');
SQL
sql -e "SELECT CONCAT((SELECT COUNT(*) FROM \`groups\` WHERE slug LIKE 'bench-gruppe-%'), ' groups, ',
  (SELECT COUNT(*) FROM group_members m JOIN \`groups\` g ON g.id = m.group_id
   WHERE g.slug LIKE 'bench-gruppe-%'), ' memberships generated')"

((TOPICS > 0)) || exit 0
started=$SECONDS
{
	echo "SET @topics = $TOPICS, @posts = $POSTS;"
	cat <<'SQL'
SET @moderator = (SELECT id FROM users WHERE email = 'moderator@knotenpunkt.test');
SET @reader = (SELECT id FROM users WHERE email = 'member1@knotenpunkt.test');
-- The sentences of the posts: the network's everyday work, so that the
-- search finds some words often and others rarely.
SET @s1 = 'Die Wartezeit für den Integrationskurs beträgt bei uns derzeit etwa drei Monate.',
    @s2 = 'Die Ausländerbehörde braucht für den Antrag alle Unterlagen auf einmal.',
    @s3 = 'Für die Wohnungssuche hilft ein Wohnberechtigungsschein sehr.',
    @s4 = 'Das Jobcenter übernimmt die Kosten nur nach vorherigem Antrag.',
    @s5 = 'Die Kita-Anmeldung läuft über das Familienservicebüro der Gemeinde.',
    @s6 = 'Sprachmittlung können Sie beim Dolmetscherpool des Landkreises anfragen.',
    @s7 = 'Die Anerkennungsberatung hilft bei ausländischen Berufsabschlüssen.',
    @s8 = 'Im Sprachcafé üben viele Ehrenamtliche jede Woche Deutsch mit den Teilnehmenden.',
    @s9 = 'Die Beratung ist kostenlos und auf Wunsch anonym.',
    @s10 = 'Für Jugendliche gibt es die Bewerbungswerkstatt des Jugendmigrationsdienstes.',
    @s11 = 'Die Patenschaften vermitteln wir über den Asylkreis.',
    @s12 = 'Der Bus in die Kreisstadt fährt leider nur alle zwei Stunden.',
    @s13 = 'Das Formular gibt es auch in einfacher Sprache.',
    @s14 = 'Termine vergeben wir dienstags und donnerstags am Vormittag.',
    @s15 = 'Die Fortbildung ist für Ehrenamtliche kostenlos.',
    @s16 = 'Eine Beschäftigungserlaubnis dauert derzeit etwa drei Wochen.',
    @s17 = 'Die Krankenkasse bezahlt die Sprachmittlung beim Arzttermin leider nicht.',
    @s18 = 'Im Familienzentrum gibt es eine Brückengruppe, bis ein Kita-Platz frei wird.',
    @s19 = 'Die Fördermittel müssen bis zum Ende des Quartals beantragt werden.',
    @s20 = 'Die Schuldnerberatung hat im Moment eine Warteliste von vier Wochen.';
-- What topics are about (their titles name one; a quarter of their posts
-- too, so that a subject's word is in about 1 % of the posts).
CREATE TEMPORARY TABLE bench_subject (k INT NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL);
INSERT INTO bench_subject (k, name) SELECT seq - 1, ELT(seq, 'Integrationskurs',
  'Berufssprachkurs', 'Sprachcafé', 'Wohnberechtigungsschein', 'Mietkaution', 'Kita-Platz',
  'Sprachlernklasse', 'Ausbildungsduldung', 'Beschäftigungserlaubnis', 'Anerkennung',
  'Familiennachzug', 'Einbürgerung', 'Behandlungsschein', 'Traumaberatung', 'Sprachmittlung',
  'Patenschaften', 'Ehrenamtspauschale', 'Fahrdienst', 'Hausaufgabenhilfe', 'Bewerbungstraining',
  'Schuldnerberatung', 'Kleiderkammer', 'Fördermittel', 'Elternbriefe', 'Jobcenter-Termin',
  'Wohnungssuche', 'Schwimmkurs', 'Fahrradwerkstatt', 'Frauencafé', 'Erstorientierung')
FROM seq_1_to_30;
CREATE TEMPORARY TABLE bench_m (k INT PRIMARY KEY, name VARCHAR(80))
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, name FROM municipalities WHERE retired = 0;
SET @mun = (SELECT COUNT(*) FROM bench_m);

-- The categories that take topics, each with the time it can have them:
-- from an hour after it was made until ten minutes ago or its group's
-- archiving. Weights: the network's categories 1, 1/2, 1/3, ... in their
-- order (a few large, many small), a group's 0.04 each.
CREATE TEMPORARY TABLE bench_c (k INT NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL,
                                group_id INT UNSIGNED NULL, lo DATETIME NOT NULL,
                                secs INT NOT NULL, w DOUBLE NOT NULL)
  SELECT ROW_NUMBER() OVER (ORDER BY c.group_id IS NOT NULL, c.group_id, c.position, c.id) - 1 AS k,
         c.id, c.group_id, c.created_at + INTERVAL 1 HOUR AS lo,
         TIMESTAMPDIFF(SECOND, c.created_at + INTERVAL 1 HOUR,
                       IFNULL(g.archived_at, NOW() - INTERVAL 10 MINUTE)) AS secs, 0 AS w
  FROM forum_categories c LEFT JOIN `groups` g ON g.id = c.group_id
  WHERE c.retired = 0 AND (c.group_id IS NULL OR g.deleted_at IS NULL)
    AND c.created_at < IFNULL(g.archived_at, NOW()) - INTERVAL 1 DAY;
UPDATE bench_c SET w = IF(group_id IS NULL, 1 / (k + 1), 0.04);
SET @wsum = (SELECT SUM(w) FROM bench_c);
CREATE TEMPORARY TABLE bench_cc (k INT NOT NULL PRIMARY KEY, lo DOUBLE NOT NULL, hi DOUBLE NOT NULL)
  SELECT k, (SUM(w) OVER (ORDER BY k) - w) / @wsum AS lo, SUM(w) OVER (ORDER BY k) / @wsum AS hi
  FROM bench_c;
UPDATE bench_cc SET hi = 2 WHERE k = (SELECT MAX(k) FROM bench_c);

-- Authors: the generated members who joined before the oldest of these
-- categories; a few hundred of them join each group.
SET @oldest = (SELECT MIN(lo) FROM bench_c);
CREATE TEMPORARY TABLE bench_a (j INT NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL,
                                created_at DATETIME NOT NULL)
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS j, id, created_at FROM users
  WHERE email LIKE '%@bench.example' AND status = 'active' AND created_at < @oldest;
SET @pool = (SELECT COUNT(*) FROM bench_a);
SET @gmod = GREATEST(1, @pool DIV 200);
DELIMITER //
BEGIN NOT ATOMIC
  IF @pool = 0 OR (SELECT COUNT(*) FROM bench_c) = 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'generate.sh: no forum categories or no authors (is the demo network loaded?)';
  END IF;
END//
DELIMITER ;

INSERT INTO group_members (group_id, user_id, role, state, created_at)
SELECT g.id, a.id, 'member', 'active', GREATEST(g.created_at, a.created_at)
FROM `groups` g JOIN bench_a a ON (a.j + g.id * 7) % @gmod = 0
WHERE g.id IN (SELECT group_id FROM bench_c);

CREATE TEMPORARY TABLE bench_ga (group_id INT UNSIGNED NOT NULL, j INT NOT NULL,
                                 id INT UNSIGNED NOT NULL, PRIMARY KEY (group_id, j))
  SELECT m.group_id, ROW_NUMBER() OVER (PARTITION BY m.group_id ORDER BY m.user_id) - 1 AS j,
         m.user_id AS id
  FROM group_members m JOIN users u ON u.id = m.user_id
  WHERE m.state = 'active' AND u.email LIKE '%@bench.example'
    AND m.group_id IN (SELECT group_id FROM bench_c);
CREATE TEMPORARY TABLE bench_gn (group_id INT UNSIGNED NOT NULL PRIMARY KEY, n INT NOT NULL)
  SELECT group_id, COUNT(*) AS n FROM bench_ga GROUP BY group_id;

-- Topics: a category by weight; a weight for the length of the thread
-- (exponential with mean 1, at most about 9; one topic in a thousand 30
-- to 90); a length for it in time; an author. The pseudo-random numbers
-- in [0, 1) are the first 32 bits of MD5(salt, s) / 2^32: fixed, so every
-- run makes the same forum, and independent of each other (CRC32 is not:
-- it is linear, so two salts of one s give related numbers).
CREATE TEMPORARY TABLE bench_ft (s INT NOT NULL PRIMARY KEY, u DOUBLE NOT NULL,
                                 cat INT UNSIGNED NULL, group_id INT UNSIGNED NULL,
                                 lo DATETIME NULL, secs INT NULL, w DOUBLE NOT NULL,
                                 n INT NOT NULL, start DATETIME NULL, span INT NULL,
                                 author INT UNSIGNED NULL)
  SELECT seq AS s, CONV(LEFT(MD5(CONCAT('c', seq)), 8), 16, 10) / 4294967296 AS u,
         IF(seq % 1000 = 1, 30 + 60 * CONV(LEFT(MD5(CONCAT('w', seq)), 8), 16, 10) / 4294967296,
            -LN(1 - 0.9999 * CONV(LEFT(MD5(CONCAT('w', seq)), 8), 16, 10) / 4294967296)) AS w,
         1 AS n
  FROM seq_1_to_1000000 WHERE seq <= @topics;
UPDATE bench_ft f JOIN bench_cc cc ON f.u >= cc.lo AND f.u < cc.hi JOIN bench_c c ON c.k = cc.k
SET f.cat = c.id, f.group_id = c.group_id, f.lo = c.lo, f.secs = c.secs;

-- Every topic one post, the rest by weight; what rounding leaves over,
-- one more each to the first topics.
SET @extra = @posts - @topics, @wall = (SELECT SUM(w) FROM bench_ft);
UPDATE bench_ft SET n = 1 + FLOOR(@extra * w / @wall);
SET @rest = @extra - (SELECT SUM(n - 1) FROM bench_ft);
UPDATE bench_ft SET n = n + 1 WHERE s <= @rest;

-- A thread lasts 5 minutes to 4 hours a post (the long ones 60 to 150
-- days), never past the end of its category's time, and starts at a
-- random point that lets it end in time.
UPDATE bench_ft
SET span = LEAST(secs - 60, IF(s % 1000 = 1, 86400 * (60 + s % 90),
                               n * (300 + CONV(LEFT(MD5(CONCAT('g', s)), 8), 16, 10) % 14100)));
UPDATE bench_ft
SET start = lo + INTERVAL FLOOR((secs - span) * CONV(LEFT(MD5(CONCAT('t', s)), 8), 16, 10) / 4294967296) SECOND;

UPDATE bench_ft f
LEFT JOIN bench_gn gn ON gn.group_id = f.group_id
LEFT JOIN bench_a a ON f.group_id IS NULL
      AND a.j = FLOOR(POW(CONV(LEFT(MD5(CONCAT('a', f.s)), 8), 16, 10) / 4294967296, 2) * @pool)
LEFT JOIN bench_ga ga ON ga.group_id = f.group_id
      AND ga.j = FLOOR(POW(CONV(LEFT(MD5(CONCAT('a', f.s)), 8), 16, 10) / 4294967296, 2) * gn.n)
SET f.author = IFNULL(a.id, ga.id);

-- Posts, numbered (o) in the order of their times: post j of a topic at
-- start + span * j / n; its author the topic's (j = 0) or, like the
-- topic's, a few members often and most rarely.
CREATE TEMPORARY TABLE bench_fp (o INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                                 s INT NOT NULL, j INT NOT NULL, t DATETIME NOT NULL,
                                 author INT UNSIGNED NOT NULL, group_id INT UNSIGNED NULL);
INSERT INTO bench_fp (s, j, t, author, group_id)
SELECT f.s, q.seq, f.start + INTERVAL FLOOR(f.span * q.seq / f.n) SECOND AS t,
       IF(q.seq = 0, f.author, IFNULL(a.id, ga.id)), f.group_id
FROM bench_ft f
JOIN seq_0_to_1000000 q ON q.seq < f.n
LEFT JOIN bench_gn gn ON gn.group_id = f.group_id
LEFT JOIN bench_a a ON f.group_id IS NULL
      AND a.j = FLOOR(POW(CONV(LEFT(MD5(CONCAT(f.s, '-', q.seq)), 8), 16, 10) / 4294967296, 2) * @pool)
LEFT JOIN bench_ga ga ON ga.group_id = f.group_id
      AND ga.j = FLOOR(POW(CONV(LEFT(MD5(CONCAT(f.s, '-', q.seq)), 8), 16, 10) / 4294967296, 2) * gn.n)
ORDER BY t, f.s, q.seq;

-- Topics in the order they were started; their counts come at the end.
SET @t0 = (SELECT IFNULL(MAX(id), 0) FROM forum_topics);
INSERT INTO forum_topics (category_id, group_id, title, created_by, created_at, updated_at,
                          last_post_at, pinned, locked, deleted_at)
SELECT f.cat, f.group_id,
       CONCAT(ELT(1 + f.s % 12, 'Frage zu', 'Erfahrungen mit', 'Suche Kontakt:', 'Hinweis:',
                  'Wer kennt sich aus mit', 'Neu:', 'Termin:', 'Austausch zu', 'Bitte um Rat:',
                  'Info:', 'Update zu', 'Material für'), ' ', sj.name, ' in ', m.name),
       f.author, f.start, f.start, f.start, f.s % 4000 = 2, f.s % 97 = 5,
       IF(f.s % 1999 = 7, NOW(), NULL)
FROM bench_ft f JOIN bench_m m ON m.k = (f.s DIV 360) % @mun
JOIN bench_subject sj ON sj.k = (f.s DIV 12) % 30
ORDER BY f.start, f.s;

CREATE TEMPORARY TABLE bench_tid (s INT NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL)
  SELECT f.s, t.id
  FROM (SELECT s, ROW_NUMBER() OVER (ORDER BY start, s) AS r FROM bench_ft) f
  JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r FROM forum_topics WHERE id > @t0) t
    ON t.r = f.r;

-- Posts in batches of 100000 (each its own transaction): Markdown bodies
-- of 100 to 550 bytes from sentences of the network's everyday
-- work, some with a list, a link, a quote or a bold line; one in 53
-- edited ten minutes later, one in 211 deleted by its author, one in 499
-- of the network's forum hidden by moderator@.
SET @p0 = (SELECT IFNULL(MAX(id), 0) FROM forum_posts), @total = (SELECT COUNT(*) FROM bench_fp);
DELIMITER //
BEGIN NOT ATOMIC
  DECLARE a INT UNSIGNED DEFAULT 0;
  WHILE a < @total DO
    INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body, edited_at,
                             revision_count, deleted_at, hidden_at, hidden_by, hidden_reason)
    SELECT m.id, p.group_id, p.author, p.t,
           CONCAT(ELT(1 + p.o % 12, 'Guten Tag zusammen,', 'Danke für die schnelle Antwort!',
                      'Kurze Rückfrage dazu:', 'Aus unserer Beratungsstelle:',
                      'Das kann ich bestätigen.', 'Hallo in die Runde,', 'Ergänzung aus der Praxis:',
                      'Wir haben ähnliche Erfahrungen gemacht.', 'Gute Frage!',
                      'Update von unserer Seite:', 'Vielen Dank für den Hinweis.',
                      'Ich habe nachgefragt:'),
                  '\n\n', ELT(1 + (p.o DIV 12) % 20, @s1, @s2, @s3, @s4, @s5, @s6, @s7, @s8, @s9,
                              @s10, @s11, @s12, @s13, @s14, @s15, @s16, @s17, @s18, @s19, @s20),
                  ' ', ELT(1 + (p.o * 7 + p.s) % 20, @s1, @s2, @s3, @s4, @s5, @s6, @s7, @s8, @s9,
                           @s10, @s11, @s12, @s13, @s14, @s15, @s16, @s17, @s18, @s19, @s20),
                  IF(p.o % 3 = 0, CONCAT(' ', ELT(1 + (p.o DIV 240) % 20, @s1, @s2, @s3, @s4, @s5,
                     @s6, @s7, @s8, @s9, @s10, @s11, @s12, @s13, @s14, @s15, @s16, @s17, @s18,
                     @s19, @s20)), ''),
                  IF(p.o % 4 = 1, CONCAT('\n\nZum Thema ', sj.name, ' ',
                     ELT(1 + (p.o DIV 4) % 6, 'haben wir gute Erfahrungen gemacht.',
                         'gibt es jetzt eine neue Ansprechperson.', 'bitte die Übersicht beachten.',
                         'melde ich mich noch einmal.', 'kann ich Ihnen Material schicken.',
                         'fragen wir beim nächsten Netzwerktreffen nach.')), ''),
                  IF(p.j > 0 AND p.o % 29 = 0,
                     CONCAT('\n\n> ', ELT(1 + (p.o DIV 29) % 20, @s1, @s2, @s3, @s4, @s5, @s6, @s7,
                            @s8, @s9, @s10, @s11, @s12, @s13, @s14, @s15, @s16, @s17, @s18, @s19,
                            @s20), '\n\nGenau so ist es bei uns auch.'), ''),
                  IF(p.o % 7 = 0, CONCAT('\n\n- Termine: dienstags und donnerstags',
                                         '\n- Anmeldung: per Telefon oder E-Mail',
                                         '\n- Kosten: keine'), ''),
                  IF(p.o % 11 = 0, '\n\n**Wichtig:** Bitte nennen Sie keine Namen von Ratsuchenden.', ''),
                  IF(p.o % 13 = 0, CONCAT('\n\nMehr dazu: [Informationen](https://info', p.o % 500,
                                          '.bench.example/)'), ''),
                  ELT(1 + (p.o DIV 7) % 8, '\n\nViele Grüße', '\n\nDanke!',
                      '\n\nMelden Sie sich gern bei Fragen.', '', '\n\nBis bald beim Netzwerktreffen.',
                      '\n\nIch halte Sie auf dem Laufenden.', '\n\nBeste Grüße aus dem Landkreis', '')),
           IF(p.o % 53 = 5, p.t + INTERVAL 10 MINUTE, NULL), p.o % 53 = 5,
           IF(p.o % 211 = 3, LEAST(p.t + INTERVAL 2 HOUR, NOW()), NULL),
           IF(p.o % 499 = 11 AND p.group_id IS NULL AND @moderator IS NOT NULL,
              LEAST(p.t + INTERVAL 1 DAY, NOW()), NULL),
           IF(p.o % 499 = 11 AND p.group_id IS NULL, @moderator, NULL),
           IF(p.o % 499 = 11 AND p.group_id IS NULL AND @moderator IS NOT NULL,
              'Enthält personenbezogene Daten einer ratsuchenden Person.', NULL)
    FROM bench_fp p JOIN bench_tid m ON m.s = p.s JOIN bench_subject sj ON sj.k = (p.s DIV 12) % 30
    WHERE p.o > a AND p.o <= a + 100000
    ORDER BY p.o;
    SET a = a + 100000;
  END WHILE;
END//
DELIMITER ;

-- An edited post's revision: its first two paragraphs, as first written.
INSERT INTO forum_revisions (post_id, body, title, created_by, created_at)
SELECT id, SUBSTRING_INDEX(body, '\n\n', 2), NULL, created_by, created_at
FROM forum_posts WHERE id > @p0 AND revision_count = 1;

-- Counts from the rows (cgi/forum/items.c's recounts, set-based).
UPDATE forum_topics t
JOIN (SELECT topic_id, COUNT(*) AS n, MIN(id) AS first, MAX(id) AS last
      FROM forum_posts WHERE topic_id > @t0 GROUP BY topic_id) a ON a.topic_id = t.id
JOIN forum_posts l ON l.id = a.last
SET t.post_count = a.n, t.first_post_id = a.first, t.last_post_id = a.last,
    t.last_post_at = l.created_at, t.last_poster_id = l.created_by, t.updated_at = l.created_at;

UPDATE forum_categories c
JOIN (SELECT category_id, COUNT(*) AS n, SUM(post_count) AS posts, MAX(last_post_id) AS last
      FROM forum_topics WHERE deleted_at IS NULL GROUP BY category_id) a ON a.category_id = c.id
JOIN forum_posts l ON l.id = a.last
SET c.topic_count = a.n, c.post_count = a.posts, c.last_post_id = a.last,
    c.last_post_at = l.created_at;

INSERT IGNORE INTO forum_topic_watches (user_id, topic_id, created_at)
SELECT created_by, id, created_at FROM forum_topics WHERE id > @t0;
INSERT IGNORE INTO forum_reads (user_id, topic_id, last_post_id)
SELECT @reader, id, IF(id % 7 = 0, first_post_id, last_post_id) FROM forum_topics
WHERE id > @t0 AND id % 3 = 0 AND group_id IS NULL AND @reader IS NOT NULL;

DELIMITER //
BEGIN NOT ATOMIC
  IF (SELECT COUNT(*) FROM forum_topics WHERE id > @t0) <> @topics
     OR (SELECT COUNT(*) FROM forum_posts WHERE id > @p0) <> @posts THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'generate.sh: the forum did not come out at the size asked for';
  END IF;
END//
DELIMITER ;
SQL
} | sql
sql -e "SELECT CONCAT(
  (SELECT COUNT(*) FROM forum_topics t JOIN users u ON u.id = t.created_by WHERE u.email LIKE '%@bench.example'),
  ' topics, ',
  (SELECT COUNT(*) FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id
   JOIN users u ON u.id = t.created_by WHERE u.email LIKE '%@bench.example'),
  ' posts generated in $((SECONDS - started)) s')"
