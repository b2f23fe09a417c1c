/* Reports (moderate.h): a reader tells the forum's moderators about a
 * post, with a reason ({base}/p/ID/report); the moderators see the open
 * reports of their forum, oldest first ({base}/reports), and mark one as
 * dealt with ({base}/reports/ID/resolve). One open report per member and
 * post: a second one gets a friendly word, not an error. */
#include <string.h>

#include "markdown.h"
#include "moderate.h"

static const struct kp_field report_fields[] = {{"reason", 8000, KP_FIELD_MULTILINE}, {NULL, 0, 0}};

/* The post of the route for a reader who may report it: not their own,
 * not deleted or hidden (nothing left to report), not in an archived
 * group (nobody could act on it), not by a site admin only looking in
 * (access.h). 1, or 0 when the answer is sent. */
static int reportable(struct kp_req *r, const char *const *args, struct forum_scope *s,
                      struct forum_post *p)
{
	if (!forum_scope_begin(r, args, s))
		return 0;
	if (forum_post_load(r, s, s->args[0], p) != 1)
		return 0;
	if (p->created_by == r->user.id || p->deleted || p->hidden || s->access.archived ||
	    s->access.looking_in) {
		kp_error(r, 403);
		return 0;
	}
	return 1;
}

static void report_page(struct kp_req *r, int status, int already)
{
	kp_set_int(r, "Page.Report.Already", already);
	kp_set(r, "Page.Title", kp_t(r, "ForumMod.Title.Report"));
	kp_render(r, status, "forum/mod_report.cs");
}

/* Whether this member has an open report of the post. KP_DB_* status. */
static int reported_before(struct kp_req *r, long long post_id, int *already)
{
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &mod_sql[MOD_REPORT_OPEN_OF],
	                      KP_ARGS(KP_INT(post_id), KP_INT(r->user.id)), &rows);
	*already = rc == KP_DB_OK && rows.count > 0;
	return rc;
}

void forum_mod_report_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!reportable(r, args, &s, &p) || mod_post_context(r, &s, &p, &t) != 1)
		return;
	int already = 0;
	int rc = reported_before(r, p.id, &already);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	report_page(r, 200, already);
}

void forum_mod_report_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!reportable(r, args, &s, &p) || !mod_fields_ok(r, report_fields) ||
	    mod_post_context(r, &s, &p, &t) != 1)
		return;
	const char *reason = mod_text(r, "reason", MOD_REPORT_MIN, MOD_REPORT_MAX,
	                              "ForumMod.Err.ReportShort", "ForumMod.Err.ReportLong");
	int already = 0;
	int rc = reported_before(r, p.id, &already);
	if (rc == KP_DB_OK && (already || kp_form_has_errors(r))) {
		report_page(r, already ? 200 : 422, already);
		return;
	}
	/* Two submissions at once: the second waits for the first's lock on
	 * the post and then finds its report. */
	struct kp_rows locked = {0};
	if (rc == KP_DB_OK)
		rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &mod_sql[MOD_POST_FOR_UPDATE], KP_ARGS(KP_INT(p.id)),
		                  &locked);
	if (rc == KP_DB_OK)
		rc = reported_before(r, p.id, &already);
	if (rc == KP_DB_OK && !already)
		rc = kp_db_exec(
		    &mod_sql[MOD_REPORT_INSERT],
		    KP_ARGS(KP_INT(p.id), mod_group_val(&s), KP_INT(r->user.id), KP_STR(reason)),
		    NULL, NULL);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (already) {
		report_page(r, 200, 1);
		return;
	}
	kp_redirect_flash(r, mod_post_link(r, &s, p.id), "ForumModReported");
}

/* ---------------------------------------------------- the list ---- */

void forum_mod_reports(struct kp_req *r, const char *const *args)
{
	static const struct kp_field list_fields[] = {{"page", 9, 0}, {NULL, 0, 0}};
	struct forum_scope s;
	if (!forum_scope_begin(r, args, &s) || !mod_may_moderate(r, &s))
		return;
	const char *bad = NULL;
	const char *pv = kp_query(r, "page");
	long long page = pv && *pv ? kp_parse_id(pv) : 1;
	if (kp_fields_check(&r->query_params, list_fields, &bad) != 0 || page < 0) {
		kp_error(r, 400);
		return;
	}
	struct kp_rows count, rows;
	int rc = kp_db_select(&r->arena, &mod_sql[MOD_REPORTS_COUNT], KP_ARGS(mod_group_val(&s)),
	                      &count);
	if (rc == KP_DB_OK) {
		long long offset =
		    kp_pager(r, kp_cell_int(&count, 0, 0), page, MOD_REPORTS_PER_PAGE);
		rc = kp_db_select(
		    &r->arena, &mod_sql[MOD_REPORTS_LIST],
		    KP_ARGS(mod_group_val(&s), KP_INT(MOD_REPORTS_PER_PAGE), KP_INT(offset)),
		    &rows);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, MR_ID), "Page.Reports.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, MR_POST_ID), "Page.Reports.%zu.PostId", i);
		kp_setf(r, mod_post_link(r, &s, kp_cell_int(&rows, i, MR_POST_ID)),
		        "Page.Reports.%zu.Link", i);
		kp_setf(r, kp_cell(&rows, i, MR_REASON), "Page.Reports.%zu.Reason", i);
		kp_setf(r, kp_cell(&rows, i, MR_REPORTER), "Page.Reports.%zu.Reporter", i);
		kp_setf(r, kp_cell(&rows, i, MR_AUTHOR), "Page.Reports.%zu.Author", i);
		kp_setf(r, kp_cell(&rows, i, MR_TOPIC_TITLE), "Page.Reports.%zu.TopicTitle", i);
		const char *body = kp_cell(&rows, i, MR_BODY);
		int deleted = kp_cell(&rows, i, MR_DELETED) && kp_cell_int(&rows, i, MR_DELETED);
		kp_setf(r, deleted ? "1" : "0", "Page.Reports.%zu.Deleted", i);
		kp_setf(r, kp_cell(&rows, i, MR_HIDDEN) ? kp_cell(&rows, i, MR_HIDDEN) : "0",
		        "Page.Reports.%zu.Hidden", i);
		/* A deleted post's text is nobody's to read any more. */
		if (body && !deleted)
			kp_setf(r,
			        kp_markdown_text(&r->arena, body, strlen(body), MOD_EXCERPT_BYTES),
			        "Page.Reports.%zu.Excerpt", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Reports.%zu", i),
		            kp_cell(&rows, i, MR_CREATED_AT));
	}
	kp_set(r, "Page.Pager.Base", kp_arena_printf(&r->arena, "%s/reports", s.base));
	kp_set(r, "Page.Title", kp_t(r, "ForumMod.Title.Reports"));
	kp_render(r, 200, "forum/reports.cs");
}

void forum_mod_report_resolve(struct kp_req *r, const char *const *args)
{
	static const struct kp_field none[] = {{NULL, 0, 0}};
	struct forum_scope s;
	if (!forum_scope_begin(r, args, &s) || !mod_may_moderate(r, &s) || !mod_fields_ok(r, none))
		return;
	long long id = kp_parse_id(s.args[0]);
	struct kp_rows rows = {0};
	int rc =
	    id > 0 ? kp_db_select(&r->arena, &mod_sql[MOD_REPORT_LOAD], KP_ARGS(KP_INT(id)), &rows)
	           : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	/* A report of another forum is not there. */
	if (rows.count == 0 || !forum_scope_has(&s, kp_cell_int(&rows, 0, 1))) {
		kp_error(r, 404);
		return;
	}
	unsigned long long changed = 0;
	rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_REPORT_RESOLVE],
		                KP_ARGS(KP_INT(r->user.id), KP_INT(id)), &changed, NULL);
	/* Resolved already (by another moderator, or a second click). */
	if (rc == KP_DB_OK && changed)
		rc = mod_audit(r, "forum.report.resolve", id,
		               kp_arena_printf(&r->arena, "post %s", kp_cell(&rows, 0, 3)));
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "%s/reports", s.base), "ForumModResolved");
}
