-- Documents (issue 6): the network's library (group_id NULL) and one per
-- group, with nested folders, documents and their versions. The bytes are
-- in the file store under their SHA-256 (cgi/core/files.h); a row names a
-- stored file, and kp-mailer's sweeper keeps every file a version names.
--
-- Access is the group's (cgi/core/access.h): a folder and a document
-- repeat their library's group_id, and nothing ever moves from one
-- library to another, so every check is one comparison with the scope.

-- Folders nest by parent_id (NULL: the library's top level). The program
-- deletes a folder only when it is empty (no folders, no documents that
-- are not in the bin; the bin's documents move up to its parent), so the
-- cascades below never fire from it. They are for a group removed from
-- the database as a whole: its folders, subfolders and documents go with
-- it. (SET NULL on documents.folder_id would fail there: InnoDB checks
-- the updated row against the group being deleted.)
CREATE TABLE doc_folders (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  group_id    INT UNSIGNED NULL,
  parent_id   INT UNSIGNED NULL,
  name        VARCHAR(120) NOT NULL,
  created_by  INT UNSIGNED NULL,
  created_at  DATETIME NOT NULL,
  updated_at  DATETIME NOT NULL,
  KEY doc_folders_parent (group_id, parent_id, name),
  CONSTRAINT doc_folders_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE,
  CONSTRAINT doc_folders_parent_fk FOREIGN KEY (parent_id) REFERENCES doc_folders (id) ON DELETE CASCADE,
  CONSTRAINT doc_folders_creator_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A document is what people name and find (title, description, field of
-- action, tags); its bytes are its versions. current_version_id is the
-- newest version (a restore makes a new one from an old one's file).
-- deleted_at: in the bin, restorable for 30 days; kp-mailer removes the
-- row (and with it the versions) after that.
CREATE TABLE documents (
  id                  INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  group_id            INT UNSIGNED NULL,
  folder_id           INT UNSIGNED NULL,
  title               VARCHAR(200) NOT NULL,
  description         TEXT NULL,
  field_id            SMALLINT UNSIGNED NULL,
  tags                VARCHAR(255) NOT NULL DEFAULT '',
  current_version_id  INT UNSIGNED NULL,
  version_count       INT UNSIGNED NOT NULL DEFAULT 0,
  created_by          INT UNSIGNED NULL,
  created_at          DATETIME NOT NULL,
  updated_at          DATETIME NOT NULL,
  deleted_at          DATETIME NULL,
  deleted_by          INT UNSIGNED NULL,
  KEY documents_folder (group_id, folder_id, deleted_at, title),
  KEY documents_recent (group_id, deleted_at, updated_at),
  KEY documents_bin (deleted_at),
  FULLTEXT KEY documents_search (title, description, tags),
  CONSTRAINT documents_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE CASCADE,
  CONSTRAINT documents_folder_fk FOREIGN KEY (folder_id) REFERENCES doc_folders (id) ON DELETE CASCADE,
  CONSTRAINT documents_field_fk FOREIGN KEY (field_id) REFERENCES fields_of_action (id),
  CONSTRAINT documents_creator_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT documents_deleter_fk FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Versions, numbered from 1 per document. filename is the cleaned name the
-- uploader's file had (kp_filename_clean): shown and used in
-- Content-Disposition, never on the file system. restored_from: the number
-- of the version this one brought back.
CREATE TABLE document_versions (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  document_id    INT UNSIGNED NOT NULL,
  number         INT UNSIGNED NOT NULL,
  sha256         CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  mime           VARCHAR(100) CHARACTER SET ascii NOT NULL,
  size           BIGINT UNSIGNED NOT NULL,
  filename       VARCHAR(255) NOT NULL,
  restored_from  INT UNSIGNED NULL,
  created_by     INT UNSIGNED NULL,
  created_at     DATETIME NOT NULL,
  UNIQUE KEY document_versions_number (document_id, number),
  KEY document_versions_sha256 (sha256),
  CONSTRAINT document_versions_document_fk FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE,
  CONSTRAINT document_versions_creator_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE documents
  ADD CONSTRAINT documents_current_fk FOREIGN KEY (current_version_id) REFERENCES document_versions (id) ON DELETE SET NULL;

-- Notifications of kind 'doc_new' (a new document in one of the user's
-- groups) point to the document.
ALTER TABLE notifications
  ADD COLUMN document_id INT UNSIGNED NULL AFTER post_id,
  ADD CONSTRAINT notifications_document_fk FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE;
