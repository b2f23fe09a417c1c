/* docs: the network's library, the groups' libraries and their downloads
 * (docs.h). First match wins; "*" is one segment. */
#include "docs.h"

/* clang-format off */
static const struct kp_route routes[] = {
    DOCS_ROUTE("GET", "", docs_library, 0),
    DOCS_ROUTE("GET", "/f/*", docs_folder_show, 0),
    DOCS_ROUTE("GET", "/search", docs_search, 0),
    DOCS_ROUTE("GET", "/bin", docs_bin, 0),
    DOCS_ROUTE("GET", "/zip", docs_zip_library, 0),
    DOCS_ROUTE("GET", "/f/*/zip", docs_zip_folder, 0),
    DOCS_ROUTE("GET", "/folders/new", docs_folder_new_form, 0),
    DOCS_ROUTE("POST", "/folders/new", docs_folder_new_submit, 0),
    DOCS_ROUTE("GET", "/f/*/edit", docs_folder_edit_form, 0),
    DOCS_ROUTE("POST", "/f/*/edit", docs_folder_edit_submit, 0),
    DOCS_ROUTE("POST", "/f/*/delete", docs_folder_delete, 0),
    DOCS_ROUTE("GET", "/upload", docs_upload_form, 0),
    DOCS_ROUTE("POST", "/upload", docs_upload_submit, KP_ROUTE_MULTIPART),
    DOCS_ROUTE("GET", "/d/*", docs_document_show, 0),
    DOCS_ROUTE("GET", "/d/*/edit", docs_document_edit_form, 0),
    DOCS_ROUTE("POST", "/d/*/edit", docs_document_edit_submit, 0),
    DOCS_ROUTE("POST", "/d/*/version", docs_version_submit, KP_ROUTE_MULTIPART),
    DOCS_ROUTE("POST", "/d/*/v/*/restore", docs_version_restore, 0),
    DOCS_ROUTE("POST", "/d/*/delete", docs_document_delete, 0),
    DOCS_ROUTE("POST", "/d/*/undelete", docs_document_undelete, 0),
    DOCS_ROUTE("GET", "/d/*/report", docs_report_show, 0),
    DOCS_ROUTE("POST", "/d/*/report", docs_report_submit, 0),
    DOCS_ROUTE("GET", "/reports", docs_reports, 0),
    DOCS_ROUTE("POST", "/reports/*/resolve", docs_report_resolve, 0),
    {"GET", "/files/*", docs_file, 0},
    {NULL, NULL, NULL, 0},
};
/* clang-format on */

static const struct kp_program docs = {"docs", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &docs);
}
