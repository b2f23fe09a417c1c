-- The demo network's organisations, their contact persons and their
-- offers: a rural district's integration network across the demo
-- municipalities. Every organisation, address, phone number and e-mail
-- address here is invented: streets and house numbers are made up, phone
-- numbers come from the Bundesnetzagentur's range for media productions
-- (030 23125 000 to 999, never assigned to anybody), addresses end in
-- .example. Contact persons are the demo members of 0002_profiles.sql.
--
-- kpctl load-demo sends this file as one script after 0001 and 0002 on an
-- empty database. Rows are written through small staging tables keyed by
-- names (types, fields, municipalities, target groups, languages) and
-- e-mail addresses (people), never by guessed ids; the checks at the end
-- make the load fail when a name or an address did not resolve, instead of
-- leaving a demo with silent gaps.
--
-- What the demo shows: 45 organisations of every type, most verified and
-- public; five not yet confirmed by an admin; five not public (a women's
-- counselling service, the psychosocial centre, the interpreters' pool, a
-- company, a new women's group); one deleted (its row stays for the audit
-- trail). The demo login member1@knotenpunkt.test is editor of two
-- organisations (one verified, one not) and contact person without editor
-- rights of a third; the site admin belongs to none; the suspended
-- ehemalig@ is still listed at one. 66 offers, one deleted; six not
-- public (one at a verified public organisation, the others at
-- organisations that are not public either) and one public offer at an
-- organisation that is not public: the cases the directory's rules decide.
-- Eight offers have not been confirmed as current for more than 12 months
-- ("possibly outdated"); their reminder counts as sent (reminded_at), so
-- loading the demo mails nobody.

CREATE TEMPORARY TABLE demo_orgs (
  seq          SMALLINT NOT NULL PRIMARY KEY,
  name         VARCHAR(160) NOT NULL UNIQUE,
  type         VARCHAR(80) NOT NULL,
  street       VARCHAR(120) NULL,
  postcode     VARCHAR(10) NULL,
  city         VARCHAR(80) NULL,
  municipality VARCHAR(80) NOT NULL,
  website      VARCHAR(255) NULL,
  phone        VARCHAR(40) NULL,
  email        VARCHAR(254) NULL,
  fields       VARCHAR(300) NOT NULL,  -- names of fields of action, "|" between
  age          SMALLINT NOT NULL,      -- created this many days ago
  verified     SMALLINT NULL,          -- confirmed this many days ago; NULL: not yet
  public       TINYINT NOT NULL,
  creator      VARCHAR(254) NOT NULL,
  deleted      SMALLINT NULL,          -- deleted this many days ago
  description  TEXT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_members (
  org       VARCHAR(160) NOT NULL,
  email     VARCHAR(254) NOT NULL,
  role      VARCHAR(120) NULL,
  position  SMALLINT NOT NULL,
  editor    TINYINT NOT NULL,
  PRIMARY KEY (org, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_offers (
  seq           SMALLINT NOT NULL PRIMARY KEY,
  org           VARCHAR(160) NOT NULL,
  title         VARCHAR(160) NOT NULL,
  field         VARCHAR(80) NOT NULL,
  place         VARCHAR(200) NULL,
  municipality  VARCHAR(80) NULL,       -- NULL: online or wherever you are
  costs         VARCHAR(200) NULL,
  step_free     VARCHAR(10) NOT NULL,
  accessibility VARCHAR(300) NULL,
  contact       VARCHAR(254) NULL,      -- e-mail of a member of the organisation
  role          VARCHAR(120) NULL,
  checked       SMALLINT NOT NULL,      -- confirmed as current this many days ago
  public        TINYINT NOT NULL,
  target_groups VARCHAR(300) NOT NULL,  -- names, "|" between
  langs         VARCHAR(100) NOT NULL,  -- ISO 639-1 codes, "|" between
  deleted       SMALLINT NULL,
  description   TEXT NULL,
  UNIQUE KEY (org, title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------
-- Organisations

INSERT INTO demo_orgs (seq, name, type, street, postcode, city, municipality, website, phone, email, fields, age, verified, public, creator, deleted, description) VALUES
(1, 'Landkreis Göttingen – Ausländerbehörde', 'Verwaltung', 'Kreishausallee 4', '37081', 'Göttingen', 'Göttingen',
 'https://www.landkreis.example/auslaenderbehoerde', '030 23125-101', 'auslaenderbehoerde@landkreis.example',
 'Aufenthalt und Recht', 710, 700, 1, 'claudia.braun@demo.knotenpunkt.test', NULL,
 'Die Ausländerbehörde des Landkreises ist zuständig für **Aufenthaltstitel**, Verlängerungen, Beschäftigungserlaubnisse und Einbürgerungen im ganzen Landkreis außer der Stadt Göttingen.

Bitte vereinbaren Sie einen Termin. Bringen Sie Ihren Pass und alle Briefe der Behörde mit.'),

(2, 'Landkreis Göttingen – Bildungsbüro', 'Verwaltung', 'Kreishausallee 4', '37081', 'Göttingen', 'Göttingen',
 'https://www.landkreis.example/bildungsbuero', '030 23125-102', 'bildungsbuero@landkreis.example',
 'Bildung|Sprache', 650, 640, 1, 'zainab.bondarenko@demo.knotenpunkt.test', NULL,
 'Die **Bildungskoordination für Neuzugewanderte** hat den Überblick über Sprachkurse, Schulen und Bildungswege im Landkreis.

- Kursübersicht aller Integrations- und Berufssprachkurse
- Beratung zu Schulabschlüssen und Ausbildung
- Vernetzung der Kursträger'),

(3, 'Dolmetscherpool im Landkreis Göttingen', 'Verwaltung', 'Kreishausallee 4', '37081', 'Göttingen', 'Göttingen',
 NULL, '030 23125-103', 'dolmetscherpool@landkreis.example',
 'Sprache|Gesundheit|Soziales und Beratung', 600, 590, 0, 'reza.schwarz@demo.knotenpunkt.test', NULL,
 'Geschulte Sprachmittlerinnen und Sprachmittler begleiten Beratungsgespräche, Arzttermine und Elterngespräche in **über 20 Sprachen**.

Anfragen stellen Fachstellen aus dem Netzwerk, mindestens drei Werktage vor dem Termin.'),

(4, 'Landkreis Göttingen – Gesundheitsamt, Außenstelle Osterode', 'Verwaltung', 'Amtshof 12', '37520', 'Osterode am Harz', 'Osterode am Harz',
 'https://www.landkreis.example/gesundheitsamt', '030 23125-104', 'gesundheitsamt-osterode@landkreis.example',
 'Gesundheit', 560, 550, 1, 'stefanie.krueger@demo.knotenpunkt.test', NULL,
 'Das Gesundheitsamt berät zu Impfungen, Schuleingangsuntersuchungen und zum Zugang zur Gesundheitsversorgung. Unsere **Gesundheitslotsinnen und -lotsen** sprechen mehrere Sprachen.'),

(5, 'Jobcenter Landkreis Göttingen – Standort Göttingen', 'Verwaltung', 'Am Güterbahnhof 21', '37073', 'Göttingen', 'Göttingen',
 'https://www.jobcenter.example/goettingen', '030 23125-105', 'goettingen@jobcenter.example',
 'Arbeit und Ausbildung|Sprache', 690, 680, 1, 'petra.jaber@demo.knotenpunkt.test', NULL,
 'Das Jobcenter sichert den Lebensunterhalt und unterstützt bei der Suche nach Arbeit, Ausbildung und Sprachkursen.

Das **Team Integration** berät Menschen mit Fluchtgeschichte und Neuzugewanderte.'),

(6, 'Agentur für Arbeit – Geschäftsstelle Osterode am Harz', 'Verwaltung', 'Bahnhofsvorplatz 3', '37520', 'Osterode am Harz', 'Osterode am Harz',
 'https://www.arbeitsagentur.example/osterode', '030 23125-106', 'osterode@arbeitsagentur.example',
 'Arbeit und Ausbildung|Bildung', 480, 470, 1, 'julia.shevchenko@demo.knotenpunkt.test', NULL,
 'Berufsberatung, Arbeitsvermittlung und Weiterbildung für alle, die nicht vom Jobcenter betreut werden. Der **Arbeitgeberservice** berät Betriebe, die internationale Fachkräfte einstellen möchten.'),

(7, 'Sprachschule Brückenwort gGmbH', 'Bildungsträger', 'Lindenhof 7', '37073', 'Göttingen', 'Göttingen',
 'https://www.brueckenwort.example', '030 23125-107', 'info@brueckenwort.example',
 'Sprache|Bildung|Arbeit und Ausbildung', 620, 600, 1, 'member1@knotenpunkt.test', NULL,
 'Zugelassener Träger für **Integrationskurse** und **Berufssprachkurse**. Kleine Gruppen, Kurse am Vormittag und am Abend, Prüfungen im Haus.

Zur Einstufung kommen Sie ohne Termin: montags 9 bis 12 Uhr.'),

(8, 'Sprachcafé-Initiative Göttingen-Weststadt', 'Ehrenamtsinitiative', 'Am Weidenweg 2', '37081', 'Göttingen', 'Göttingen',
 NULL, NULL, 'sprachcafe@weststadt.example',
 'Sprache|Engagement und Ehrenamt', 40, NULL, 1, 'member1@knotenpunkt.test', NULL,
 'Ehrenamtliche treffen sich jede Woche mit Menschen, die Deutsch üben möchten. *Ohne Anmeldung, ohne Kosten.* Neue Ehrenamtliche sind willkommen.'),

(9, 'Frauenberatung Lila Tür e. V.', 'Beratungsstelle', NULL, '37073', 'Göttingen', 'Göttingen',
 'https://www.lilatuer.example', '030 23125-109', 'beratung@lilatuer.example',
 'Soziales und Beratung|Gesundheit', 720, 700, 0, 'monika.krause@demo.knotenpunkt.test', NULL,
 'Beratung für Frauen in Krisen und bei **häuslicher Gewalt**, vertraulich und auf Wunsch anonym. Zum Schutz der Ratsuchenden nennen wir die Adresse nur bei der Terminvereinbarung.'),

(10, 'Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'Beratungsstelle', 'Am Rosenwinkel 9', '37083', 'Göttingen', 'Göttingen',
 'https://www.psz-suedniedersachsen.example', '030 23125-110', 'kontakt@psz-suedniedersachsen.example',
 'Gesundheit|Soziales und Beratung', 540, 530, 0, 'katharina.klein@demo.knotenpunkt.test', NULL,
 'Beratung und Begleitung für geflüchtete Menschen mit **psychischen Belastungen** und Traumafolgen. Gespräche mit Sprachmittlung sind möglich.'),

(11, 'Refugee Law Clinic Göttingen e. V.', 'Verein', 'Campusweg 5', '37073', 'Göttingen', 'Göttingen',
 'https://www.rlc-goettingen.example', NULL, 'beratung@rlc-goettingen.example',
 'Aufenthalt und Recht', 500, 480, 1, 'jonas.shevchenko@demo.knotenpunkt.test', NULL,
 'Studierende beraten unter Anleitung von Volljuristinnen und Volljuristen **kostenlos** im Asyl- und Aufenthaltsrecht.'),

(12, 'Kreisvolkshochschule Göttingen', 'Bildungsträger', 'Am Stadtwall 14', '37073', 'Göttingen', 'Göttingen',
 'https://www.kvhs-goettingen.example', '030 23125-112', 'info@kvhs-goettingen.example',
 'Bildung|Sprache|Arbeit und Ausbildung', 715, 705, 1, 'jonas.nazari@demo.knotenpunkt.test', NULL,
 'Die Kreisvolkshochschule bietet Integrationskurse, Erstorientierungskurse, Alphabetisierung und Prüfungen an – in Göttingen und in Außenstellen im ganzen Landkreis.'),

(13, 'IQ Anerkennungsberatung Südniedersachsen', 'Beratungsstelle', 'Groner Tor 3', '37073', 'Göttingen', 'Göttingen',
 'https://www.iq-suedniedersachsen.example', '030 23125-113', 'anerkennung@iq-suedniedersachsen.example',
 'Arbeit und Ausbildung|Bildung', 580, 570, 1, 'oksana.hartmann@demo.knotenpunkt.test', NULL,
 'Wir beraten zur **Anerkennung ausländischer Berufs- und Studienabschlüsse** und zu Anpassungsqualifizierungen. Die Beratung ist kostenlos.'),

(14, 'Ev.-luth. Kirchengemeinde St. Lukas Göttingen', 'Religionsgemeinschaft', 'Lukasplatz 1', '37081', 'Göttingen', 'Göttingen',
 'https://www.stlukas-goettingen.example', '030 23125-114', 'kirchenbuero@stlukas-goettingen.example',
 'Engagement und Ehrenamt|Kultur, Sport und Freizeit', 650, 600, 1, 'nadia.krause@demo.knotenpunkt.test', NULL,
 'Unser Gemeindehaus ist ein Ort der Begegnung: Begegnungscafé, Chor für alle und Hilfe bei Briefen von Ämtern.'),

(15, 'Islamische Gemeinde Göttingen e. V.', 'Religionsgemeinschaft', 'Am Hagen 20', '37083', 'Göttingen', 'Göttingen',
 'https://www.ig-goettingen.example', '030 23125-115', 'info@ig-goettingen.example',
 'Kinder, Jugend und Familie|Engagement und Ehrenamt|Bildung', 520, 500, 1, 'hamid.oeztuerk@demo.knotenpunkt.test', NULL,
 'Moscheegemeinde mit Jugendarbeit, Hausaufgabenhilfe und einem **Tag der offenen Moschee** jedes Jahr am 3. Oktober.'),

(16, 'Kreishandwerkerschaft Südniedersachsen – Anlaufstelle Ausbildung', 'Sonstige', 'Am Handwerkerhof 2', '37079', 'Göttingen', 'Göttingen',
 'https://www.kh-suedniedersachsen.example', '030 23125-116', 'ausbildung@kh-suedniedersachsen.example',
 'Arbeit und Ausbildung', 430, 420, 1, 'rahel.abdi@demo.knotenpunkt.test', NULL,
 'Die Anlaufstelle bringt junge Zugewanderte und **Handwerksbetriebe** zusammen: Praktika, Einstiegsqualifizierung, Ausbildung. Gemeinsame Sprechstunde mit der IHK-Anlaufstelle.'),

(17, 'Diakonisches Werk Duderstadt – Migrationsberatung', 'Wohlfahrtsverband', 'Am Obertor 8', '37115', 'Duderstadt', 'Duderstadt',
 'https://www.diakonie-duderstadt.example', '030 23125-117', 'mbe@diakonie-duderstadt.example',
 'Soziales und Beratung|Aufenthalt und Recht', 690, 680, 1, 'moderator@knotenpunkt.test', NULL,
 'Die **Migrationsberatung für Erwachsene (MBE)** begleitet Zugewanderte ab 27 Jahren in den ersten Jahren: Sprachkurs, Arbeit, Wohnung, Familie.'),

(18, 'Katholische Pfarrgemeinde Heilig Kreuz Duderstadt', 'Religionsgemeinschaft', 'Kirchplatz 3', '37115', 'Duderstadt', 'Duderstadt',
 'https://www.heiligkreuz-duderstadt.example', '030 23125-118', 'pfarrbuero@heiligkreuz-duderstadt.example',
 'Soziales und Beratung|Engagement und Ehrenamt', 610, 590, 1, 'farid.ahmadi@demo.knotenpunkt.test', NULL,
 'Die Pfarrgemeinde betreibt eine Kleiderkammer und unterstützt Familien in Notlagen. Ehrenamtliche aus allen Konfessionen sind willkommen.'),

(19, 'Tafel Duderstadt e. V.', 'Verein', 'Am Bahnhof 6', '37115', 'Duderstadt', 'Duderstadt',
 'https://www.tafel-duderstadt.example', '030 23125-119', 'info@tafel-duderstadt.example',
 'Soziales und Beratung|Engagement und Ehrenamt', 670, 660, 1, 'markus.schmidt@demo.knotenpunkt.test', NULL,
 'Wir geben gespendete Lebensmittel an Menschen mit wenig Geld weiter. Bitte bringen Sie beim ersten Besuch einen Nachweis mit (zum Beispiel Bescheid vom Jobcenter oder vom Sozialamt).'),

(20, 'Caritasverband Südniedersachsen – Beratungszentrum Hann. Münden', 'Wohlfahrtsverband', 'Am Weserufer 12', '34346', 'Hann. Münden', 'Hann. Münden',
 'https://www.caritas-suedniedersachsen.example', '030 23125-120', 'hann-muenden@caritas-suedniedersachsen.example',
 'Soziales und Beratung|Aufenthalt und Recht|Wohnen', 705, 695, 1, 'martin.wagner@demo.knotenpunkt.test', NULL,
 'Migrationsberatung für Erwachsene, allgemeine Sozialberatung und Schuldnerberatung unter einem Dach. Außensprechstunde in Dransfeld.'),

(21, 'Welcome Center Südniedersachsen', 'Beratungsstelle', 'Vor der Burg 2', '34346', 'Hann. Münden', 'Hann. Münden',
 'https://www.welcome-suedniedersachsen.example', '030 23125-121', 'welcome@welcome-suedniedersachsen.example',
 'Arbeit und Ausbildung|Wohnen|Aufenthalt und Recht', 380, 370, 1, 'member2@knotenpunkt.test', NULL,
 'Erste Anlaufstelle für **internationale Fachkräfte**, Studierende und ihre Familien – und für Betriebe, die sie einstellen. Beratung auf Deutsch und Englisch.'),

(22, 'Stadt Hann. Münden – Integrationsbeauftragte', 'Verwaltung', 'Rathausplatz 1', '34346', 'Hann. Münden', 'Hann. Münden',
 'https://www.hann-muenden.example/integration', '030 23125-122', 'integration@hann-muenden.example',
 'Soziales und Beratung|Engagement und Ehrenamt', 560, 550, 1, 'abdullahi.werner@demo.knotenpunkt.test', NULL,
 'Die Integrationsbeauftragte ist Ansprechpartnerin für Zugewanderte, Vereine und Ehrenamtliche in der Stadt und koordiniert den **Runden Tisch Integration**.'),

(23, 'AWO Kreisverband – Flüchtlingssozialarbeit', 'Wohlfahrtsverband', 'Sydekumstraße 18', '34346', 'Hann. Münden', 'Hann. Münden',
 'https://www.awo-kreisverband.example', '030 23125-123', 'fsa@awo-kreisverband.example',
 'Soziales und Beratung|Wohnen', 640, 630, 1, 'olena.kovalenko@demo.knotenpunkt.test', NULL,
 'Die Flüchtlingssozialarbeit berät Geflüchtete in den Unterkünften und in eigenen Wohnungen – in Hann. Münden und Bad Lauterberg im Harz.'),

(24, 'Weserbogen Metallbau GmbH', 'Unternehmen', 'Gewerbering 40', '34346', 'Hann. Münden', 'Hann. Münden',
 'https://www.weserbogen-metallbau.example', '030 23125-124', 'ausbildung@weserbogen-metallbau.example',
 'Arbeit und Ausbildung', 300, 290, 1, 'fatima.nazari@demo.knotenpunkt.test', NULL,
 'Familienbetrieb mit 85 Beschäftigten. Wir bilden aus: Metallbauerin und Metallbauer, Konstruktionsmechanik. Sprachförderung während der Ausbildung.'),

(25, 'Familienzentrum Regenbogen Bovenden', 'Bildungsträger', 'Kastanienweg 3', '37120', 'Bovenden', 'Bovenden',
 'https://www.familienzentrum-regenbogen.example', '030 23125-125', 'kita@familienzentrum-regenbogen.example',
 'Kinder, Jugend und Familie|Bildung', 590, 580, 1, 'fatima.kaya@demo.knotenpunkt.test', NULL,
 'Kita und Familienzentrum in freier Trägerschaft: 90 Plätze, Eltern-Kind-Gruppen und Beratung für Familien, die neu im Ort sind.'),

(26, 'Gemeinde Rosdorf – Integrationsbeauftragter', 'Verwaltung', 'Lange Reihe 10', '37124', 'Rosdorf', 'Rosdorf',
 'https://www.rosdorf.example/integration', '030 23125-126', 'integration@rosdorf.example',
 'Soziales und Beratung|Engagement und Ehrenamt', 470, 460, 1, 'khaled.kaya@demo.knotenpunkt.test', NULL,
 'Ansprechpartner der Gemeinde für Neuzugezogene, Vereine und Ehrenamtliche. Sprechstunde im Rathaus.'),

(27, 'SV Blau-Gelb Rosdorf e. V.', 'Verein', 'Sportplatzweg 1', '37124', 'Rosdorf', 'Rosdorf',
 NULL, NULL, 'vorstand@blaugelb-rosdorf.example',
 'Kultur, Sport und Freizeit|Kinder, Jugend und Familie', 260, NULL, 1, 'reza.kovalenko@demo.knotenpunkt.test', NULL,
 'Sportverein mit Fußball, Schwimmen und Gymnastik. Wer neu ist, trainiert das erste Jahr **beitragsfrei** mit.'),

(28, 'Asylkreis Friedland e. V.', 'Ehrenamtsinitiative', 'Mühlenstraße 4', '37133', 'Friedland', 'Friedland',
 'https://www.asylkreis-friedland.example', '030 23125-128', 'kontakt@asylkreis-friedland.example',
 'Engagement und Ehrenamt|Sprache|Soziales und Beratung', 700, 690, 1, 'zainab.meier@demo.knotenpunkt.test', NULL,
 'Rund 40 Ehrenamtliche begleiten Geflüchtete im Alltag: Patenschaften, Fahrdienste, Deutsch üben, Hilfe bei Formularen.'),

(29, 'DRK Kreisverband – Migrationsdienst Friedland', 'Wohlfahrtsverband', 'Rotkreuzweg 2', '37133', 'Friedland', 'Friedland',
 'https://www.drk-kreisverband.example', '030 23125-129', 'migration@drk-kreisverband.example',
 'Gesundheit|Aufenthalt und Recht|Soziales und Beratung', 630, 620, 1, 'jonas.sahin@demo.knotenpunkt.test', NULL,
 'Migrationsdienst, Suchdienst und Erste-Hilfe-Kurse des Roten Kreuzes im Landkreis.'),

(30, 'Fahrradwerkstatt Speiche Gleichen', 'Ehrenamtsinitiative', 'Alte Schmiede, Dorfstraße 22', '37130', 'Gleichen', 'Gleichen',
 NULL, NULL, 'speiche@gleichen-hilft.example',
 'Engagement und Ehrenamt|Kultur, Sport und Freizeit', 25, NULL, 1, 'stefanie.kovalenko@demo.knotenpunkt.test', NULL,
 'Gespendete Fahrräder werden gemeinsam repariert und weitergegeben. Wer mitschraubt, lernt dabei.'),

(31, 'Ev.-luth. Kirchengemeinde Adelebsen', 'Religionsgemeinschaft', 'Kirchberg 5', '37139', 'Adelebsen', 'Adelebsen',
 'https://www.kirche-adelebsen.example', '030 23125-131', 'gemeindebuero@kirche-adelebsen.example',
 'Kinder, Jugend und Familie|Engagement und Ehrenamt', 560, 540, 1, 'markus.schmidt@demo.knotenpunkt.test', NULL,
 'Hausaufgabenhilfe, Kinderchor und ein offener Treff für Familien im Gemeindehaus.'),

(32, 'Paritätischer Wohlfahrtsverband – Beratungsstelle Dransfeld', 'Wohlfahrtsverband', 'Lange Straße 31', '37127', 'Dransfeld', 'Dransfeld',
 'https://www.paritaetischer-kreisgruppe.example', '030 23125-132', 'dransfeld@paritaetischer-kreisgruppe.example',
 'Soziales und Beratung|Engagement und Ehrenamt', 520, 510, 1, 'ines.rahimi@demo.knotenpunkt.test', NULL,
 'Sozialberatung und Unterstützung für Selbsthilfegruppen und kleine Vereine im Raum Dransfeld.'),

(33, 'Patenschaftsprogramm Zusammen ankommen Staufenberg', 'Ehrenamtsinitiative', 'Schulstraße 9', '34355', 'Staufenberg', 'Staufenberg',
 NULL, '030 23125-133', 'paten@zusammen-ankommen.example',
 'Engagement und Ehrenamt|Sprache', 600, 580, 1, 'thomas.krueger@demo.knotenpunkt.test', NULL,
 'Wir vermitteln **Patenschaften** zwischen Menschen aus Staufenberg und neu Zugezogenen. Eine Patenschaft dauert mindestens sechs Monate.'),

(34, 'Kreiswohnbau Südharz GmbH – Wohnraumvermittlung', 'Unternehmen', 'Scheffelstraße 2', '37520', 'Osterode am Harz', 'Osterode am Harz',
 'https://www.kreiswohnbau-suedharz.example', '030 23125-134', 'vermietung@kreiswohnbau-suedharz.example',
 'Wohnen', 610, 600, 1, 'ute.schmidt@demo.knotenpunkt.test', NULL,
 'Kommunale Wohnungsgesellschaft mit rund 2.400 Wohnungen im Südharz. Die Wohnraumvermittlung berät Wohnungssuchende und Vermieter.'),

(35, 'Jugendmigrationsdienst der Diakonie im Südharz', 'Wohlfahrtsverband', 'Am Kornmarkt 6', '37520', 'Osterode am Harz', 'Osterode am Harz',
 'https://www.jmd-suedharz.example', '030 23125-135', 'jmd@jmd-suedharz.example',
 'Kinder, Jugend und Familie|Bildung|Arbeit und Ausbildung', 680, 670, 1, 'kerstin.hartmann@demo.knotenpunkt.test', NULL,
 'Der **Jugendmigrationsdienst (JMD)** begleitet junge Zugewanderte von 12 bis 27 Jahren bei Schule, Ausbildung und Beruf.'),

(36, 'Harzer Präzisionstechnik GmbH', 'Unternehmen', 'Industriestraße 15', '37412', 'Herzberg am Harz', 'Herzberg am Harz',
 'https://www.harzer-praezision.example', '030 23125-136', 'personal@harzer-praezision.example',
 'Arbeit und Ausbildung', 210, 200, 0, 'dmytro.mueller@demo.knotenpunkt.test', NULL,
 'Zulieferer für Maschinenbau mit 230 Beschäftigten. Wir suchen Auszubildende und Fachkräfte und unterstützen bei der Anerkennung.'),

(37, 'Freiwilligenagentur Herzberg', 'Ehrenamtsinitiative', 'Marktplatz 4', '37412', 'Herzberg am Harz', 'Herzberg am Harz',
 'https://www.freiwillig-herzberg.example', '030 23125-137', 'info@freiwillig-herzberg.example',
 'Engagement und Ehrenamt', 540, 530, 1, 'sebastian.nazari@demo.knotenpunkt.test', NULL,
 'Wir vermitteln Menschen, die sich engagieren möchten, an Vereine und Initiativen – auch Neuzugewanderte, die selbst helfen wollen.'),

(38, 'Stadt Herzberg am Harz – Integrationsbeauftragte', 'Verwaltung', 'Marktplatz 30', '37412', 'Herzberg am Harz', 'Herzberg am Harz',
 'https://www.herzberg.example/integration', '030 23125-138', 'integration@herzberg.example',
 'Soziales und Beratung|Wohnen', 450, 440, 1, 'christina.bondarenko@demo.knotenpunkt.test', NULL,
 'Erstberatung für Neuzugezogene, Willkommenspaket der Stadt und Koordination der Ehrenamtlichen.'),

(39, 'Kleiderkammer und Begegnungscafé Bad Lauterberg', 'Ehrenamtsinitiative', 'Hauptstraße 101', '37431', 'Bad Lauterberg im Harz', 'Bad Lauterberg im Harz',
 NULL, '030 23125-139', 'kleiderkammer@lauterberg-hilft.example',
 'Soziales und Beratung|Engagement und Ehrenamt', 690, 600, 1, 'markus.werner@demo.knotenpunkt.test', NULL,
 'Gut erhaltene Kleidung für alle, die sie brauchen, und ein Café zum Kennenlernen.'),

(40, 'Seniorenzentrum Am Kurpark gGmbH', 'Unternehmen', 'Kurparkallee 8', '37431', 'Bad Lauterberg im Harz', 'Bad Lauterberg im Harz',
 'https://www.seniorenzentrum-kurpark.example', '030 23125-140', 'bewerbung@seniorenzentrum-kurpark.example',
 'Arbeit und Ausbildung|Gesundheit', 330, 320, 1, 'birgit.richter@demo.knotenpunkt.test', NULL,
 'Pflegeeinrichtung mit 120 Plätzen. Wir bilden in der Pflege aus und begleiten internationale Pflegekräfte bei der Anerkennung.'),

(41, 'Mehrgenerationenhaus Bad Grund', 'Sonstige', 'Schulberg 2', '37539', 'Bad Grund (Harz)', 'Bad Grund (Harz)',
 'https://www.mgh-badgrund.example', '030 23125-141', 'info@mgh-badgrund.example',
 'Kinder, Jugend und Familie|Engagement und Ehrenamt|Kultur, Sport und Freizeit', 650, 640, 1, 'sabine.zimmermann@demo.knotenpunkt.test', NULL,
 'Offener Treff für alle Generationen: Hausaufgabenhilfe, Frauenfrühstück, Nähwerkstatt und Beratung.'),

(42, 'Sprachpatenschaften Eichsfeld', 'Ehrenamtsinitiative', 'Marktstraße 12', '37434', 'Gieboldehausen', 'Gieboldehausen',
 NULL, '030 23125-142', 'sprachpaten@eichsfeld-hilft.example',
 'Sprache|Engagement und Ehrenamt', 480, 470, 1, 'monika.rahimi@demo.knotenpunkt.test', NULL,
 'Ehrenamtliche Sprachpatinnen und Sprachpaten üben einmal pro Woche Deutsch mit Erwachsenen – zu Hause, in der Bücherei oder beim Spaziergang.'),

(43, 'Begegnungsgarten Radolfshausen e. V.', 'Verein', 'Am Gartenbogen 1', '37136', 'Ebergötzen', 'Radolfshausen',
 NULL, NULL, 'garten@begegnungsgarten.example',
 'Kultur, Sport und Freizeit|Engagement und Ehrenamt', 60, NULL, 1, 'olena.haddad@demo.knotenpunkt.test', NULL,
 'Ein Gemeinschaftsgarten für alle: Beete, Werkzeug und Saatgut teilen wir. Gegärtnert wird samstags ab 10 Uhr.'),

(44, 'Willkommensinitiative Bovenden', 'Ehrenamtsinitiative', 'Rathausplatz 1', '37120', 'Bovenden', 'Bovenden',
 NULL, NULL, 'willkommen@bovenden-hilft.example',
 'Engagement und Ehrenamt', 700, 690, 1, 'kerstin.lange@demo.knotenpunkt.test', 45,
 'Die Initiative hat sich aufgelöst; ihre Patenschaften führt der Asylkreis Friedland weiter.'),

(45, 'Interkultureller Frauentreff Herzberg', 'Ehrenamtsinitiative', 'Marktplatz 4', '37412', 'Herzberg am Harz', 'Herzberg am Harz',
 NULL, NULL, 'frauentreff@freiwillig-herzberg.example',
 'Kultur, Sport und Freizeit|Engagement und Ehrenamt', 12, NULL, 0, 'laura.schmidt@demo.knotenpunkt.test', NULL,
 'Frauen aus vielen Ländern treffen sich zum Kochen, Nähen und Reden. Der Treff ist neu und plant gerade sein Programm.');

-- ---------------------------------------------------------------------------
-- Contact persons: role at the organisation, order, editor rights.

INSERT INTO demo_members (org, email, role, position, editor) VALUES
('Landkreis Göttingen – Ausländerbehörde', 'claudia.braun@demo.knotenpunkt.test', 'Sachgebietsleitung Aufenthalt', 1, 1),
('Landkreis Göttingen – Ausländerbehörde', 'ines.neumann@demo.knotenpunkt.test', 'Sachbearbeitung Aufenthalt', 2, 1),
('Landkreis Göttingen – Ausländerbehörde', 'tesfaye.krause@demo.knotenpunkt.test', 'Einbürgerung', 3, 0),
('Landkreis Göttingen – Ausländerbehörde', 'mehmet.bondarenko@demo.knotenpunkt.test', 'Außensprechstunde Osterode', 4, 0),
('Landkreis Göttingen – Bildungsbüro', 'zainab.bondarenko@demo.knotenpunkt.test', 'Bildungskoordination für Neuzugewanderte', 1, 1),
('Landkreis Göttingen – Bildungsbüro', 'miriam.lange@demo.knotenpunkt.test', 'Kursübersicht Sprachkurse', 2, 1),
('Dolmetscherpool im Landkreis Göttingen', 'reza.schwarz@demo.knotenpunkt.test', 'Koordination', 1, 1),
('Dolmetscherpool im Landkreis Göttingen', 'oksana.oeztuerk@demo.knotenpunkt.test', 'Einsatzplanung', 2, 1),
('Dolmetscherpool im Landkreis Göttingen', 'heike.rahimi@demo.knotenpunkt.test', 'Schulungen', 3, 0),
('Dolmetscherpool im Landkreis Göttingen', 'jonas.sahin@demo.knotenpunkt.test', 'Sprachmittlung Türkisch und Kurdisch', 4, 0),
('Dolmetscherpool im Landkreis Göttingen', 'sara.kovalenko@demo.knotenpunkt.test', 'Sprachmittlung Ukrainisch und Russisch', 5, 0),
('Landkreis Göttingen – Gesundheitsamt, Außenstelle Osterode', 'stefanie.krueger@demo.knotenpunkt.test', 'Gesundheitslotsin', 1, 1),
('Landkreis Göttingen – Gesundheitsamt, Außenstelle Osterode', 'hamid.schwarz@demo.knotenpunkt.test', 'Impfberatung', 2, 1),
('Landkreis Göttingen – Gesundheitsamt, Außenstelle Osterode', 'yusuf.hoffmann@demo.knotenpunkt.test', 'Gesundheitslotse', 3, 0),
('Jobcenter Landkreis Göttingen – Standort Göttingen', 'petra.jaber@demo.knotenpunkt.test', 'Teamleitung Integration', 1, 1),
('Jobcenter Landkreis Göttingen – Standort Göttingen', 'samir.hosseini@demo.knotenpunkt.test', 'Integrationsfachkraft', 2, 1),
('Jobcenter Landkreis Göttingen – Standort Göttingen', 'samir.wolf@demo.knotenpunkt.test', 'Arbeitgeberservice', 3, 0),
('Agentur für Arbeit – Geschäftsstelle Osterode am Harz', 'julia.shevchenko@demo.knotenpunkt.test', 'Berufsberatung im Erwerbsleben', 1, 1),
('Agentur für Arbeit – Geschäftsstelle Osterode am Harz', 'samir.wolf@demo.knotenpunkt.test', 'Gemeinsamer Arbeitgeberservice', 2, 1),
('Sprachschule Brückenwort gGmbH', 'member1@knotenpunkt.test', 'Kursorganisation', 1, 1),
('Sprachschule Brückenwort gGmbH', 'thomas.krueger@demo.knotenpunkt.test', 'Kursleitung Berufssprachkurse', 2, 0),
('Sprachschule Brückenwort gGmbH', 'reza.kovalenko@demo.knotenpunkt.test', 'Einstufung und Prüfungen', 3, 0),
('Sprachcafé-Initiative Göttingen-Weststadt', 'member1@knotenpunkt.test', 'Organisation', 1, 1),
('Sprachcafé-Initiative Göttingen-Weststadt', 'elif.hoffmann@demo.knotenpunkt.test', 'Stadtteiltreff Weststadt', 2, 0),
('Sprachcafé-Initiative Göttingen-Weststadt', 'ines.rahimi@demo.knotenpunkt.test', 'Sprachpatin', 3, 0),
('Frauenberatung Lila Tür e. V.', 'monika.krause@demo.knotenpunkt.test', 'Leitung und Beratung', 1, 1),
('Frauenberatung Lila Tür e. V.', 'leyla.yilmaz@demo.knotenpunkt.test', 'Beratung, Außenstelle Hann. Münden', 2, 1),
('Frauenberatung Lila Tür e. V.', 'tesfaye.braun@demo.knotenpunkt.test', 'Prävention', 3, 0),
('Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'katharina.klein@demo.knotenpunkt.test', 'Leitung', 1, 1),
('Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'sabine.hartmann@demo.knotenpunkt.test', 'Gruppenangebote', 2, 1),
('Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'hamid.mueller@demo.knotenpunkt.test', 'Psychologische Beratung', 3, 0),
('Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'andreas.klein@demo.knotenpunkt.test', 'Sozialarbeit', 4, 0),
('Refugee Law Clinic Göttingen e. V.', 'jonas.shevchenko@demo.knotenpunkt.test', 'Vorstand', 1, 1),
('Refugee Law Clinic Göttingen e. V.', 'andreas.kaya@demo.knotenpunkt.test', 'Supervision', 2, 1),
('Refugee Law Clinic Göttingen e. V.', 'abdullahi.schwarz@demo.knotenpunkt.test', 'Beratungsteam', 3, 0),
('Kreisvolkshochschule Göttingen', 'jonas.nazari@demo.knotenpunkt.test', 'Fachbereich Deutsch als Zweitsprache', 1, 1),
('Kreisvolkshochschule Göttingen', 'olena.haddad@demo.knotenpunkt.test', 'Integrationskurse mit Kinderbetreuung', 2, 1),
('Kreisvolkshochschule Göttingen', 'member1@knotenpunkt.test', 'Kooperation Sprachkurse', 3, 0),
('IQ Anerkennungsberatung Südniedersachsen', 'oksana.hartmann@demo.knotenpunkt.test', 'Anerkennungsberatung', 1, 1),
('IQ Anerkennungsberatung Südniedersachsen', 'kerstin.abdi@demo.knotenpunkt.test', 'Qualifizierungsberatung', 2, 1),
('Ev.-luth. Kirchengemeinde St. Lukas Göttingen', 'nadia.krause@demo.knotenpunkt.test', 'Pfarrerin', 1, 1),
('Ev.-luth. Kirchengemeinde St. Lukas Göttingen', 'farid.tesfay@demo.knotenpunkt.test', 'Kirchenvorstand, Begegnungscafé', 2, 1),
('Islamische Gemeinde Göttingen e. V.', 'hamid.oeztuerk@demo.knotenpunkt.test', 'Vorstand, Jugendarbeit', 1, 1),
('Islamische Gemeinde Göttingen e. V.', 'abdullahi.mahmoud@demo.knotenpunkt.test', 'Hausaufgabenhilfe', 2, 0),
('Kreishandwerkerschaft Südniedersachsen – Anlaufstelle Ausbildung', 'rahel.abdi@demo.knotenpunkt.test', 'Ausbildungsberatung', 1, 1),
('Kreishandwerkerschaft Südniedersachsen – Anlaufstelle Ausbildung', 'birgit.richter@demo.knotenpunkt.test', 'IHK-Anlaufstelle, Passgenaue Besetzung', 2, 1),
('Diakonisches Werk Duderstadt – Migrationsberatung', 'moderator@knotenpunkt.test', 'Migrationsberatung für Erwachsene', 1, 1),
('Diakonisches Werk Duderstadt – Migrationsberatung', 'birgit.lange@demo.knotenpunkt.test', 'Außensprechstunden', 2, 0),
('Katholische Pfarrgemeinde Heilig Kreuz Duderstadt', 'farid.ahmadi@demo.knotenpunkt.test', 'Gemeindereferent, Kleiderkammer', 1, 1),
('Katholische Pfarrgemeinde Heilig Kreuz Duderstadt', 'birgit.lange@demo.knotenpunkt.test', 'Ehrenamtskoordination', 2, 0),
('Tafel Duderstadt e. V.', 'markus.schmidt@demo.knotenpunkt.test', 'Vorsitz', 1, 1),
('Tafel Duderstadt e. V.', 'kerstin.neumann@demo.knotenpunkt.test', 'Ausgabeleitung', 2, 1),
('Caritasverband Südniedersachsen – Beratungszentrum Hann. Münden', 'martin.wagner@demo.knotenpunkt.test', 'Migrationsberatung für Erwachsene', 1, 1),
('Caritasverband Südniedersachsen – Beratungszentrum Hann. Münden', 'petra.wolf@demo.knotenpunkt.test', 'Sozial- und Schuldnerberatung', 2, 1),
('Caritasverband Südniedersachsen – Beratungszentrum Hann. Münden', 'katharina.nazari@demo.knotenpunkt.test', 'Außensprechstunde Dransfeld', 3, 0),
('Welcome Center Südniedersachsen', 'member2@knotenpunkt.test', 'Welcome Service', 1, 1),
('Welcome Center Südniedersachsen', 'miriam.lange@demo.knotenpunkt.test', 'Bildungsberatung', 2, 0),
('Stadt Hann. Münden – Integrationsbeauftragte', 'abdullahi.werner@demo.knotenpunkt.test', 'Integrationsbeauftragte', 1, 1),
('Stadt Hann. Münden – Integrationsbeauftragte', 'laura.mueller@demo.knotenpunkt.test', 'Runder Tisch Integration', 2, 0),
('AWO Kreisverband – Flüchtlingssozialarbeit', 'olena.kovalenko@demo.knotenpunkt.test', 'Flüchtlingssozialarbeit Hann. Münden', 1, 1),
('AWO Kreisverband – Flüchtlingssozialarbeit', 'markus.werner@demo.knotenpunkt.test', 'Flüchtlingssozialarbeit Bad Lauterberg', 2, 1),
('Weserbogen Metallbau GmbH', 'fatima.nazari@demo.knotenpunkt.test', 'Personalabteilung', 1, 1),
('Weserbogen Metallbau GmbH', 'andreas.kaya@demo.knotenpunkt.test', 'Ausbilder', 2, 0),
('Familienzentrum Regenbogen Bovenden', 'fatima.kaya@demo.knotenpunkt.test', 'Kita-Leitung', 1, 1),
('Familienzentrum Regenbogen Bovenden', 'kerstin.lange@demo.knotenpunkt.test', 'Familienberatung', 2, 1),
('Gemeinde Rosdorf – Integrationsbeauftragter', 'khaled.kaya@demo.knotenpunkt.test', 'Integrationsbeauftragter', 1, 1),
('Gemeinde Rosdorf – Integrationsbeauftragter', 'christina.oeztuerk@demo.knotenpunkt.test', 'Quartiersmanagement', 2, 0),
('SV Blau-Gelb Rosdorf e. V.', 'reza.kovalenko@demo.knotenpunkt.test', 'Jugendtrainer Fußball', 1, 1),
('SV Blau-Gelb Rosdorf e. V.', 'christina.oeztuerk@demo.knotenpunkt.test', 'Abteilung Schwimmen', 2, 1),
('Asylkreis Friedland e. V.', 'zainab.meier@demo.knotenpunkt.test', 'Koordination Patenschaften', 1, 1),
('Asylkreis Friedland e. V.', 'kerstin.neumann@demo.knotenpunkt.test', 'Fahrdienst', 2, 0),
('Asylkreis Friedland e. V.', 'sebastian.mueller@demo.knotenpunkt.test', 'Deutsch üben', 3, 0),
('Asylkreis Friedland e. V.', 'ehemalig@knotenpunkt.test', 'Gründungsmitglied', 4, 0),
('DRK Kreisverband – Migrationsdienst Friedland', 'jonas.sahin@demo.knotenpunkt.test', 'Migrationsdienst', 1, 1),
('DRK Kreisverband – Migrationsdienst Friedland', 'zainab.meier@demo.knotenpunkt.test', 'Suchdienst', 2, 0),
('Fahrradwerkstatt Speiche Gleichen', 'stefanie.kovalenko@demo.knotenpunkt.test', 'Organisation', 1, 1),
('Fahrradwerkstatt Speiche Gleichen', 'heike.rahimi@demo.knotenpunkt.test', 'Radfahrkurse', 2, 1),
('Ev.-luth. Kirchengemeinde Adelebsen', 'markus.schmidt@demo.knotenpunkt.test', 'Pfarrer', 1, 1),
('Ev.-luth. Kirchengemeinde Adelebsen', 'laura.mueller@demo.knotenpunkt.test', 'Hausaufgabenhilfe', 2, 0),
('Paritätischer Wohlfahrtsverband – Beratungsstelle Dransfeld', 'ines.rahimi@demo.knotenpunkt.test', 'Sozialberatung', 1, 1),
('Paritätischer Wohlfahrtsverband – Beratungsstelle Dransfeld', 'katharina.nazari@demo.knotenpunkt.test', 'Selbsthilfe', 2, 0),
('Patenschaftsprogramm Zusammen ankommen Staufenberg', 'thomas.krueger@demo.knotenpunkt.test', 'Koordination', 1, 1),
('Patenschaftsprogramm Zusammen ankommen Staufenberg', 'abdullahi.schwarz@demo.knotenpunkt.test', 'Patenschaften', 2, 0),
('Kreiswohnbau Südharz GmbH – Wohnraumvermittlung', 'ute.schmidt@demo.knotenpunkt.test', 'Wohnraumvermittlung', 1, 1),
('Kreiswohnbau Südharz GmbH – Wohnraumvermittlung', 'abdullahi.mahmoud@demo.knotenpunkt.test', 'Mieterberatung', 2, 0),
('Kreiswohnbau Südharz GmbH – Wohnraumvermittlung', 'dmytro.jaber@demo.knotenpunkt.test', 'Vermietung Herzberg', 3, 0),
('Jugendmigrationsdienst der Diakonie im Südharz', 'kerstin.hartmann@demo.knotenpunkt.test', 'Jugendmigrationsdienst', 1, 1),
('Jugendmigrationsdienst der Diakonie im Südharz', 'leyla.klein@demo.knotenpunkt.test', 'Bewerbungswerkstatt', 2, 1),
('Jugendmigrationsdienst der Diakonie im Südharz', 'farid.tesfay@demo.knotenpunkt.test', 'Kooperation Berufsbildende Schulen', 3, 0),
('Harzer Präzisionstechnik GmbH', 'dmytro.mueller@demo.knotenpunkt.test', 'Personalabteilung', 1, 1),
('Harzer Präzisionstechnik GmbH', 'stefanie.schulz@demo.knotenpunkt.test', 'Ausbildungsleitung', 2, 0),
('Freiwilligenagentur Herzberg', 'sebastian.nazari@demo.knotenpunkt.test', 'Koordination Ehrenamt', 1, 1),
('Freiwilligenagentur Herzberg', 'laura.schmidt@demo.knotenpunkt.test', 'Beratung', 2, 0),
('Stadt Herzberg am Harz – Integrationsbeauftragte', 'christina.bondarenko@demo.knotenpunkt.test', 'Integrationsbeauftragte', 1, 1),
('Stadt Herzberg am Harz – Integrationsbeauftragte', 'dmytro.jaber@demo.knotenpunkt.test', 'Wohnraum', 2, 0),
('Kleiderkammer und Begegnungscafé Bad Lauterberg', 'markus.werner@demo.knotenpunkt.test', 'Ansprechpartner', 1, 1),
('Kleiderkammer und Begegnungscafé Bad Lauterberg', 'sabine.hartmann@demo.knotenpunkt.test', 'Begegnungscafé', 2, 0),
('Seniorenzentrum Am Kurpark gGmbH', 'birgit.richter@demo.knotenpunkt.test', 'Personal und Ausbildung', 1, 1),
('Seniorenzentrum Am Kurpark gGmbH', 'yusuf.hoffmann@demo.knotenpunkt.test', 'Praxisanleitung', 2, 0),
('Mehrgenerationenhaus Bad Grund', 'sabine.zimmermann@demo.knotenpunkt.test', 'Leitung', 1, 1),
('Mehrgenerationenhaus Bad Grund', 'tesfaye.braun@demo.knotenpunkt.test', 'Frauenfrühstück', 2, 0),
('Mehrgenerationenhaus Bad Grund', 'oksana.al-hassan@demo.knotenpunkt.test', 'Nähwerkstatt', 3, 0),
('Sprachpatenschaften Eichsfeld', 'monika.rahimi@demo.knotenpunkt.test', 'Koordination', 1, 1),
('Sprachpatenschaften Eichsfeld', 'peter.kovalenko@demo.knotenpunkt.test', 'Sprachpate', 2, 1),
('Sprachpatenschaften Eichsfeld', 'martin.schmidt@demo.knotenpunkt.test', 'Kooperation Kitas', 3, 0),
('Begegnungsgarten Radolfshausen e. V.', 'olena.haddad@demo.knotenpunkt.test', 'Vorsitz', 1, 1),
('Begegnungsgarten Radolfshausen e. V.', 'hamid.schwarz@demo.knotenpunkt.test', 'Gartengruppe', 2, 0),
('Willkommensinitiative Bovenden', 'kerstin.lange@demo.knotenpunkt.test', 'Sprecherin', 1, 1),
('Willkommensinitiative Bovenden', 'sebastian.mueller@demo.knotenpunkt.test', 'Patenschaften', 2, 0),
('Interkultureller Frauentreff Herzberg', 'laura.schmidt@demo.knotenpunkt.test', 'Organisation', 1, 1),
('Interkultureller Frauentreff Herzberg', 'oksana.richter@demo.knotenpunkt.test', 'Kochabende', 2, 0);

-- ---------------------------------------------------------------------------
-- Offers. checked: days since an editor last confirmed the offer as
-- current; more than 365 makes it "possibly outdated".

INSERT INTO demo_offers (seq, org, title, field, place, municipality, costs, step_free, accessibility, contact, role, checked, public, target_groups, langs, deleted, description) VALUES
(1, 'Landkreis Göttingen – Ausländerbehörde', 'Sprechstunde Aufenthalt und Beschäftigungserlaubnis', 'Aufenthalt und Recht',
 'Kreishausallee 4, Erdgeschoss, Zimmer 012', 'Göttingen', 'Gebühren nach der Aufenthaltsverordnung', 'yes', 'Aufzug und barrierefreies WC im Haus.',
 'ines.neumann@demo.knotenpunkt.test', 'Sachgebiet Aufenthalt', 45, 1, 'Zugewanderte allgemein|Geflüchtete|Fachkräfte und Studierende', 'de|en', NULL,
 'Fragen zu Aufenthaltstitel, Verlängerung und **Beschäftigungserlaubnis**. Termine online oder telefonisch; dienstags 8 bis 12 Uhr auch ohne Termin.'),
(2, 'Landkreis Göttingen – Ausländerbehörde', 'Außensprechstunde in Osterode am Harz', 'Aufenthalt und Recht',
 'Bürgerbüro, Am Rathausplatz 2', 'Osterode am Harz', 'Gebühren nach der Aufenthaltsverordnung', 'partly', 'Eingang ebenerdig, das Besprechungszimmer liegt im 1. Stock ohne Aufzug; auf Wunsch beraten wir im Erdgeschoss.',
 'mehmet.bondarenko@demo.knotenpunkt.test', 'Außensprechstunde', 400, 1, 'Zugewanderte allgemein|Geflüchtete', 'de', NULL,
 'Jeden ersten Donnerstag im Monat, 9 bis 13 Uhr, nur mit Termin. Sie sparen sich die Fahrt nach Göttingen.'),
(3, 'Landkreis Göttingen – Bildungsbüro', 'Bildungsberatung für Neuzugewanderte', 'Bildung',
 'Kreishausallee 4, Zimmer 210', 'Göttingen', 'kostenlos', 'yes', 'Aufzug vorhanden.',
 'zainab.bondarenko@demo.knotenpunkt.test', 'Bildungskoordination', 30, 1, 'Zugewanderte allgemein|Jugendliche und junge Erwachsene|Fachkräfte und Studierende', 'de|en|ar|uk', NULL,
 'Welcher Schulabschluss, welche Ausbildung, welches Studium passt? Wir zeigen Wege und vermitteln an die richtige Stelle.'),
(4, 'Landkreis Göttingen – Bildungsbüro', 'Sprachkurs-Lotse: freie Plätze im Landkreis', 'Sprache',
 'online und telefonisch', NULL, 'kostenlos', 'unknown', NULL,
 'miriam.lange@demo.knotenpunkt.test', 'Kursübersicht Sprachkurse', 120, 1, 'Zugewanderte allgemein|Fachleute und Institutionen', 'de|en', NULL,
 'Jeden Monat eine aktuelle Übersicht der **freien Plätze** in Integrations- und Berufssprachkursen aller Träger im Landkreis. Auch für Beratungsstellen.'),
(5, 'Dolmetscherpool im Landkreis Göttingen', 'Sprachmittlung für Beratung und Gesundheit', 'Sprache',
 'bei Ihrem Termin vor Ort oder per Video', NULL, 'kostenlos für gemeinnützige Stellen und Behörden im Landkreis', 'unknown', NULL,
 'reza.schwarz@demo.knotenpunkt.test', 'Koordination Dolmetscherpool', 60, 0, 'Fachleute und Institutionen|Geflüchtete', 'ar|fa|ps|ti|uk|ru|tr|ku|so|fr', NULL,
 'Fachstellen buchen geschulte Sprachmittlerinnen und Sprachmittler für Beratungsgespräche, Arzttermine und Elterngespräche. Anfrage mindestens drei Werktage vorher.'),
(6, 'Landkreis Göttingen – Gesundheitsamt, Außenstelle Osterode', 'Gesundheitslotsinnen und -lotsen', 'Gesundheit',
 'Amtshof 12, Raum 3', 'Osterode am Harz', 'kostenlos', 'yes', 'Ebenerdiger Eingang an der Rückseite, barrierefreies WC.',
 'stefanie.krueger@demo.knotenpunkt.test', 'Gesundheitslotsin', 90, 1, 'Zugewanderte allgemein|Familien und Eltern|Frauen', 'de|ar|fa|tr|ru', NULL,
 'Wie finde ich eine Hausärztin? Was zahlt die Krankenkasse? Die Lotsinnen und Lotsen erklären das Gesundheitssystem in Ihrer Sprache.'),
(7, 'Landkreis Göttingen – Gesundheitsamt, Außenstelle Osterode', 'Impfsprechstunde für Neuzugewanderte', 'Gesundheit',
 'Amtshof 12, Raum 5', 'Osterode am Harz', 'kostenlos', 'yes', 'Ebenerdiger Eingang an der Rückseite.',
 'hamid.schwarz@demo.knotenpunkt.test', 'Impfberatung', 150, 1, 'Geflüchtete|Kinder|Familien und Eltern', 'de|ar|uk', NULL,
 'Wir prüfen Ihren Impfpass und impfen nach den Empfehlungen der STIKO. Bringen Sie alle Impfunterlagen mit, auch aus Ihrem Herkunftsland.'),
(8, 'Jobcenter Landkreis Göttingen – Standort Göttingen', 'Team Integration: Beratung zu Arbeit und Sprachkursen', 'Arbeit und Ausbildung',
 'Am Güterbahnhof 21, 2. Stock', 'Göttingen', 'kostenlos', 'yes', 'Aufzug vorhanden.',
 'petra.jaber@demo.knotenpunkt.test', 'Team Integration', 20, 1, 'Arbeitsuchende|Geflüchtete', 'de|en|ar|uk', NULL,
 'Für alle, die Bürgergeld bekommen: Beratung zu Sprachkurs, Anerkennung, Arbeit und Ausbildung. Sprachmittlung über den Dolmetscherpool möglich.'),
(9, 'Jobcenter Landkreis Göttingen – Standort Göttingen', 'Bewerbungstraining für Menschen mit Fluchtgeschichte', 'Arbeit und Ausbildung',
 'Am Güterbahnhof 21, Schulungsraum', 'Göttingen', 'kostenlos (Förderung durch das Jobcenter)', 'yes', 'Aufzug vorhanden.',
 'samir.hosseini@demo.knotenpunkt.test', 'Integrationsfachkraft', 150, 0, 'Geflüchtete|Arbeitsuchende', 'de|ar|fa', NULL,
 'Sechs Termine: Lebenslauf, Anschreiben, Vorstellungsgespräch üben. Mit Fotografin am letzten Termin. Teilnahme nach Absprache mit Ihrer Integrationsfachkraft.'),
(10, 'Agentur für Arbeit – Geschäftsstelle Osterode am Harz', 'Berufsberatung im Erwerbsleben für Zugewanderte', 'Arbeit und Ausbildung',
 'Bahnhofsvorplatz 3', 'Osterode am Harz', 'kostenlos', 'yes', 'Automatische Tür, Aufzug.',
 'julia.shevchenko@demo.knotenpunkt.test', 'Berufsberatung im Erwerbsleben', 75, 1, 'Fachkräfte und Studierende|Zugewanderte allgemein|Arbeitsuchende', 'de|en', NULL,
 'Berufliche Neuorientierung, Weiterbildung und Umschulung – auch für Menschen, die schon arbeiten.'),
(11, 'Sprachschule Brückenwort gGmbH', 'Integrationskurs (allgemeiner Kurs)', 'Sprache',
 'Lindenhof 7, 2. Stock', 'Göttingen', 'kostenlos mit Verpflichtung oder Kostenbefreiung, sonst Eigenanteil pro Unterrichtsstunde nach BAMF-Satz', 'yes', 'Aufzug vorhanden.',
 'member1@knotenpunkt.test', 'Kursorganisation', 10, 1, 'Zugewanderte allgemein|Geflüchtete', 'de', NULL,
 '700 Unterrichtsstunden Deutsch bis B1 und 100 Stunden Orientierungskurs. **Neue Kurse beginnen jeden Monat**, vormittags und abends.'),
(12, 'Sprachschule Brückenwort gGmbH', 'Berufssprachkurs B2 Pflege und Gesundheit', 'Sprache',
 'Lindenhof 7, 2. Stock', 'Göttingen', 'kostenlos für Beschäftigte und Arbeitsuchende mit Berechtigung', 'yes', 'Aufzug vorhanden.',
 'thomas.krueger@demo.knotenpunkt.test', 'Kursleitung Berufssprachkurse', 100, 1, 'Fachkräfte und Studierende|Arbeitsuchende', 'de', NULL,
 'Fachsprache für Pflege und Gesundheitsberufe mit Prüfung **telc Deutsch B1–B2 Pflege**. Teilzeit, passend zum Schichtdienst.'),
(13, 'Sprachschule Brückenwort gGmbH', 'Alphabetisierungskurs mit Kinderbetreuung', 'Sprache',
 'Lindenhof 7, Erdgeschoss', 'Göttingen', 'kostenlos mit Berechtigung', 'yes', 'Ebenerdiger Eingang, Spielzimmer nebenan.',
 'member1@knotenpunkt.test', 'Kursorganisation', 390, 1, 'Frauen|Familien und Eltern|Zugewanderte allgemein', 'de|ar|ps', NULL,
 'Lesen und Schreiben lernen in kleiner Gruppe. Während des Kurses betreuen Erzieherinnen Ihre Kinder im Haus.'),
(14, 'Sprachcafé-Initiative Göttingen-Weststadt', 'Sprachcafé im Stadtteiltreff', 'Sprache',
 'Stadtteiltreff, Am Weidenweg 2', 'Göttingen', 'kostenlos', 'yes', 'Ebenerdig, barrierefreies WC.',
 'member1@knotenpunkt.test', 'Organisation Sprachcafé', 5, 1, 'Zugewanderte allgemein|Geflüchtete|Ehrenamtliche', 'de|en|ar|uk|fa', NULL,
 'Jeden Mittwoch 16 bis 18 Uhr: Deutsch sprechen bei Kaffee und Tee. *Einfach vorbeikommen.*'),
(15, 'Frauenberatung Lila Tür e. V.', 'Beratung bei häuslicher Gewalt', 'Soziales und Beratung',
 'Adresse bei der Terminvereinbarung', 'Göttingen', 'kostenlos', 'yes', 'Die Beratungsräume sind stufenlos erreichbar.',
 'monika.krause@demo.knotenpunkt.test', 'Beratung', 40, 0, 'Frauen', 'de|en|ar|fa|tr', NULL,
 'Vertrauliche Beratung für Frauen, die Gewalt erleben oder erlebt haben – auch anonym und mit Dolmetscherin. **Im Notfall: 110.**'),
(16, 'Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'Psychosoziale Beratung für Geflüchtete', 'Gesundheit',
 'Am Rosenwinkel 9', 'Göttingen', 'kostenlos', 'no', 'Die Beratungsräume liegen im 2. Stock ohne Aufzug; Hausbesuche sind möglich.',
 'katharina.klein@demo.knotenpunkt.test', 'Psychosoziale Beratung', 55, 1, 'Geflüchtete', 'de|en|ar|fa|ku|ti', NULL,
 'Gespräche bei Schlafstörungen, Ängsten und Belastungen nach der Flucht. Wir vermitteln auch in Therapie. Sprachmittlung ist kostenlos.'),
(17, 'Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'Stabilisierungsgruppe für Frauen', 'Gesundheit',
 'Am Rosenwinkel 9', 'Göttingen', 'kostenlos', 'no', 'Die Gruppe trifft sich im 2. Stock ohne Aufzug.',
 'sabine.hartmann@demo.knotenpunkt.test', 'Gruppenangebote', 300, 0, 'Frauen|Geflüchtete', 'de|ar|fa', NULL,
 'Acht Treffen: Übungen zur Entspannung, Austausch, Wissen über Stress und Trauma. Mit Kinderbetreuung.'),
(18, 'Refugee Law Clinic Göttingen e. V.', 'Kostenlose Rechtsberatung im Asyl- und Aufenthaltsrecht', 'Aufenthalt und Recht',
 'Campusweg 5, Raum 1.03', 'Göttingen', 'kostenlos', 'yes', 'Aufzug im Gebäude.',
 'jonas.shevchenko@demo.knotenpunkt.test', 'Beratungsteam', 430, 1, 'Geflüchtete', 'de|en|fr|ar', NULL,
 'Offene Sprechstunde in der Vorlesungszeit, donnerstags 14 bis 17 Uhr. Bringen Sie Ihre Bescheide mit.'),
(19, 'Kreisvolkshochschule Göttingen', 'Erstorientierungskurs für Asylsuchende', 'Sprache',
 'Am Stadtwall 14, Raum 4', 'Göttingen', 'kostenlos', 'yes', 'Aufzug und barrierefreies WC.',
 'jonas.nazari@demo.knotenpunkt.test', 'Fachbereich Deutsch als Zweitsprache', 70, 1, 'Geflüchtete', 'de|ar|fa|ps|ti', NULL,
 'Erste Deutschkenntnisse und Orientierung im Alltag: Einkaufen, Arzt, Behörden, Wohnen. Auch ohne gesicherten Aufenthalt.'),
(20, 'Kreisvolkshochschule Göttingen', 'Eltern-Integrationskurs mit Kinderbetreuung', 'Sprache',
 'Am Stadtwall 14, Raum 2', 'Göttingen', 'kostenlos mit Verpflichtung oder Kostenbefreiung', 'yes', 'Aufzug und barrierefreies WC.',
 'olena.haddad@demo.knotenpunkt.test', 'Integrationskurse mit Kinderbetreuung', 130, 1, 'Familien und Eltern|Frauen', 'de', NULL,
 'Integrationskurs am Vormittag, passend zu Kita- und Schulzeiten. Kinder unter drei Jahren werden im Haus betreut.'),
(21, 'Kreisvolkshochschule Göttingen', 'Vorbereitung auf den Einbürgerungstest', 'Bildung',
 'Am Stadtwall 14, Raum 6', 'Göttingen', '25 € Prüfungsgebühr, der Kurs ist kostenlos', 'yes', 'Aufzug und barrierefreies WC.',
 'jonas.nazari@demo.knotenpunkt.test', 'Prüfungen', 470, 1, 'Zugewanderte allgemein', 'de', NULL,
 'Drei Abende zu Fragen aus Politik, Geschichte und Gesellschaft. Prüfungstermine alle zwei Monate.'),
(22, 'IQ Anerkennungsberatung Südniedersachsen', 'Anerkennungsberatung für ausländische Abschlüsse', 'Arbeit und Ausbildung',
 'Groner Tor 3', 'Göttingen', 'kostenlos', 'yes', 'Ebenerdiger Eingang.',
 'oksana.hartmann@demo.knotenpunkt.test', 'Anerkennungsberatung', 25, 1, 'Fachkräfte und Studierende|Zugewanderte allgemein', 'de|en|ru|uk|ar|es', NULL,
 'Welche Stelle ist zuständig? Welche Unterlagen brauche ich? Was kostet die Anerkennung? Wir beraten und helfen beim Antrag.'),
(23, 'IQ Anerkennungsberatung Südniedersachsen', 'Videoberatung Anerkennung', 'Arbeit und Ausbildung',
 'online', NULL, 'kostenlos', 'unknown', NULL,
 'kerstin.abdi@demo.knotenpunkt.test', 'Qualifizierungsberatung', 95, 1, 'Fachkräfte und Studierende', 'de|en|es|fr', NULL,
 'Beratung per Video für alle, die im Landkreis wohnen oder hierher ziehen wollen. Termin per E-Mail.'),
(24, 'Ev.-luth. Kirchengemeinde St. Lukas Göttingen', 'Begegnungscafé im Gemeindehaus', 'Kultur, Sport und Freizeit',
 'Lukasplatz 1, Gemeindehaus', 'Göttingen', 'kostenlos, Spenden willkommen', 'yes', 'Rampe am Seiteneingang.',
 'farid.tesfay@demo.knotenpunkt.test', 'Begegnungscafé', 200, 1, 'Zugewanderte allgemein|Ältere Menschen|Familien und Eltern', 'de|en|ar', NULL,
 'Jeden Freitag 15 bis 17 Uhr: Kaffee, Kuchen und Gespräche. Ehrenamtliche helfen bei Briefen von Ämtern.'),
(25, 'Islamische Gemeinde Göttingen e. V.', 'Hausaufgabenhilfe im Gemeindezentrum', 'Kinder, Jugend und Familie',
 'Am Hagen 20, Gemeindezentrum', 'Göttingen', 'kostenlos', 'partly', 'Zwei Stufen am Eingang, eine mobile Rampe ist vorhanden.',
 'abdullahi.mahmoud@demo.knotenpunkt.test', 'Hausaufgabenhilfe', 160, 1, 'Kinder|Jugendliche und junge Erwachsene', 'de|ar|tr', NULL,
 'Montags bis donnerstags 15 bis 17 Uhr für Schülerinnen und Schüler der Klassen 1 bis 10. Offen für alle Kinder.'),
(26, 'Kreishandwerkerschaft Südniedersachsen – Anlaufstelle Ausbildung', 'Ausbildung im Handwerk für junge Zugewanderte', 'Arbeit und Ausbildung',
 'Am Handwerkerhof 2', 'Göttingen', 'kostenlos', 'yes', 'Aufzug vorhanden.',
 'rahel.abdi@demo.knotenpunkt.test', 'Ausbildungsberatung', 50, 1, 'Jugendliche und junge Erwachsene|Geflüchtete', 'de|en|ar|fa', NULL,
 'Wir finden mit Ihnen den passenden Beruf und Betrieb, begleiten Praktikum und Einstiegsqualifizierung und bleiben in der Ausbildung ansprechbar.'),
(27, 'Diakonisches Werk Duderstadt – Migrationsberatung', 'Migrationsberatung für Erwachsene (MBE)', 'Soziales und Beratung',
 'Am Obertor 8', 'Duderstadt', 'kostenlos', 'partly', 'Ebenerdiger Eingang; das WC ist nicht barrierefrei.',
 'moderator@knotenpunkt.test', 'Migrationsberatung', 15, 1, 'Zugewanderte allgemein|Fachkräfte und Studierende', 'de|en|tr|ar', NULL,
 'Beratung für Zugewanderte ab 27 Jahren: Sprachkurs, Arbeit, Wohnung, Gesundheit, Familie. Termine nach Vereinbarung.'),
(28, 'Diakonisches Werk Duderstadt – Migrationsberatung', 'Sprechstunde Familiennachzug', 'Aufenthalt und Recht',
 'Am Obertor 8', 'Duderstadt', 'kostenlos', 'partly', 'Ebenerdiger Eingang; das WC ist nicht barrierefrei.',
 'moderator@knotenpunkt.test', 'Migrationsberatung', 110, 1, 'Familien und Eltern|Geflüchtete', 'de|en|tr|ar', NULL,
 'Wer darf nachziehen, welche Unterlagen braucht die Botschaft, wie lange dauert es? Jeden Mittwoch 9 bis 12 Uhr.'),
(29, 'Diakonisches Werk Duderstadt – Migrationsberatung', 'Außensprechstunde in Gieboldehausen', 'Soziales und Beratung',
 'Rathaus Gieboldehausen, Zimmer 8', 'Gieboldehausen', 'kostenlos', 'yes', 'Aufzug im Rathaus.',
 'birgit.lange@demo.knotenpunkt.test', 'Außensprechstunden', 260, 1, 'Zugewanderte allgemein', 'de|tr', NULL,
 'Jeden dritten Montag im Monat, 14 bis 16 Uhr.'),
(30, 'Katholische Pfarrgemeinde Heilig Kreuz Duderstadt', 'Kleiderkammer', 'Soziales und Beratung',
 'Kirchplatz 3, Pfarrheim, Untergeschoss', 'Duderstadt', 'kostenlos', 'no', 'Die Kleiderkammer liegt im Untergeschoss, zwölf Stufen, kein Aufzug. Wir bringen Kleidung auf Wunsch nach oben.',
 'farid.ahmadi@demo.knotenpunkt.test', 'Kleiderkammer', 180, 1, 'Familien und Eltern|Geflüchtete|Kinder', 'de', NULL,
 'Kleidung, Schuhe und Bettwäsche für alle, die sie brauchen. Dienstags und donnerstags 10 bis 12 Uhr.'),
(31, 'Tafel Duderstadt e. V.', 'Lebensmittelausgabe', 'Soziales und Beratung',
 'Am Bahnhof 6', 'Duderstadt', '2 € pro Einkauf', 'yes', 'Ebenerdig.',
 'kerstin.neumann@demo.knotenpunkt.test', 'Ausgabeleitung', 35, 1, 'Familien und Eltern|Ältere Menschen|Geflüchtete|Arbeitsuchende', 'de|uk|ar', NULL,
 'Ausgabe montags und freitags ab 13 Uhr. Beim ersten Besuch bekommen Sie einen Berechtigungsausweis.'),
(32, 'Caritasverband Südniedersachsen – Beratungszentrum Hann. Münden', 'Migrationsberatung für Erwachsene (MBE)', 'Soziales und Beratung',
 'Am Weserufer 12', 'Hann. Münden', 'kostenlos', 'yes', 'Aufzug und barrierefreies WC.',
 'martin.wagner@demo.knotenpunkt.test', 'Migrationsberatung', 12, 1, 'Zugewanderte allgemein|Geflüchtete', 'de|ar|fa|ru|uk', NULL,
 'Beratung zu Aufenthalt, Sprachkurs, Arbeit und Familie für Zugewanderte ab 27 Jahren. Offene Sprechstunde montags 9 bis 12 Uhr.'),
(33, 'Caritasverband Südniedersachsen – Beratungszentrum Hann. Münden', 'Außensprechstunde in Dransfeld', 'Soziales und Beratung',
 'Lange Straße 31, Beratungsraum des Paritätischen', 'Dransfeld', 'kostenlos', 'yes', 'Ebenerdig.',
 'katharina.nazari@demo.knotenpunkt.test', 'Außensprechstunde Dransfeld', 520, 1, 'Zugewanderte allgemein', 'de|ar', NULL,
 'Jeden ersten Mittwoch im Monat, 10 bis 12 Uhr.'),
(34, 'Caritasverband Südniedersachsen – Beratungszentrum Hann. Münden', 'Schuldnerberatung', 'Soziales und Beratung',
 'Am Weserufer 12', 'Hann. Münden', 'kostenlos', 'yes', 'Aufzug und barrierefreies WC.',
 'petra.wolf@demo.knotenpunkt.test', 'Schuldnerberatung', 140, 1, 'Familien und Eltern|Arbeitsuchende|Zugewanderte allgemein', 'de|ru', NULL,
 'Mahnungen, Inkasso, Handyverträge: Wir verschaffen Ihnen einen Überblick und verhandeln mit Gläubigern. Wartezeit derzeit etwa vier Wochen.'),
(35, 'Welcome Center Südniedersachsen', 'Welcome-Service für internationale Fachkräfte', 'Arbeit und Ausbildung',
 'Vor der Burg 2', 'Hann. Münden', 'kostenlos', 'yes', 'Ebenerdiger Eingang, barrierefreies WC.',
 'member2@knotenpunkt.test', 'Welcome Service', 8, 1, 'Fachkräfte und Studierende|Familien und Eltern', 'en|de|es|fr', NULL,
 'Job search, recognition, housing, childcare: we help you and your family to arrive. *Beratung auf Deutsch und Englisch.*'),
(36, 'Stadt Hann. Münden – Integrationsbeauftragte', 'Sprechstunde der Integrationsbeauftragten', 'Soziales und Beratung',
 'Rathausplatz 1, Zimmer 104', 'Hann. Münden', 'kostenlos', 'yes', 'Aufzug im Rathaus.',
 'abdullahi.werner@demo.knotenpunkt.test', 'Integrationsbeauftragte', 65, 1, 'Zugewanderte allgemein|Ehrenamtliche|Fachleute und Institutionen', 'de|en', NULL,
 'Donnerstags 14 bis 17 Uhr. Für Fragen, Anregungen und Beschwerden rund um das Zusammenleben in der Stadt.'),
(37, 'AWO Kreisverband – Flüchtlingssozialarbeit', 'Flüchtlingssozialarbeit in den Unterkünften', 'Soziales und Beratung',
 'in den Gemeinschaftsunterkünften und bei Ihnen zu Hause', 'Hann. Münden', 'kostenlos', 'unknown', NULL,
 'olena.kovalenko@demo.knotenpunkt.test', 'Flüchtlingssozialarbeit', 33, 1, 'Geflüchtete|Familien und Eltern', 'de|uk|ru|ar', NULL,
 'Wir helfen bei Anträgen, Terminen und Fragen des Alltags und vermitteln an Fachstellen.'),
(38, 'AWO Kreisverband – Flüchtlingssozialarbeit', 'Wohnungssuche-Sprechstunde', 'Wohnen',
 'Hauptstraße 40, Büro der AWO', 'Bad Lauterberg im Harz', 'kostenlos', 'partly', 'Eine Stufe am Eingang, Klingel auf Rollstuhlhöhe.',
 'markus.werner@demo.knotenpunkt.test', 'Flüchtlingssozialarbeit', 170, 1, 'Geflüchtete|Familien und Eltern', 'de|ar|uk', NULL,
 'Wohnungsanzeigen verstehen, Bewerbung für eine Wohnung schreiben, Mietvertrag prüfen. Dienstags 10 bis 12 Uhr.'),
(39, 'Weserbogen Metallbau GmbH', 'Einstiegsqualifizierung Metallbau', 'Arbeit und Ausbildung',
 'Gewerbering 40', 'Hann. Münden', 'kostenlos, mit Vergütung', 'partly', 'Büro ebenerdig; die Werkhalle hat Stufen.',
 'fatima.nazari@demo.knotenpunkt.test', 'Personalabteilung', 88, 1, 'Jugendliche und junge Erwachsene|Geflüchtete|Arbeitsuchende', 'de|en', NULL,
 'Sechs bis zwölf Monate im Betrieb als Vorbereitung auf die Ausbildung, mit Berufsschule und Sprachförderung.'),
(40, 'Familienzentrum Regenbogen Bovenden', 'Eltern-Kind-Gruppe Ankommen', 'Kinder, Jugend und Familie',
 'Kastanienweg 3', 'Bovenden', 'kostenlos', 'yes', 'Ebenerdig, Wickelraum.',
 'fatima.kaya@demo.knotenpunkt.test', 'Kita-Leitung', 44, 1, 'Familien und Eltern|Kinder', 'de|ar|uk', NULL,
 'Für Eltern mit Kindern bis drei Jahren: spielen, singen, Fragen zu Kita und Schule stellen. Dienstags 9.30 bis 11 Uhr.'),
(41, 'Familienzentrum Regenbogen Bovenden', 'Kita-Platz-Beratung für neu zugezogene Familien', 'Kinder, Jugend und Familie',
 'Kastanienweg 3', 'Bovenden', 'kostenlos', 'yes', 'Ebenerdig.',
 'kerstin.lange@demo.knotenpunkt.test', 'Familienberatung', 310, 1, 'Familien und Eltern', 'de|en', NULL,
 'Wie melde ich mein Kind an? Welche Kosten übernimmt die Gemeinde? Wir helfen beim Antrag.'),
(42, 'Gemeinde Rosdorf – Integrationsbeauftragter', 'Sprechstunde Integration im Rathaus', 'Soziales und Beratung',
 'Lange Reihe 10, Zimmer 12', 'Rosdorf', 'kostenlos', 'yes', 'Aufzug im Rathaus.',
 'khaled.kaya@demo.knotenpunkt.test', 'Integrationsbeauftragter', 100, 1, 'Zugewanderte allgemein|Ehrenamtliche', 'de|ar|en', NULL,
 'Mittwochs 15 bis 18 Uhr und nach Vereinbarung.'),
(43, 'SV Blau-Gelb Rosdorf e. V.', 'Frauenschwimmkurs', 'Kultur, Sport und Freizeit',
 'Hallenbad Rosdorf, Frauenzeit mit Sichtschutz', 'Rosdorf', '15 € für 10 Termine', 'partly', 'Ebenerdiger Zugang zur Halle; ein Lifter ins Becken ist nicht vorhanden.',
 'christina.oeztuerk@demo.knotenpunkt.test', 'Abteilung Schwimmen', 22, 1, 'Frauen', 'de|ar|fa|tr', NULL,
 'Schwimmen lernen in einer Frauengruppe mit Trainerin, samstags 8 bis 9 Uhr. Badekleidung nach Wahl, auch Burkini.'),
(44, 'Asylkreis Friedland e. V.', 'Patenschaften: Begleitung im Alltag', 'Engagement und Ehrenamt',
 'bei Ihnen zu Hause oder im Gemeindehaus Friedland', 'Friedland', 'kostenlos', 'unknown', NULL,
 'zainab.meier@demo.knotenpunkt.test', 'Koordination Patenschaften', 28, 1, 'Geflüchtete|Ehrenamtliche|Familien und Eltern', 'de|en|ar', NULL,
 'Eine Patin oder ein Pate begleitet Sie zu Terminen, hilft bei Briefen und übt Deutsch mit Ihnen. Wir suchen laufend neue Patinnen und Paten.'),
(45, 'Asylkreis Friedland e. V.', 'Fahrdienst zu Behördenterminen', 'Engagement und Ehrenamt',
 'Abholung bei Ihnen zu Hause', 'Friedland', 'kostenlos', 'partly', 'Ein Fahrzeug mit Rampe für Rollstühle; bitte bei der Anmeldung sagen.',
 'kerstin.neumann@demo.knotenpunkt.test', 'Fahrdienst', 210, 1, 'Geflüchtete|Ältere Menschen|Menschen mit Behinderung', 'de', NULL,
 'Fahrten nach Göttingen und Osterode zu Behörden und Ärzten. Bitte mindestens zwei Tage vorher anmelden.'),
(46, 'DRK Kreisverband – Migrationsdienst Friedland', 'Erste-Hilfe-Kurs mit Sprachmittlung', 'Gesundheit',
 'Rotkreuzweg 2, Schulungsraum', 'Friedland', 'kostenlos für Neuzugewanderte, sonst 45 €', 'yes', 'Ebenerdig, barrierefreies WC.',
 'jonas.sahin@demo.knotenpunkt.test', 'Migrationsdienst', 150, 1, 'Zugewanderte allgemein|Jugendliche und junge Erwachsene', 'de|ar|fa|tr', NULL,
 'Ein Tag Erste Hilfe, gültig auch für den Führerschein. Mit Sprachmittlung in mehreren Sprachen.'),
(47, 'DRK Kreisverband – Migrationsdienst Friedland', 'Suchdienst: Angehörige wiederfinden', 'Aufenthalt und Recht',
 'Rotkreuzweg 2', 'Friedland', 'kostenlos', 'yes', 'Ebenerdig.',
 'zainab.meier@demo.knotenpunkt.test', 'Suchdienst', 60, 1, 'Geflüchtete|Familien und Eltern', 'de|ar|ti|so|fr', NULL,
 'Der Suchdienst hilft, Familienangehörige zu finden, die durch Flucht oder Krieg getrennt wurden, und berät zur Familienzusammenführung.'),
(48, 'Fahrradwerkstatt Speiche Gleichen', 'Offene Fahrradwerkstatt', 'Engagement und Ehrenamt',
 'Alte Schmiede, Dorfstraße 22', 'Gleichen', 'Ersatzteile zum Selbstkostenpreis', 'yes', 'Ebenerdige Werkstatt.',
 'stefanie.kovalenko@demo.knotenpunkt.test', 'Organisation', 20, 1, 'Zugewanderte allgemein|Jugendliche und junge Erwachsene|Ehrenamtliche', 'de|en|fa', NULL,
 'Samstags 10 bis 14 Uhr: Fahrräder gemeinsam reparieren. Gespendete Räder geben wir gegen eine kleine Spende ab.'),
(49, 'Ev.-luth. Kirchengemeinde Adelebsen', 'Hausaufgabenhilfe im Gemeindehaus', 'Kinder, Jugend und Familie',
 'Kirchberg 5, Gemeindehaus', 'Adelebsen', 'kostenlos', 'partly', 'Drei Stufen am Eingang, Handlauf.',
 'laura.mueller@demo.knotenpunkt.test', 'Hausaufgabenhilfe', 140, 1, 'Kinder', 'de', NULL,
 'Montags und mittwochs 14.30 bis 16 Uhr für Grundschulkinder. Ehrenamtliche helfen bei Hausaufgaben und Lesen.'),
(50, 'Paritätischer Wohlfahrtsverband – Beratungsstelle Dransfeld', 'Sozialberatung und Hilfe bei Anträgen', 'Soziales und Beratung',
 'Lange Straße 31', 'Dransfeld', 'kostenlos', 'yes', 'Ebenerdig.',
 'ines.rahimi@demo.knotenpunkt.test', 'Sozialberatung', 75, 1, 'Zugewanderte allgemein|Familien und Eltern|Ältere Menschen|Menschen mit Behinderung', 'de|ru|pl', NULL,
 'Hilfe bei Anträgen auf Wohngeld, Kinderzuschlag und Schwerbehindertenausweis.'),
(51, 'Patenschaftsprogramm Zusammen ankommen Staufenberg', 'Sprachpatenschaften', 'Sprache',
 'nach Absprache', 'Staufenberg', 'kostenlos', 'unknown', NULL,
 'thomas.krueger@demo.knotenpunkt.test', 'Koordination', 385, 1, 'Zugewanderte allgemein|Ehrenamtliche', 'de', NULL,
 'Ehrenamtliche üben einmal pro Woche Deutsch mit einer Person oder Familie. Wir bringen Sie zusammen.'),
(52, 'Kreiswohnbau Südharz GmbH – Wohnraumvermittlung', 'Wohnungssuche-Sprechstunde für Zugewanderte', 'Wohnen',
 'Scheffelstraße 2, Kundencenter', 'Osterode am Harz', 'kostenlos', 'yes', 'Automatische Tür, ebenerdig.',
 'ute.schmidt@demo.knotenpunkt.test', 'Wohnraumvermittlung', 18, 1, 'Geflüchtete|Zugewanderte allgemein|Familien und Eltern', 'de|ru|uk|ar', NULL,
 'Freie Wohnungen, Wohnberechtigungsschein, Mietkaution vom Jobcenter: Wir beraten und vermitteln. Donnerstags 14 bis 18 Uhr.'),
(53, 'Jugendmigrationsdienst der Diakonie im Südharz', 'Beratung für junge Zugewanderte (12 bis 27 Jahre)', 'Kinder, Jugend und Familie',
 'Am Kornmarkt 6', 'Osterode am Harz', 'kostenlos', 'yes', 'Ebenerdiger Eingang, barrierefreies WC.',
 'kerstin.hartmann@demo.knotenpunkt.test', 'Jugendmigrationsdienst', 22, 1, 'Jugendliche und junge Erwachsene', 'de|en|ar|fa|uk', NULL,
 'Schule, Sprachkurs, Ausbildung, Studium oder einfach Fragen zum Leben hier: Wir begleiten Sie, so lange Sie möchten.'),
(54, 'Jugendmigrationsdienst der Diakonie im Südharz', 'Bewerbungswerkstatt für junge Zugewanderte', 'Arbeit und Ausbildung',
 'Am Kornmarkt 6, Computerraum', 'Osterode am Harz', 'kostenlos', 'yes', 'Ebenerdig.',
 'leyla.klein@demo.knotenpunkt.test', 'Bewerbungswerkstatt', 125, 1, 'Jugendliche und junge Erwachsene|Arbeitsuchende', 'de|ar|fa', NULL,
 'Jeden Mittwoch 14 bis 17 Uhr: Bewerbungen schreiben, Ausbildungsplätze suchen, Vorstellungsgespräche üben.'),
(55, 'Harzer Präzisionstechnik GmbH', 'Ausbildung Industriemechanik mit Sprachbegleitung', 'Arbeit und Ausbildung',
 'Industriestraße 15', 'Herzberg am Harz', 'kostenlos, mit Ausbildungsvergütung', 'partly', 'Verwaltung ebenerdig, Ausbildungswerkstatt im Obergeschoss mit Lastenaufzug.',
 'dmytro.mueller@demo.knotenpunkt.test', 'Personalabteilung', 60, 0, 'Jugendliche und junge Erwachsene|Fachkräfte und Studierende', 'de|en|uk', NULL,
 'Vier Ausbildungsplätze jedes Jahr, Start im August. Betrieblicher Deutschunterricht zweimal pro Woche.'),
(56, 'Freiwilligenagentur Herzberg', 'Engagement vermitteln', 'Engagement und Ehrenamt',
 'Marktplatz 4', 'Herzberg am Harz', 'kostenlos', 'yes', 'Ebenerdig.',
 'sebastian.nazari@demo.knotenpunkt.test', 'Koordination Ehrenamt', 50, 1, 'Ehrenamtliche|Zugewanderte allgemein', 'de|en', NULL,
 'Sie möchten helfen? Wir finden mit Ihnen das passende Ehrenamt – als Sprachpatin, im Sportverein, in der Tafel.'),
(57, 'Stadt Herzberg am Harz – Integrationsbeauftragte', 'Willkommensberatung für Neuzugezogene', 'Soziales und Beratung',
 'Marktplatz 30, Rathaus, Zimmer 2', 'Herzberg am Harz', 'kostenlos', 'yes', 'Aufzug im Rathaus.',
 'christina.bondarenko@demo.knotenpunkt.test', 'Integrationsbeauftragte', 36, 1, 'Zugewanderte allgemein|Familien und Eltern', 'de|ru|uk', NULL,
 'Erstberatung und das **Willkommenspaket** der Stadt: Stadtplan, Busfahrplan, Kontakte zu Kitas, Schulen, Ärzten und Vereinen.'),
(58, 'Kleiderkammer und Begegnungscafé Bad Lauterberg', 'Kleiderkammer', 'Soziales und Beratung',
 'Hauptstraße 101, Hinterhaus', 'Bad Lauterberg im Harz', 'kostenlos', 'no', 'Sechs Stufen, kein Aufzug.',
 'markus.werner@demo.knotenpunkt.test', 'Ansprechpartner', 400, 1, 'Familien und Eltern|Geflüchtete|Kinder', 'de', NULL,
 'Kleidung für Erwachsene und Kinder, mittwochs 15 bis 17 Uhr. Spenden nehmen wir zur gleichen Zeit an.'),
(59, 'Seniorenzentrum Am Kurpark gGmbH', 'Ausbildung Pflegefachfrau und Pflegefachmann mit Sprachförderung', 'Arbeit und Ausbildung',
 'Kurparkallee 8', 'Bad Lauterberg im Harz', 'kostenlos, mit Ausbildungsvergütung', 'yes', 'Vollständig barrierefrei.',
 'birgit.richter@demo.knotenpunkt.test', 'Personal und Ausbildung', 70, 1, 'Jugendliche und junge Erwachsene|Fachkräfte und Studierende|Arbeitsuchende', 'de|en', NULL,
 'Drei Jahre Ausbildung mit Praxisanleitung und Deutschunterricht. Auch für Pflegekräfte mit ausländischem Abschluss: Anpassungslehrgang.'),
(60, 'Mehrgenerationenhaus Bad Grund', 'Hausaufgabenhilfe und Lernförderung', 'Kinder, Jugend und Familie',
 'Schulberg 2', 'Bad Grund (Harz)', 'kostenlos', 'yes', 'Ebenerdig, barrierefreies WC.',
 'sabine.zimmermann@demo.knotenpunkt.test', 'Leitung', 27, 1, 'Kinder|Jugendliche und junge Erwachsene', 'de|ar|uk', NULL,
 'Montags bis donnerstags nach der Schule, für Klassen 1 bis 7.'),
(61, 'Mehrgenerationenhaus Bad Grund', 'Frauenfrühstück international', 'Kultur, Sport und Freizeit',
 'Schulberg 2', 'Bad Grund (Harz)', '2 € Kostenbeitrag', 'yes', 'Ebenerdig, barrierefreies WC.',
 'tesfaye.braun@demo.knotenpunkt.test', 'Frauenfrühstück', 115, 1, 'Frauen', 'de|ar|tr|ti', NULL,
 'Jeden ersten Samstag im Monat frühstücken Frauen aus vielen Ländern zusammen. Kinderbetreuung im Nebenraum.'),
(62, 'Mehrgenerationenhaus Bad Grund', 'Nähwerkstatt', 'Kultur, Sport und Freizeit',
 'Schulberg 2, Werkraum', 'Bad Grund (Harz)', 'kostenlos, Stoffe gegen Spende', 'yes', 'Ebenerdig.',
 'oksana.al-hassan@demo.knotenpunkt.test', 'Nähwerkstatt', 450, 1, 'Frauen|Ältere Menschen', 'de|uk|ru', NULL,
 'Nähen, flicken, umarbeiten – Nähmaschinen sind da. Donnerstags 15 bis 18 Uhr.'),
(63, 'Sprachpatenschaften Eichsfeld', 'Sprachpatenschaften eins zu eins', 'Sprache',
 'zu Hause, in der Bücherei Gieboldehausen oder beim Spaziergang', 'Gieboldehausen', 'kostenlos', 'unknown', NULL,
 'monika.rahimi@demo.knotenpunkt.test', 'Koordination', 48, 1, 'Zugewanderte allgemein|Ehrenamtliche', 'de|ru|uk', NULL,
 'Einmal pro Woche eine Stunde Deutsch üben mit einer Sprachpatin oder einem Sprachpaten aus dem Ort.'),
(64, 'Begegnungsgarten Radolfshausen e. V.', 'Interkultureller Gemeinschaftsgarten', 'Kultur, Sport und Freizeit',
 'Am Gartenbogen 1', 'Radolfshausen', 'kostenlos', 'partly', 'Hauptweg befestigt, Hochbeete für Rollstuhl erreichbar; die übrigen Wege sind Rasen.',
 'olena.haddad@demo.knotenpunkt.test', 'Vorsitz', 14, 1, 'Familien und Eltern|Zugewanderte allgemein|Ältere Menschen', 'de|uk|ar', NULL,
 'Samstags ab 10 Uhr gemeinsam gärtnern, ernten und kochen. Eigene Beete können Sie mieten.'),
(65, 'Interkultureller Frauentreff Herzberg', 'Kochabend international', 'Kultur, Sport und Freizeit',
 'Küche der Freiwilligenagentur, Marktplatz 4', 'Herzberg am Harz', '5 € für Zutaten', 'yes', 'Ebenerdig.',
 'oksana.richter@demo.knotenpunkt.test', 'Kochabende', 12, 0, 'Frauen', 'de|ru|ar', NULL,
 'Jeden letzten Freitag im Monat kocht eine Frau ein Gericht aus ihrer Heimat; alle kochen mit.'),
(66, 'Psychosoziales Zentrum für Geflüchtete Südniedersachsen', 'Fortbildung Trauma und Flucht für Fachkräfte', 'Gesundheit',
 'Am Rosenwinkel 9, Seminarraum', 'Göttingen', '40 € pro Person, für Ehrenamtliche kostenlos', 'no', 'Seminarraum im 2. Stock ohne Aufzug.',
 'hamid.mueller@demo.knotenpunkt.test', 'Psychologische Beratung', 200, 1, 'Fachleute und Institutionen|Ehrenamtliche', 'de', 30,
 'Eintägige Fortbildung: Traumafolgen erkennen, stabilisierend begleiten, sich selbst schützen.');

-- ---------------------------------------------------------------------------
-- From the staging tables into the real ones. Inner joins drop a row whose
-- name did not resolve; the checks below count such rows.

INSERT INTO orgs (name, type_id, street, postcode, city, municipality_id, website, phone, email,
                  description, verified_at, verified_by, public, created_by, created_at,
                  updated_at, deleted_at)
SELECT d.name, t.id, d.street, d.postcode, d.city, m.id, d.website, d.phone, d.email,
       d.description,
       IF(d.verified IS NULL, NULL, NOW() - INTERVAL d.verified DAY),
       IF(d.verified IS NULL, NULL, a.id),
       d.public, c.id, NOW() - INTERVAL d.age DAY,
       NOW() - INTERVAL LEAST(d.age, COALESCE(d.verified, d.age), COALESCE(d.deleted, d.age)) DAY,
       IF(d.deleted IS NULL, NULL, NOW() - INTERVAL d.deleted DAY)
FROM demo_orgs d
JOIN org_types t ON t.name_de = d.type
JOIN municipalities m ON m.name = d.municipality
JOIN users c ON c.email = d.creator
JOIN users a ON a.email = 'admin@knotenpunkt.test'
ORDER BY d.seq;

INSERT INTO org_fields (org_id, field_id)
SELECT o.id, f.id
FROM demo_orgs d
JOIN orgs o ON o.name = d.name
JOIN fields_of_action f ON CONCAT('|', d.fields, '|') LIKE CONCAT('%|', f.name_de, '|%');

INSERT INTO org_members (org_id, user_id, role, position, editor)
SELECT o.id, u.id, d.role, d.position, d.editor
FROM demo_members d
JOIN orgs o ON o.name = d.org
JOIN users u ON u.email = d.email;

-- An offer was created some time before it was last confirmed, never
-- before its organisation.
INSERT INTO offers (org_id, title, description, field_id, place, municipality_id, costs,
                    step_free, accessibility, contact_user_id, contact_role, checked_on,
                    reminded_at, public, created_by, created_at, updated_at, deleted_at)
SELECT o.id, d.title, d.description, f.id, d.place, m.id, d.costs,
       d.step_free, d.accessibility, u.id, d.role, CURDATE() - INTERVAL d.checked DAY,
       IF(d.checked > 365, NOW(), NULL),
       d.public, u.id, GREATEST(o.created_at, NOW() - INTERVAL (d.checked + 90) DAY),
       NOW() - INTERVAL LEAST(d.checked, COALESCE(d.deleted, d.checked)) DAY,
       IF(d.deleted IS NULL, NULL, NOW() - INTERVAL d.deleted DAY)
FROM demo_offers d
JOIN orgs o ON o.name = d.org
JOIN fields_of_action f ON f.name_de = d.field
LEFT JOIN municipalities m ON m.name = d.municipality
LEFT JOIN users u ON u.email = d.contact
ORDER BY d.seq;

INSERT INTO offer_target_groups (offer_id, target_group_id)
SELECT x.id, g.id
FROM demo_offers d
JOIN orgs o ON o.name = d.org
JOIN offers x ON x.org_id = o.id AND x.title = d.title
JOIN target_groups g ON CONCAT('|', d.target_groups, '|') LIKE CONCAT('%|', g.name_de, '|%');

INSERT INTO offer_languages (offer_id, lang)
SELECT x.id, l.code
FROM demo_offers d
JOIN orgs o ON o.name = d.org
JOIN offers x ON x.org_id = o.id AND x.title = d.title
JOIN languages l ON CONCAT('|', d.langs, '|') LIKE CONCAT('%|', l.code, '|%');

-- ---------------------------------------------------------------------------
-- Checks: every name and address above resolved, and the data keeps the
-- rules the program keeps (contact persons belong to their organisation
-- and are active, offers confirmed after they were created).

BEGIN NOT ATOMIC
  IF (SELECT COUNT(*) FROM orgs) <> (SELECT COUNT(*) FROM demo_orgs) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo orgs: a type, municipality or creator did not resolve';
  END IF;
  IF (SELECT COUNT(*) FROM org_fields) <>
     (SELECT SUM(LENGTH(fields) - LENGTH(REPLACE(fields, '|', '')) + 1) FROM demo_orgs) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo orgs: a field of action did not resolve';
  END IF;
  IF (SELECT COUNT(*) FROM org_members) <> (SELECT COUNT(*) FROM demo_members) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo org members: an organisation or e-mail address did not resolve';
  END IF;
  IF (SELECT COUNT(*) FROM offers) <> (SELECT COUNT(*) FROM demo_offers)
     OR EXISTS (SELECT 1 FROM demo_offers d LEFT JOIN municipalities m ON m.name = d.municipality
                WHERE d.municipality IS NOT NULL AND m.id IS NULL) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo offers: an organisation, field or municipality did not resolve';
  END IF;
  IF EXISTS (SELECT 1 FROM demo_offers d JOIN orgs o ON o.name = d.org
             JOIN offers x ON x.org_id = o.id AND x.title = d.title
             WHERE d.contact IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM org_members om JOIN users u ON u.id = om.user_id
               WHERE om.org_id = o.id AND u.id = x.contact_user_id AND u.status = 'active')) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo offers: a contact person is no active member of the organisation';
  END IF;
  IF EXISTS (SELECT 1 FROM offers x JOIN orgs o ON o.id = x.org_id
             WHERE x.checked_on < DATE(o.created_at) OR x.created_at > x.updated_at) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo offers: confirmed before the organisation existed';
  END IF;
  IF (SELECT COUNT(*) FROM offer_target_groups) <>
     (SELECT SUM(LENGTH(target_groups) - LENGTH(REPLACE(target_groups, '|', '')) + 1) FROM demo_offers) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo offers: a target group did not resolve';
  END IF;
  IF (SELECT COUNT(*) FROM offer_languages) <>
     (SELECT SUM(LENGTH(langs) - LENGTH(REPLACE(langs, '|', '')) + 1) FROM demo_offers) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'demo offers: a language code did not resolve';
  END IF;
END;

DROP TEMPORARY TABLE demo_offers;
DROP TEMPORARY TABLE demo_members;
DROP TEMPORARY TABLE demo_orgs;
