/* The statements of the docs program (docs.h). A library is named by its
 * group_id, bound as NULL for the network's: `group_id <=> ?` is the one
 * comparison that matches NULL and uses the index. */
#include "docs.h"

/* The columns of a document in a list (DL_* in docs.h). */
#define DOCS_LIST_SELECT                                                                           \
	"d.id, d.title, d.folder_id, d.updated_at, v.filename, v.mime, v.size,"                    \
	" d.version_count, u.id, u.name, d.deleted_at, d.created_by"
#define DOCS_LIST_FROM                                                                             \
	" FROM documents d JOIN document_versions v ON v.id = d.current_version_id"                \
	" LEFT JOIN users u ON u.id = v.created_by AND u.status <> 'deleted'"
#define DOCS_LIST_COLS DOCS_LIST_SELECT DOCS_LIST_FROM
/* The search's words: the FULLTEXT index, and parts of titles and tags. */
#define DOCS_SEARCH_MATCH                                                                          \
	" AND (MATCH (d.title, d.description, d.tags) AGAINST (?)"                                 \
	" OR d.title LIKE ? OR d.tags LIKE ?)"

struct kp_sql docs_sql[DOCS_COUNT_STMTS] = {
    [DOCS_FOLDERS] = {"SELECT id, IFNULL(parent_id, 0), name, IFNULL(created_by, 0)"
                      " FROM doc_folders WHERE group_id <=> ? ORDER BY name, id LIMIT 5000"},
    [DOCS_FOLDER_INSERT] = {"INSERT INTO doc_folders (group_id, parent_id, name, created_by,"
                            " created_at, updated_at) VALUES (?, ?, ?, ?, NOW(), NOW())"},
    [DOCS_FOLDER_UPDATE] = {"UPDATE doc_folders SET name = ?, parent_id = ?, updated_at = NOW()"
                            " WHERE id = ? AND group_id <=> ?"},
    /* Every folder of the library, locked: a move checks for cycles and
     * depth against a tree nobody else is changing. */
    [DOCS_FOLDER_LOCK] = {"SELECT id FROM doc_folders WHERE group_id <=> ? FOR UPDATE"},
    [DOCS_FOLDER_CHILDREN] = {"SELECT COUNT(*) FROM doc_folders WHERE parent_id = ?"},
    [DOCS_FOLDER_DOCS] = {"SELECT COUNT(*) FROM documents WHERE folder_id = ?"
                          " AND deleted_at IS NULL"},
    [DOCS_FOLDER_BIN_UP] = {"UPDATE documents SET folder_id = ? WHERE folder_id = ?"
                            " AND deleted_at IS NOT NULL"},
    [DOCS_FOLDER_DELETE] = {"DELETE FROM doc_folders WHERE id = ? AND group_id <=> ?"},
    [DOCS_LIST] = {"SELECT " DOCS_LIST_COLS " WHERE d.group_id <=> ? AND d.folder_id <=> ?"
                   " AND d.deleted_at IS NULL ORDER BY d.title, d.id LIMIT ? OFFSET ?"},
    [DOCS_LIST_COUNT] = {"SELECT COUNT(*) FROM documents d WHERE d.group_id <=> ?"
                         " AND d.folder_id <=> ? AND d.deleted_at IS NULL"},
    /* Whole words through the FULLTEXT index, and parts of words in the
     * title (people search "Sprach" for "Sprachkurse"). The second and
     * fourth arguments are a LIKE pattern with its wildcards escaped. */
    [DOCS_SEARCH] = {"SELECT " DOCS_LIST_COLS
                     " WHERE d.group_id <=> ? AND d.deleted_at IS NULL" DOCS_SEARCH_MATCH
                     " ORDER BY MATCH (d.title, d.description, d.tags) AGAINST (?) DESC,"
                     " d.title, d.id LIMIT ? OFFSET ?"},
    [DOCS_SEARCH_COUNT] = {"SELECT COUNT(*) FROM documents d WHERE d.group_id <=> ?"
                           " AND d.deleted_at IS NULL" DOCS_SEARCH_MATCH},
    /* The same in every library the user may read (the first argument):
     * the network's and the groups' by access.h's rule, each row with its
     * group's slug and name (NULL: the network's). */
    [DOCS_SEARCH_ALL] = {"SELECT " DOCS_LIST_SELECT ", g.slug, g.name" DOCS_LIST_FROM
                         " LEFT JOIN `groups` g ON g.id = d.group_id"
                         " WHERE d.deleted_at IS NULL AND" KP_ACCESS_READABLE("d.group_id")
                             DOCS_SEARCH_MATCH
                         " ORDER BY MATCH (d.title, d.description, d.tags) AGAINST (?) DESC,"
                         " d.title, d.id LIMIT ? OFFSET ?"},
    [DOCS_SEARCH_ALL_COUNT] = {"SELECT COUNT(*) FROM documents d WHERE d.deleted_at IS NULL"
                               " AND" KP_ACCESS_READABLE("d.group_id") DOCS_SEARCH_MATCH},
    /* The bin: deleted documents the user may restore (the second
     * argument 1: all of them, a moderator; else their own that they
     * deleted themselves — what a moderator put there stays there). */
    [DOCS_BIN] = {"SELECT " DOCS_LIST_COLS " WHERE d.group_id <=> ? AND d.deleted_at IS NOT NULL"
                  " AND d.deleted_at > NOW() - INTERVAL 30 DAY"
                  " AND (? = 1 OR (d.created_by = ? AND d.deleted_by = d.created_by))"
                  " ORDER BY d.deleted_at DESC LIMIT 200"},
    [DOCS_DOC] = {"SELECT id, IFNULL(group_id, 0), IFNULL(folder_id, 0), IFNULL(field_id, 0),"
                  " IFNULL(created_by, 0), IFNULL(current_version_id, 0), version_count, title,"
                  " IFNULL(description, ''), tags, created_at, updated_at, deleted_at,"
                  " deleted_at > NOW() - INTERVAL 30 DAY, IFNULL(deleted_by, 0)"
                  " FROM documents WHERE id = ?"},
    [DOCS_DOC_LOCK] = {"SELECT version_count, deleted_at FROM documents WHERE id = ?"
                       " FOR UPDATE"},
    [DOCS_DOC_INSERT] = {"INSERT INTO documents (group_id, folder_id, title, description,"
                         " field_id, tags, created_by, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, NOW(), NOW())"},
    [DOCS_DOC_UPDATE] = {"UPDATE documents SET title = ?, description = ?, field_id = ?,"
                         " tags = ?, folder_id = ?, updated_at = NOW()"
                         " WHERE id = ? AND deleted_at IS NULL"},
    [DOCS_DOC_SET_VERSION] = {"UPDATE documents SET current_version_id = ?, version_count = ?,"
                              " updated_at = NOW() WHERE id = ?"},
    [DOCS_DOC_DELETE] = {"UPDATE documents SET deleted_at = NOW(), deleted_by = ?"
                         " WHERE id = ? AND deleted_at IS NULL"},
    /* Back into its folder, or to the top when the folder is gone. */
    [DOCS_DOC_UNDELETE] = {"UPDATE documents SET deleted_at = NULL, deleted_by = NULL"
                           " WHERE id = ? AND deleted_at IS NOT NULL"},
    [DOCS_VERSIONS] = {"SELECT v.id, v.number, v.filename, v.mime, v.size, v.created_at,"
                       " u.id, u.name, v.restored_from FROM document_versions v"
                       " LEFT JOIN users u ON u.id = v.created_by AND u.status <> 'deleted'"
                       " WHERE v.document_id = ? ORDER BY v.number DESC"},
    [DOCS_VERSION] = {"SELECT sha256, mime, size, filename FROM document_versions"
                      " WHERE document_id = ? AND number = ?"},
    [DOCS_VERSION_INSERT] = {"INSERT INTO document_versions (document_id, number, sha256, mime,"
                             " size, filename, restored_from, created_by, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW())"},
    /* A download: the version, its document's library and state. */
    [DOCS_VERSION_FILE] = {"SELECT v.sha256, v.mime, v.filename, IFNULL(d.group_id, 0),"
                           " d.deleted_at IS NULL FROM document_versions v"
                           " JOIN documents d ON d.id = v.document_id WHERE v.id = ?"},
    /* A new document in a group: a note for every other active member. */
    [DOCS_NOTIFY] = {"INSERT INTO notifications (user_id, kind, actor_id, group_id, document_id,"
                     " created_at) SELECT user_id, 'doc_new', ?, group_id, ?, NOW()"
                     " FROM group_members WHERE group_id = ? AND state = 'active'"
                     " AND user_id <> ?"},
    [DOCS_FIELDS] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM fields_of_action"
                     " WHERE retired = 0 OR id = ? ORDER BY position, id"},
    /* What a ZIP of the library holds: its documents that are not in the
     * bin, with their current versions' files — all of the library's (a
     * few columns each): the folder's subtree is picked in C, and a LIMIT
     * here could cut off a folder's documents in a large library. */
    [DOCS_ZIP_FILES] = {"SELECT IFNULL(d.folder_id, 0), v.sha256, v.filename, v.size"
                        " FROM documents d JOIN document_versions v ON v.id = d.current_version_id"
                        " WHERE d.group_id <=> ? AND d.deleted_at IS NULL"
                        " ORDER BY d.folder_id, v.filename, d.id"},
    /* Reports of documents (kind 'document', group_id the library's:
     * NULL for the network's, whose reports the admin queue decides). */
    [DOCS_REPORT_OPEN_OF] = {"SELECT id FROM reports WHERE kind = 'document' AND content_id = ?"
                             " AND reporter_id = ? AND resolved_at IS NULL LIMIT 1"},
    [DOCS_REPORT_INSERT] = {"INSERT INTO reports (kind, content_id, group_id, reporter_id, reason,"
                            " created_at) VALUES ('document', ?, ?, ?, ?, NOW())"},
    /* The open document reports of one library: a range of reports_open. */
    [DOCS_REPORTS_COUNT] = {"SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL"
                            " AND group_id <=> ? AND kind = 'document'"},
    [DOCS_REPORTS_LIST] = {"SELECT r.id, r.content_id, r.reason, r.created_at, u.name, d.title,"
                           " d.deleted_at IS NOT NULL, a.name FROM reports r"
                           " JOIN documents d ON d.id = r.content_id"
                           " LEFT JOIN users u ON u.id = r.reporter_id AND u.status <> 'deleted'"
                           " LEFT JOIN users a ON a.id = d.created_by AND a.status <> 'deleted'"
                           " WHERE r.resolved_at IS NULL AND r.group_id <=> ?"
                           " AND r.kind = 'document' ORDER BY r.id LIMIT ? OFFSET ?"},
    [DOCS_REPORT_LOAD] = {"SELECT id, IFNULL(group_id, 0), content_id FROM reports"
                          " WHERE id = ? AND kind = 'document'"},
    [DOCS_REPORT_RESOLVE] = {"UPDATE reports SET resolved_at = NOW(), resolved_by = ?"
                             " WHERE id = ? AND resolved_at IS NULL"},
};
