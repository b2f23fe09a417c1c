-- The demo network's legal pages and contact address (the admin pages,
-- issue 8), so that the footer's links lead somewhere believable. Every
-- name, address and number is invented; a real network writes its own
-- texts on /admin/legal/... before going live.

UPDATE site_settings SET value = 'koordination@netzwerk-integration.example', updated_at = NOW()
 WHERE name = 'contact';

UPDATE legal_pages SET updated_at = NOW(), body =
'# Anbieter

Landkreis Musterkreis
Der Landrat
Koordinierungsstelle Migration und Teilhabe
Kreishausstraße 1
37000 Musterstadt

Telefon: 05550 123-0
E-Mail: koordination@netzwerk-integration.example

# Vertretungsberechtigt

Landrat Max Mustermann

# Verantwortlich für den Inhalt

Koordinierungsstelle Migration und Teilhabe (Anschrift wie oben)

Die Beiträge im Forum und in den Gruppen geben die Meinung der jeweiligen Mitglieder wieder.'
 WHERE slug = 'impressum';

UPDATE legal_pages SET updated_at = NOW(), body =
'# Wer ist verantwortlich?

Landkreis Musterkreis, Koordinierungsstelle Migration und Teilhabe (siehe Impressum).
Datenschutzbeauftragte: datenschutz@musterkreis.example

# Welche Daten wir verarbeiten

- Ihr Konto: Name, E-Mail-Adresse, Passwort (nur als Prüfwert), Sprache.
- Was Sie selbst eintragen: Profil, Organisationen, Angebote, Beiträge, Dokumente, Termine.
- Anmeldungen: Zeitpunkt, IP-Adresse und Browser, solange die Sitzung besteht; ein Protokoll wichtiger Aktionen für die Sicherheit der Plattform.

# Wozu

Damit die Fachkräfte im Landkreis einander finden und zusammenarbeiten können (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit dem Landesrecht).

# Ihre Rechte

Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch und Beschwerde bei der Landesbeauftragten für den Datenschutz.'
 WHERE slug = 'datenschutz';

UPDATE legal_pages SET updated_at = NOW(), body =
'Der Landkreis Musterkreis ist bemüht, diese Plattform barrierefrei zugänglich zu machen (Barrierefreie-Informationstechnik-Verordnung, BITV 2.0).

# Stand der Vereinbarkeit

Die Plattform ist mit den Anforderungen der WCAG 2.1 auf Stufe AA weitgehend vereinbar. Jede Seite funktioniert ohne JavaScript und wird automatisch mit axe-core geprüft.

# Nicht barrierefreie Inhalte

Dokumente, die Mitglieder hochladen (zum Beispiel PDF-Dateien), sind nicht immer barrierefrei.

# Schlichtungsverfahren

Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle des Landes wenden.'
 WHERE slug = 'barrierefreiheit';
