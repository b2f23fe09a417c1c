/* Reports of documents (docs.h), as the forum's of posts: a reader tells
 * the library's moderators what is wrong with a document, with a reason
 * ({base}/d/ID/report). A group library's reports go to the group's owners
 * and moderators ({base}/reports, resolve); the network library's to the
 * admin queue (/admin/reports), which decides them — its moderators see
 * them here too, as in the forum. One open report per member and
 * document: a second one gets a friendly word, not an error. */
#include <string.h>

#include "audit.h"
#include "docs.h"

static const struct kp_field report_fields[] = {{"reason", 8000, KP_FIELD_MULTILINE}, {NULL, 0, 0}};
static const struct kp_field no_fields[] = {{NULL, 0, 0}};

/* The document of the route for a reader who may report it: not their
 * own (the uploader can edit or delete it), not in an archived group
 * (nobody could act on it), not by a site admin only looking in
 * (access.h: nothing of the visit stays); one in the bin is not found,
 * as everywhere but the bin. 1, or 0 when the answer is sent. */
static int reportable(struct kp_req *r, const char *const *args, struct docs_scope *s,
                      struct docs_document *d)
{
	if (!docs_scope_begin(r, args, s) || docs_document_load(r, s, s->args[0], 0, d) <= 0)
		return 0;
	if (d->created_by == r->user.id || s->access.archived || s->access.looking_in) {
		kp_error(r, 403);
		return 0;
	}
	return 1;
}

static void report_page(struct kp_req *r, const struct docs_scope *s, const struct docs_document *d,
                        int status, int already)
{
	kp_set_int(r, "Page.Report.Already", already);
	kp_set_int(r, "Page.Doc.Id", d->id);
	kp_set(r, "Page.Doc.Title", d->title);
	kp_set(r, "Page.Doc.Link", kp_arena_printf(&r->arena, "%s/d/%lld", s->base, d->id));
	kp_set(r, "Page.Title", kp_t(r, "Docs.Report.Title"));
	kp_render(r, status, "docs/report.cs");
}

/* Whether this member has an open report of the document. KP_DB_*. */
static int reported_before(struct kp_req *r, long long doc, int *already)
{
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &docs_sql[DOCS_REPORT_OPEN_OF],
	                      KP_ARGS(KP_INT(doc), KP_INT(r->user.id)), &rows);
	*already = rc == KP_DB_OK && rows.count > 0;
	return rc;
}

void docs_report_show(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	if (!reportable(r, args, &s, &d))
		return;
	int already = 0;
	int rc = reported_before(r, d.id, &already);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	report_page(r, &s, &d, 200, already);
}

static size_t chars(const char *v)
{
	size_t n = 0;
	for (; *v; v++)
		n += ((unsigned char)*v & 0xC0) != 0x80;
	return n;
}

void docs_report_submit(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	if (!docs_fields_ok(r, &r->form, report_fields) || !reportable(r, args, &s, &d))
		return;
	const char *reason = kp_form(r, "reason") ? kp_form(r, "reason") : "";
	while (*reason == ' ' || *reason == '\n' || *reason == '\r' || *reason == '\t')
		reason++;
	size_t len = strlen(reason);
	while (len > 0 && strchr(" \n\r\t", reason[len - 1]))
		len--;
	reason = kp_arena_strndup(&r->arena, reason, len);
	kp_form_value(r, "reason", reason);
	size_t n = chars(reason);
	if (n == 0)
		kp_form_error(r, "reason", "Err.Required");
	else if (n < DOCS_REPORT_MIN)
		kp_form_error(r, "reason", "Docs.Err.ReportShort");
	else if (n > DOCS_REPORT_MAX)
		kp_form_error(r, "reason", "Docs.Err.ReportLong");
	int already = 0;
	int rc = reported_before(r, d.id, &already);
	if (rc == KP_DB_OK && (already || kp_form_has_errors(r))) {
		report_page(r, &s, &d, already ? 200 : 422, already);
		return;
	}
	/* Two submissions at once: the second waits for the first's lock on
	 * the document and then finds its report; one sent to the bin
	 * meanwhile is not reported. */
	struct kp_rows locked = {0};
	if (rc == KP_DB_OK)
		rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &docs_sql[DOCS_DOC_LOCK], KP_ARGS(KP_INT(d.id)),
		                  &locked);
	if (rc == KP_DB_OK && (locked.count == 0 || kp_cell(&locked, 0, 1)))
		rc = DOCS_GONE;
	if (rc == KP_DB_OK)
		rc = reported_before(r, d.id, &already);
	if (rc == KP_DB_OK && !already)
		rc = kp_db_exec(
		    &docs_sql[DOCS_REPORT_INSERT],
		    KP_ARGS(KP_INT(d.id), docs_scope_gid(&s), KP_INT(r->user.id), KP_STR(reason)),
		    NULL, NULL);
	rc = kp_db_end(rc);
	if (rc == DOCS_GONE) {
		kp_error(r, 404);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (already) {
		report_page(r, &s, &d, 200, 1);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "%s/d/%lld", s.base, d.id), "DocsReported");
}

/* ---------------------------------------------------- the list ---- */

static int may_moderate(struct kp_req *r, const struct docs_scope *s)
{
	if (s->access.moderate)
		return 1;
	kp_error(r, 403);
	return 0;
}

void docs_reports(struct kp_req *r, const char *const *args)
{
	static const struct kp_field list_fields[] = {{"page", 9, 0}, {NULL, 0, 0}};
	struct docs_scope s;
	if (!docs_scope_begin(r, args, &s) || !may_moderate(r, &s) ||
	    !docs_fields_ok(r, &r->query_params, list_fields))
		return;
	const char *pv = kp_query(r, "page");
	long long page = pv && *pv ? kp_parse_id(pv) : 1;
	if (page < 1) {
		kp_error(r, 400);
		return;
	}
	struct kp_rows count, rows = {0};
	int rc = kp_db_select(&r->arena, &docs_sql[DOCS_REPORTS_COUNT], KP_ARGS(docs_scope_gid(&s)),
	                      &count);
	if (rc == KP_DB_OK) {
		long long offset =
		    kp_pager(r, kp_cell_int(&count, 0, 0), page, DOCS_REPORTS_PER_PAGE);
		rc = kp_db_select(
		    &r->arena, &docs_sql[DOCS_REPORTS_LIST],
		    KP_ARGS(docs_scope_gid(&s), KP_INT(DOCS_REPORTS_PER_PAGE), KP_INT(offset)),
		    &rows);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Reports.%zu.Id", i);
		kp_setf(r, kp_arena_printf(&r->arena, "%s/d/%s", s.base, kp_cell(&rows, i, 1)),
		        "Page.Reports.%zu.Link", i);
		kp_setf(r, kp_cell(&rows, i, 2), "Page.Reports.%zu.Reason", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Reports.%zu.At", i),
		            kp_cell(&rows, i, 3));
		kp_setf(r, kp_cell(&rows, i, 4), "Page.Reports.%zu.Reporter", i);
		kp_setf(r, kp_cell(&rows, i, 5), "Page.Reports.%zu.Title", i);
		kp_setf(r, kp_cell(&rows, i, 6), "Page.Reports.%zu.Deleted", i);
		kp_setf(r, kp_cell(&rows, i, 7), "Page.Reports.%zu.Uploader", i);
	}
	kp_set(r, "Page.Pager.Base", kp_arena_printf(&r->arena, "%s/reports", s.base));
	kp_set(r, "Page.Title", kp_t(r, "Docs.Reports.Title"));
	kp_render(r, 200, "docs/reports.cs");
}

void docs_report_resolve(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	if (!docs_fields_ok(r, &r->form, no_fields) || !docs_scope_begin(r, args, &s) ||
	    !may_moderate(r, &s))
		return;
	long long id = kp_parse_id(s.args[0]);
	struct kp_rows rows = {0};
	int rc = id > 0 ? kp_db_select(&r->arena, &docs_sql[DOCS_REPORT_LOAD], KP_ARGS(KP_INT(id)),
	                               &rows)
	                : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	/* A report of another library is not there. */
	if (rows.count == 0 || kp_cell_int(&rows, 0, 1) != s.access.group_id) {
		kp_error(r, 404);
		return;
	}
	unsigned long long changed = 0;
	rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_REPORT_RESOLVE],
		                KP_ARGS(KP_INT(r->user.id), KP_INT(id)), &changed, NULL);
	/* Resolved already (by another moderator, or a second click). */
	if (rc == KP_DB_OK && changed)
		rc = kp_audit(r->user.id, r->remote_addr, "doc.report.resolve", id,
		              kp_arena_printf(&r->arena, "document %s", kp_cell(&rows, 0, 2)));
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "%s/reports", s.base),
	                  "DocsReportResolved");
}
