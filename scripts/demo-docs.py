#!/usr/bin/env python3
"""The demo network's documents (issue 6): real PDF, ODT, text and CSV files,
generated here and always byte for byte the same, so that their SHA-256
names in sql/demo/0006_docs.sql stay right.

  demo-docs.py --store DIR   writes every file into the file store DIR
                             (DIR/ab/cd/<sha256>, through a temporary file
                             and a rename, as cgi/core/files.c does);
                             scripts/stack.sh runs it before the demo load
  demo-docs.py --sql         prints sql/demo/0006_docs.sql
  demo-docs.py --check FILE  exits 1 when FILE is not what --sql prints
                             (scripts/lint.sh: a changed text without a
                             new SQL file would point rows at no file)

Determinism: no dates or random ids inside the files, ZIP entries stored
(not deflated: another zlib would compress differently) with a fixed
timestamp. Only Python's standard library."""
import hashlib
import io
import os
import sys
import zipfile

# ---- files -------------------------------------------------------------------


def pdf(title, lines):
    """A one-page A4 PDF: a title and lines of text (Latin-1, Helvetica)."""

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F2 16 Tf", "72 770 Td", f"({esc(title)}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({esc(line)}) Tj", "0 -16 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (Knotenpunkt demo) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        xref,
    )
    return bytes(out)


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def odt(title, lines):
    """An OpenDocument text: mimetype first and stored, as ODF requires."""
    paras = "".join(f"<text:p>{xml_text(line)}</text:p>" for line in lines)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text><text:h>{xml_text(title)}</text:h>{paras}"
        "</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in (
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", content),
            ("META-INF/manifest.xml", manifest),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


def text(lines):
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---- the library -------------------------------------------------------------

# Folders: (library, path). Library None is the network's, else a group's slug.
FOLDERS = [
    (None, "Integrationskonzept"),
    (None, "Integrationskonzept/Entwürfe"),
    (None, "Sprache und Bildung"),
    (None, "Formulare"),
    (None, "Flyer"),
    ("sprachcafe-netzwerk", "Treffen"),
    ("runder-tisch-arbeit", "Protokolle"),
    ("jahresplanung-netzwerktreffen", "Planung 2027"),
]

FLYER = {
    "Deutsch": ["Willkommen im Landkreis!", "Beratung, Sprachkurse und Begleitung:",
                "Rufen Sie uns an: 05551 123-0", "Die Beratung ist kostenlos."],
    "English": ["Welcome to the county!", "Advice, language courses and support:",
                "Call us: +49 5551 123-0", "Advice is free of charge."],
    "Français": ["Bienvenue dans notre arrondissement !", "Conseil, cours de langue et accompagnement :",
                 "Appelez-nous : +49 5551 123-0", "Le conseil est gratuit."],
    "Español": ["¡Bienvenidos al distrito!", "Asesoramiento, cursos de idiomas y acompañamiento:",
                "Llámenos: +49 5551 123-0", "El asesoramiento es gratuito."],
    "Português": ["Bem-vindos ao distrito!", "Aconselhamento, cursos de línguas e acompanhamento:",
                  "Ligue-nos: +49 5551 123-0", "O aconselhamento é gratuito."],
}

# Documents: library, folder path ("" top), title, file name, bytes, uploader,
# days ago, tags, field of action (name_de) or None, description. A list of
# (file name, bytes, uploader, days ago) after them are further versions.
DOCS = [
    (None, "Integrationskonzept/Entwürfe", "Integrationskonzept des Landkreises – Entwurf",
     "Integrationskonzept_Entwurf.pdf",
     pdf("Integrationskonzept des Landkreises (Entwurf)", [
         "1. Ausgangslage: 14.200 Menschen mit Migrationsgeschichte im Landkreis.",
         "2. Leitziele: Teilhabe, Sprache, Arbeit, Wohnen, Gesundheit.",
         "3. Handlungsfelder und Maßnahmen mit Verantwortlichen.",
         "4. Beteiligung: Runde Tische in allen Gemeinden.",
         "Stand: Entwurf zur Abstimmung im Netzwerk."]),
     "admin", 40, "Konzept, Entwurf, Kreistag", "Soziales und Beratung",
     "Der Entwurf zur **Abstimmung im Netzwerk**. Anmerkungen bitte bis Monatsende im Forum.",
     [("Integrationskonzept_Entwurf_v2.pdf",
       pdf("Integrationskonzept des Landkreises (Entwurf, 2. Fassung)", [
           "Neu: Kapitel Gesundheit und Pflege ergänzt.",
           "Neu: Kennzahlen je Gemeinde.",
           "1. Ausgangslage: 14.200 Menschen mit Migrationsgeschichte im Landkreis.",
           "2. Leitziele: Teilhabe, Sprache, Arbeit, Wohnen, Gesundheit."]),
       "moderator", 12)]),
    (None, "Integrationskonzept", "Beschluss des Kreistags zum Integrationskonzept",
     "Beschluss_Kreistag.odt",
     odt("Beschluss des Kreistags", [
         "Der Kreistag beauftragt die Verwaltung, ein Integrationskonzept zu erarbeiten.",
         "Das Netzwerk Integration wird beteiligt."]),
     "admin", 90, "Beschluss, Kreistag", None, "", []),
    (None, "Sprache und Bildung", "Sprachkurse im Landkreis – Übersicht",
     "Sprachkurse_Uebersicht.pdf",
     pdf("Sprachkurse im Landkreis", [
         "Integrationskurs (A1-B1): VHS Kreisstadt, Mo-Fr 8:30-12:45",
         "Berufssprachkurs B2: Bildungswerk Süd, Di und Do abends",
         "Alphabetisierungskurs: Familienzentrum Nord, Mi 9:00",
         "Sprachcafé: Stadtbibliothek, jeden Donnerstag 16:00",
         "Kinderbetreuung während der Kurse auf Anfrage."]),
     "member1", 20, "Sprache, Kurse, VHS", "Sprache",
     "Alle Kurse mit Ort und Zeit. Bitte melden Sie Änderungen an Anna Schneider.", []),
    (None, "Sprache und Bildung", "Kursliste (Tabelle)", "Kursliste.csv",
     text(["Kurs;Träger;Ort;Niveau;Plätze frei",
           "Integrationskurs;VHS Kreisstadt;Kreisstadt;A1-B1;4",
           "Berufssprachkurs;Bildungswerk Süd;Hann. Münden;B2;0",
           "Alphabetisierung;Familienzentrum Nord;Nordheim;A1;6"]),
     "member1", 20, "Sprache, Kurse", "Sprache", "", []),
    (None, "Formulare", "Anmeldung Sprachpatenschaft", "Anmeldung_Sprachpatenschaft.odt",
     odt("Anmeldung zur Sprachpatenschaft", [
         "Name: ____________________", "Telefon: ____________________",
         "Sprachen: ____________________", "Ich möchte eine Patenschaft übernehmen / suche eine Patin."]),
     "moderator", 70, "Formular, Ehrenamt, Patenschaft", "Engagement und Ehrenamt", "", []),
    (None, "Formulare", "Checkliste Erstberatung", "Checkliste_Erstberatung.txt",
     text(["Checkliste Erstberatung", "", "- Aufenthaltstitel und Fristen",
           "- Sprachkenntnisse und Kursbedarf", "- Wohnsituation", "- Gesundheit, Versicherung",
           "- Kinder: Kita und Schule", "- Nächster Termin"]),
     "moderator", 65, "Beratung, Checkliste", "Soziales und Beratung", "", []),
] + [
    (None, "Flyer", f"Flyer Willkommen ({lang})", f"Flyer_Willkommen_{lang}.pdf",
     pdf(f"Netzwerk Integration ({lang})", lines), "moderator", 30 + i,
     f"Flyer, {lang}", None, "Zum Ausdrucken und Auslegen.", [])
    for i, (lang, lines) in enumerate(FLYER.items())
] + [
    ("sprachcafe-netzwerk", "Treffen", "Protokoll Sprachcafé Oktober", "Protokoll_Oktober.odt",
     odt("Protokoll Sprachcafé-Netzwerk, Oktober", [
         "Anwesend: 9 Ehrenamtliche, 2 Hauptamtliche.",
         "1. Neue Räume in der Stadtbibliothek ab November.",
         "2. Material: Bildkarten werden nachbestellt.",
         "3. Nächstes Treffen: erster Donnerstag im Monat."]),
     "member1", 35, "Protokoll", "Sprache", "", []),
    ("sprachcafe-netzwerk", "", "Spiele und Material für das Sprachcafé", "Material.pdf",
     pdf("Spiele und Material", ["Memory mit Alltagswörtern", "Bildkarten Einkaufen",
                                 "Würfelspiel Zahlen", "Rollenspiel Arzttermin"]),
     "elif.hoffmann", 50, "Material, Spiele", "Sprache", "", []),
    ("runder-tisch-arbeit", "Protokolle", "Protokoll Runder Tisch – Sitzung 3", "Protokoll_Sitzung_3.pdf",
     pdf("Runder Tisch Arbeit und Ausbildung: Sitzung 3", [
         "Thema: Anerkennung ausländischer Berufsabschlüsse.",
         "Jobcenter: Sprechstunde für Geflüchtete ab Januar.",
         "Handwerkskammer: 12 Ausbildungsplätze offen."]),
     "samir.wolf", 25, "Protokoll, Ausbildung", "Arbeit und Ausbildung", "", []),
    ("jahresplanung-netzwerktreffen", "Planung 2027", "Termine Netzwerktreffen 2027", "Termine_2027.odt",
     odt("Termine der Netzwerktreffen 2027", ["März: Kreishaus", "Juni: Hann. Münden",
                                              "September: Nordheim", "November: Jahresabschluss"]),
     "admin", 10, "Termine, Planung", None, "Noch nicht veröffentlichen.", []),
]

MIME = {
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "txt": "text/plain",
    "csv": "text/csv",
}


def sha(data):
    return hashlib.sha256(data).hexdigest()


def all_files():
    for d in DOCS:
        yield d[4]
        for v in d[10]:
            yield v[1]


def store(root):
    for data in all_files():
        h = sha(data)
        folder = os.path.join(root, h[:2], h[2:4])
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, h)
        if os.path.exists(path):
            continue
        tmp = os.path.join(root, f".tmp-demo-{h[:16]}")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.rename(tmp, path)


def lit(s):
    if s is None:
        return "NULL"
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def who(w):
    return (f"(SELECT id FROM users WHERE email IN ({lit(w + '@knotenpunkt.test')},"
            f" {lit(w + '@demo.knotenpunkt.test')}))")


def group(slug):
    return "NULL" if slug is None else f"(SELECT id FROM `groups` WHERE slug = {lit(slug)})"


def sql():
    out = [
        "-- The demo network's documents (issue 6). GENERATED by scripts/demo-docs.py --sql:",
        "-- do not edit; change the generator and run it again. The files these rows",
        "-- name are written into the store by `scripts/demo-docs.py --store` (scripts/",
        "-- stack.sh runs it before the demo load): real PDFs, ODT, text and CSV files.",
        "-- People by e-mail, groups by slug, never a guessed id; the check at the end",
        "-- fails the load when a name did not resolve.",
        "",
    ]
    var = {}
    for i, (lib, path) in enumerate(FOLDERS):
        parent = path.rsplit("/", 1)[0] if "/" in path else None
        name = path.rsplit("/", 1)[-1]
        var[(lib, path)] = f"@f{i}"
        creator = "admin" if lib is None else None
        by = who(creator) if creator else (
            f"(SELECT user_id FROM group_members WHERE group_id = {group(lib)} AND role = 'owner'"
            " ORDER BY user_id LIMIT 1)")
        out.append(
            "INSERT INTO doc_folders (group_id, parent_id, name, created_by, created_at, updated_at)"
            f" VALUES ({group(lib)}, {var[(lib, parent)] if parent else 'NULL'}, {lit(name)}, {by},"
            " NOW() - INTERVAL 100 DAY, NOW() - INTERVAL 100 DAY);")
        out.append(f"SET @f{i} = LAST_INSERT_ID();")
    for lib, folder, title, fname, data, up, age, tags, field, desc, versions in DOCS:
        fid = var[(lib, folder)] if folder else "NULL"
        fld = "NULL" if field is None else f"(SELECT id FROM fields_of_action WHERE name_de = {lit(field)})"
        last = versions[-1][3] if versions else age
        out.append(
            "INSERT INTO documents (group_id, folder_id, title, description, field_id, tags, created_by,"
            f" created_at, updated_at) VALUES ({group(lib)}, {fid}, {lit(title)}, {lit(desc or None)},"
            f" {fld}, {lit(tags)}, {who(up)}, NOW() - INTERVAL {age} DAY, NOW() - INTERVAL {last} DAY);")
        out.append("SET @d = LAST_INSERT_ID();")
        for n, (vname, vdata, vup, vage) in enumerate([(fname, data, up, age)] + versions, 1):
            ext = vname.rsplit(".", 1)[1]
            out.append(
                "INSERT INTO document_versions (document_id, number, sha256, mime, size, filename,"
                f" created_by, created_at) VALUES (@d, {n}, {lit(sha(vdata))}, {lit(MIME[ext])},"
                f" {len(vdata)}, {lit(vname)}, {who(vup)}, NOW() - INTERVAL {vage} DAY);")
        out.append(
            "UPDATE documents SET current_version_id = LAST_INSERT_ID(),"
            f" version_count = {1 + len(versions)} WHERE id = @d;")
    out += [
        "",
        "BEGIN NOT ATOMIC",
        "  IF EXISTS (SELECT 1 FROM documents WHERE created_by IS NULL)",
        "     OR EXISTS (SELECT 1 FROM doc_folders WHERE created_by IS NULL)",
        "     OR EXISTS (SELECT 1 FROM document_versions WHERE created_by IS NULL)",
        f"     OR (SELECT COUNT(*) FROM documents WHERE group_id IS NOT NULL)"
        f" <> {sum(1 for d in DOCS if d[0])}",
        f"     OR (SELECT COUNT(*) FROM doc_folders WHERE group_id IS NOT NULL)"
        f" <> {sum(1 for f in FOLDERS if f[0])} THEN",
        "    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo documents: a person, group or field did not resolve';",
        "  END IF;",
        "END;",
        "",
    ]
    return "\n".join(out)


def main(argv):
    if len(argv) == 3 and argv[1] == "--store":
        store(argv[2])
    elif len(argv) == 2 and argv[1] == "--sql":
        sys.stdout.write(sql())
    elif len(argv) == 3 and argv[1] == "--check":
        with open(argv[2], encoding="utf-8") as f:
            if f.read() != sql():
                print(f"{argv[2]} is not what scripts/demo-docs.py --sql prints: run it again",
                      file=sys.stderr)
                return 1
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
