#!/bin/bash
# generate.sh DIR PEOPLE — a large network for the benchmarks, added to the
# demo network of the stack in DIR: PEOPLE more active members (most with a
# profile, fields of action and languages), one organisation per 20 of
# them (every type, across the demo municipalities, most confirmed and
# public, three contact persons each, two of them editors) and 1.5 offers
# per organisation (target groups, languages, confirmed over the last 15
# months; the outdated ones count as reminded, so kp-mailer sends
# nothing). Everything is looked up by name, never by a guessed id;
# addresses end in .example, phone numbers are from the 030 23125 range
# for media productions.
#
# Runs once per stack (refuses a second time) as the stack's migrate user
# (temporary tables); the password goes through the environment, never
# the command line. Uses MariaDB's built-in sequence tables (seq_1_to_N).
set -euo pipefail

DIR=${1:-}
PEOPLE=${2:-}
[[ -n $DIR && $PEOPLE =~ ^[0-9]+$ ]] || {
	echo "usage: generate.sh STACK-DIR PEOPLE (100 to 1000000)" >&2
	exit 2
}
((PEOPLE >= 100 && PEOPLE <= 1000000)) || {
	echo "generate.sh: PEOPLE must be between 100 and 1000000" >&2
	exit 2
}
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
