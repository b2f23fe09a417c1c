#!/bin/bash
# generate-content.sh DIR DOCUMENTS EVENTS NOTIFICATIONS — the rest of the
# benchmark's network, after generate.sh made its members, organisations,
# groups and forum: libraries, a calendar and notifications.
#
#   DOCUMENTS  documents (metadata) in folders of the network's library and
#              of every group's (ten folders per library at most), one in
#              five with a second and third version; their versions point
#              to 300 real files (small PDFs) put into the stack's store
#   EVENTS     events over the last two years and the coming six months,
#              of the network (two thirds) and of the groups, one in ten
#              all-day, one in twenty weekly for ten weeks (an occurrence
#              row per date, as the events program writes them), half with
#              a capacity; ten answers each (yes, maybe, no) by generated
#              members
#   NOTIFICATIONS  rows about generated posts (replies, mentions) for
#              generated members, all mailed and most read
# Deterministic (no randomness), bulk INSERT ... SELECT over MariaDB's
# sequence tables, as the stack's migrate user.
set -euo pipefail

DIR=${1:-}
DOCS=${2:-}
EVENTS=${3:-}
NOTES=${4:-}
[[ -n $DIR && $DOCS =~ ^[0-9]+$ && $EVENTS =~ ^[0-9]+$ && $NOTES =~ ^[0-9]+$ ]] || {
	echo "usage: generate-content.sh STACK-DIR DOCUMENTS EVENTS NOTIFICATIONS" >&2
	exit 2
}
CONF=$DIR/knotenpunkt.hdf
conf() {
	awk -v key="$1" '/^DB[[:space:]]*\{/ { db = 1; next } db && /^\}/ { db = 0 }
		db && $1 == key && $2 == "=" { sub(/^[^=]*=[[:space:]]*/, ""); print; exit }' "$CONF"
}
sql() {
	MYSQL_PWD=$(conf MigratePassword) mariadb --no-defaults --default-character-set=utf8mb4 \
		--batch --skip-column-names \
		--socket="$(conf Socket)" --user="$(conf MigrateUser)" "$(conf Name)" "$@"
}
[[ $(sql -e "SELECT COUNT(*) FROM users WHERE email LIKE '%@bench.example'") != 0 ]] || {
	echo "generate-content.sh: run generate.sh first (no generated members)" >&2
	exit 1
}

# 300 small PDFs in the store under their SHA-256, as the docs program
# stores uploads (<store>/ab/cd/<sha256>); one VALUES list for the SQL.
files=$(/usr/bin/python3 - "$DIR/data/files" <<'PY'
import hashlib, os, sys
store = sys.argv[1]
rows = []
for i in range(300):
    text = "Protokoll Nr. %d des Arbeitskreises Integration" % i
    stream = "BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, o.encode())
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    sha = hashlib.sha256(out).hexdigest()
    d = os.path.join(store, sha[:2], sha[2:4])
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, sha), "wb") as f:
        f.write(out)
    rows.append("(%d, '%s', %d)" % (i, sha, len(out)))
print(",".join(rows))
PY
)

sql <<SQL
SET @docs = $DOCS, @events = $EVENTS, @notes = $NOTES;
CREATE TEMPORARY TABLE bu (k INT PRIMARY KEY, id INT UNSIGNED NOT NULL)
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id FROM users WHERE email LIKE '%@bench.example';
SET @nu = (SELECT COUNT(*) FROM bu);
-- Libraries: the network's (k 0, group NULL) and every group's.
CREATE TEMPORARY TABLE bl (k INT PRIMARY KEY, group_id INT UNSIGNED NULL)
  SELECT 0 AS k, NULL AS group_id
  UNION ALL SELECT ROW_NUMBER() OVER (ORDER BY id), id FROM \`groups\` WHERE deleted_at IS NULL;
SET @nl = (SELECT COUNT(*) FROM bl);
CREATE TEMPORARY TABLE bf (k INT PRIMARY KEY, id SMALLINT UNSIGNED NOT NULL)
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id FROM fields_of_action WHERE retired = 0;
SET @nf = (SELECT COUNT(*) FROM bf);
CREATE TEMPORARY TABLE bfile (k INT PRIMARY KEY, sha CHAR(64) CHARACTER SET ascii, size INT);
INSERT INTO bfile VALUES $files;

-- Ten folders in the network's library and in each group's with documents.
SET @f0 = (SELECT IFNULL(MAX(id), 0) FROM doc_folders);
INSERT INTO doc_folders (group_id, parent_id, name, created_by, created_at, updated_at)
SELECT l.group_id, NULL,
       CONCAT(ELT(1 + s.seq % 10, 'Protokolle', 'Konzepte', 'Formulare', 'Flyer', 'Vorlagen',
                  'Präsentationen', 'Berichte', 'Sprachkurse', 'Rechtliches', 'Presse'), ' ',
              2017 + s.seq),
       u.id, NOW() - INTERVAL 700 DAY, NOW() - INTERVAL 700 DAY
FROM bl l JOIN seq_0_to_9 s JOIN bu u ON u.k = (l.k * 37 + s.seq) % @nu
WHERE l.k < GREATEST(1, LEAST(@nl, CEIL(@docs / 100)))
ORDER BY l.k, s.seq;
CREATE TEMPORARY TABLE bfo (k INT PRIMARY KEY, id INT UNSIGNED, group_id INT UNSIGNED NULL)
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, group_id FROM doc_folders WHERE id > @f0;
SET @nfo = (SELECT COUNT(*) FROM bfo);

-- Documents: spread over the folders, written over the last two years.
SET @d0 = (SELECT IFNULL(MAX(id), 0) FROM documents);
INSERT INTO documents (group_id, folder_id, title, description, field_id, tags, version_count,
                       created_by, created_at, updated_at)
SELECT fo.group_id, fo.id,
       CONCAT(ELT(1 + s.seq % 8, 'Protokoll', 'Flyer', 'Anmeldeformular', 'Konzeptentwurf',
                  'Kursliste', 'Handreichung', 'Präsentation', 'Bericht'), ' ', s.seq),
       CONCAT('Stand ', DATE_FORMAT(NOW() - INTERVAL (s.seq % 700) DAY, '%d.%m.%Y'),
              '. Für die Arbeit im Netzwerk; bitte die aktuelle Fassung verwenden.'),
       f.id, ELT(1 + s.seq % 5, 'sprache', 'arbeit,beratung', 'flyer,mehrsprachig', 'protokoll', ''),
       IF(s.seq % 5 = 0, 3, 1), u.id,
       NOW() - INTERVAL (s.seq % 700) DAY - INTERVAL (s.seq % 1440) MINUTE,
       NOW() - INTERVAL (s.seq % 700) DAY
FROM seq_1_to_$((DOCS > 0 ? DOCS : 1)) s
JOIN bfo fo ON fo.k = s.seq % @nfo
JOIN bf f ON f.k = s.seq % @nf
JOIN bu u ON u.k = (s.seq * 13) % @nu
WHERE @docs > 0
ORDER BY s.seq;
INSERT INTO document_versions (document_id, number, sha256, mime, size, filename, created_by, created_at)
SELECT d.id, v.seq, bfile.sha, 'application/pdf', bfile.size,
       CONCAT(REPLACE(d.title, ' ', '_'), '.pdf'), d.created_by, d.created_at + INTERVAL v.seq - 1 DAY
FROM documents d JOIN seq_1_to_3 v ON v.seq <= d.version_count
JOIN bfile ON bfile.k = (d.id + v.seq) % 300
WHERE d.id > @d0;
UPDATE documents d JOIN document_versions dv ON dv.document_id = d.id AND dv.number = d.version_count
SET d.current_version_id = dv.id WHERE d.id > @d0;

-- Events: one every few hours over the last two years and the coming
-- six months; the network's two thirds, the groups' the rest.
SET @e0 = (SELECT IFNULL(MAX(id), 0) FROM events);
INSERT INTO events (group_id, title, description, all_day, starts_at, ends_at, start_date, end_date,
                    place, online_url, field_id, capacity, waitlist, show_attendees,
                    repeat_freq, repeat_interval, repeat_count, created_by, created_at, updated_at)
SELECT IF(s.seq % 3 = 2, l.group_id, NULL),
       CONCAT(ELT(1 + s.seq % 6, 'Arbeitskreis Sprache', 'Schulung Aufenthaltsrecht', 'Plenum',
                  'Interkulturelles Frühstück', 'Infoabend Ausbildung', 'Beratungstag'), ' ', s.seq),
       'Alle Interessierten sind willkommen. Bitte melden Sie sich an.',
       s.seq % 10 = 0, t.at, t.at + INTERVAL IF(s.seq % 10 = 0, 24, 2) HOUR,
       IF(s.seq % 10 = 0, DATE(t.at), NULL), IF(s.seq % 10 = 0, DATE(t.at), NULL),
       IF(s.seq % 4 = 3, NULL, 'Kreishaus, Raum 2.14, Reinhäuser Landstraße 4, Göttingen'),
       IF(s.seq % 4 = 3, 'https://konferenz.example/raum', NULL),
       f.id, IF(s.seq % 2 = 0, 20, NULL), 1, s.seq % 3 = 0,
       IF(s.seq % 20 = 1, 'weekly', 'none'), 1, IF(s.seq % 20 = 1, 10, NULL),
       u.id, t.at - INTERVAL 30 DAY, t.at - INTERVAL 30 DAY
FROM seq_1_to_$((EVENTS > 0 ? EVENTS : 1)) s
JOIN (SELECT seq, IF(seq % 10 = 0,
                     TIMESTAMP(DATE(NOW() - INTERVAL 730 DAY + INTERVAL ROUND(seq * 910 / @events) DAY)),
                     TIMESTAMP(DATE(NOW() - INTERVAL 730 DAY + INTERVAL ROUND(seq * 910 / @events) DAY))
                       + INTERVAL 8 + seq % 10 HOUR) AS at
      FROM seq_1_to_$((EVENTS > 0 ? EVENTS : 1))) t ON t.seq = s.seq
JOIN bl l ON l.k = 1 + s.seq % GREATEST(1, @nl - 1)
JOIN bf f ON f.k = s.seq % @nf
JOIN bu u ON u.k = (s.seq * 17) % @nu
WHERE @events > 0
ORDER BY s.seq;
-- The occurrence rows the program writes on save: one, or ten weeks.
INSERT INTO event_occurrences (event_id, local_date, starts_at, ends_at, cancelled)
SELECT e.id, DATE(e.starts_at + INTERVAL 1 HOUR + INTERVAL w.seq WEEK),
       e.starts_at + INTERVAL w.seq WEEK, e.ends_at + INTERVAL w.seq WEEK, 0
FROM events e JOIN seq_0_to_9 w ON w.seq < IF(e.repeat_freq = 'weekly', e.repeat_count, 1)
WHERE e.id > @e0;
-- Ten answers each: six yes (the first ones seated), two maybe, two no.
INSERT IGNORE INTO event_rsvps (event_id, user_id, answer, waiting, answered_at)
SELECT e.id, u.id, ELT(1 + a.seq DIV 2 % 5, 'yes', 'yes', 'yes', 'maybe', 'no'), 0,
       e.created_at + INTERVAL a.seq HOUR
FROM events e JOIN seq_0_to_9 a JOIN bu u ON u.k = (e.id * 7 + a.seq * 131) % @nu
WHERE e.id > @e0;

-- Notifications about generated posts, for generated members; all mailed
-- (kp-mailer has nothing to send), nine in ten read.
CREATE TEMPORARY TABLE bp (k INT PRIMARY KEY, id INT UNSIGNED, topic_id INT UNSIGNED,
                           group_id INT UNSIGNED NULL, created_by INT UNSIGNED NULL, created_at DATETIME)
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, topic_id, group_id, created_by, created_at
  FROM forum_posts WHERE created_by IN (SELECT id FROM bu) ORDER BY id LIMIT 200000;
SET @np = (SELECT COUNT(*) FROM bp);
INSERT INTO notifications (user_id, kind, actor_id, group_id, topic_id, post_id, created_at, read_at, mailed_at)
SELECT u.id, IF(s.seq % 7 = 0, 'forum_mention', 'forum_reply'), p.created_by, p.group_id, p.topic_id, p.id,
       p.created_at, IF(s.seq % 10 = 0, NULL, p.created_at + INTERVAL 1 DAY), p.created_at
FROM seq_1_to_$((NOTES > 0 ? NOTES : 1)) s
JOIN bp p ON p.k = (s.seq * 7919) % @np
JOIN bu u ON u.k = (s.seq * 31) % @nu
WHERE @notes > 0 AND @np > 0;
SQL
echo "generate-content.sh: $DOCS documents, $EVENTS events, $NOTES notifications"
