/* /admin/reports: the moderation queue of the network's own content, for
 * site moderators and admins. Generic over reports.kind: each kind names
 * how to show its content and how to hide and restore it (kinds[] below:
 * forum posts and documents of the network's library). Decisions: hide
 * (a post with the reason the thread shows; a document goes to the
 * bin, where its uploader finds it), restore, dismiss, warn the
 * author (a mail with the moderator's words). Every decision settles all
 * open reports of that content and leaves an audit entry with the note. */
#include <string.h>

#include "admin.h"
#include "mail.h"
#include "markdown.h"
#include "view.h"

#define REPORTS_PER_PAGE 30
#define NOTE_MAX         500

static const struct kp_field decide_fields[] = {
    {"decision", 20, 0}, {"note", 4000, KP_FIELD_MULTILINE}, {NULL, 0, 0}};

/* What the queue knows of a reported item. */
struct item {
	int found, hidden, deleted;
	long long author_id;
	const char *excerpt, *link, *context, *author, *author_email, *author_lang;
};

/* forum_post: a post of the network's forum. */
static int post_load(struct kp_req *r, long long id, struct item *it)
{
	struct kp_rows p;
	int rc = kp_db_select(&r->arena, &admin_sql[A_POST_GET], KP_ARGS(KP_INT(id)), &p);
	if (rc != KP_DB_OK || p.count == 0)
		return rc;
	it->found = 1;
	it->hidden = kp_cell_int(&p, 0, 3) == 1;
	it->deleted = kp_cell_int(&p, 0, 4) == 1;
	it->excerpt =
	    kp_markdown_text(&r->arena, kp_cell(&p, 0, 2), strlen(kp_cell(&p, 0, 2)), 400);
	it->link = kp_arena_printf(&r->arena, "/forum/p/%lld", id);
	it->context = kp_cell(&p, 0, 9);
	it->author_id = kp_cell(&p, 0, 5) ? kp_cell_int(&p, 0, 5) : 0;
	it->author = kp_cell(&p, 0, 6);
	it->author_email = kp_cell(&p, 0, 7);
	it->author_lang = kp_cell(&p, 0, 8);
	return KP_DB_OK;
}

/* document: a document of the network's library; in the bin is its
 * hidden state. */
static int doc_load(struct kp_req *r, long long id, struct item *it)
{
	struct kp_rows d;
	int rc = kp_db_select(&r->arena, &admin_sql[A_DOC_GET], KP_ARGS(KP_INT(id)), &d);
	if (rc != KP_DB_OK || d.count == 0)
		return rc;
	it->found = 1;
	it->hidden = kp_cell_int(&d, 0, 3) == 1;
	const char *desc = kp_cell(&d, 0, 2);
	it->excerpt = *desc ? kp_markdown_text(&r->arena, desc, strlen(desc), 400)
	                    : (kp_cell(&d, 0, 8) ? kp_cell(&d, 0, 8) : "");
	/* A document in the bin is found in the bin, not at its address. */
	it->link = it->hidden ? "/docs/bin" : kp_arena_printf(&r->arena, "/docs/d/%lld", id);
	it->context = kp_cell(&d, 0, 1);
	it->author_id = kp_cell(&d, 0, 4) ? kp_cell_int(&d, 0, 4) : 0;
	it->author = kp_cell(&d, 0, 5);
	it->author_email = kp_cell(&d, 0, 6);
	it->author_lang = kp_cell(&d, 0, 7);
	return KP_DB_OK;
}

struct kind {
	const char *name;
	int (*load)(struct kp_req *r, long long id, struct item *it);
	/* hide binds (moderator, reason, id), or (moderator, id) where the
	 * content keeps no reason; restore binds (id). */
	enum admin_stmt hide, restore;
	int hide_with_reason;
};
static const struct kind kinds[] = {
    {"forum_post", post_load, A_POST_HIDE, A_POST_RESTORE, 1},
    {"document", doc_load, A_DOC_BIN, A_DOC_UNBIN, 0},
};

static const struct kind *kind_of(const char *name)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(name, kinds[i].name) == 0)
			return &kinds[i];
	return NULL;
}

void reports_list(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_MODERATOR))
		return;
	struct kp_rows count, rows = {0};
	long long page = kp_parse_id(kp_query(r, "page") ? kp_query(r, "page") : "1");
	int rc = kp_db_select(&r->arena, &admin_sql[A_REPORTS_COUNT], KP_NOARGS, &count);
	if (rc == KP_DB_OK) {
		long long offset =
		    kp_pager(r, kp_cell_int(&count, 0, 0), page < 1 ? 1 : page, REPORTS_PER_PAGE);
		rc = kp_db_select(&r->arena, &admin_sql[A_REPORTS_LIST],
		                  KP_ARGS(KP_INT(REPORTS_PER_PAGE), KP_INT(offset)), &rows);
	}
	for (size_t i = 0; rc == KP_DB_OK && i < rows.count; i++) {
		const struct kind *k = kind_of(kp_cell(&rows, i, 1));
		struct item it = {0};
		if (k)
			rc = k->load(r, kp_cell_int(&rows, i, 2), &it);
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Reports.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Reports.%zu.Kind", i);
		kp_setf(r, kp_cell(&rows, i, 3), "Page.Reports.%zu.Reason", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Reports.%zu.At", i),
		            kp_cell(&rows, i, 4));
		kp_setf(r, kp_cell(&rows, i, 5), "Page.Reports.%zu.Reporter", i);
		kp_setf(r, it.found ? "1" : "0", "Page.Reports.%zu.Found", i);
		if (!it.found)
			continue;
		kp_setf(r, it.excerpt, "Page.Reports.%zu.Excerpt", i);
		kp_setf(r, it.link, "Page.Reports.%zu.Link", i);
		kp_setf(r, it.context, "Page.Reports.%zu.Context", i);
		kp_setf(r, it.author, "Page.Reports.%zu.Author", i);
		kp_setf(r, it.author_id ? "1" : "0", "Page.Reports.%zu.CanWarn", i);
		kp_setf(r, it.hidden ? "1" : "0", "Page.Reports.%zu.Hidden", i);
		kp_setf(r, it.deleted ? "1" : "0", "Page.Reports.%zu.Deleted", i);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set_int(r, "Page.Total", kp_cell_int(&count, 0, 0));
	kp_set(r, "Page.Title", kp_t(r, "Admin.Reports.Title"));
	kp_render(r, 200, "admin/reports.cs");
}

void report_decide(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_MODERATOR) || !admin_fields_ok(r, decide_fields))
		return;
	const char *decision = kp_form(r, "decision") ? kp_form(r, "decision") : "";
	int hide = strcmp(decision, "hide") == 0, restore = strcmp(decision, "restore") == 0;
	int dismiss = strcmp(decision, "dismiss") == 0, warn = strcmp(decision, "warn") == 0;
	if (!hide && !restore && !dismiss && !warn) {
		kp_error(r, 400);
		return;
	}
	long long id = kp_parse_id(args[0]);
	struct kp_rows rep = {0};
	int rc = id > 0
	             ? kp_db_select(&r->arena, &admin_sql[A_REPORT_GET], KP_ARGS(KP_INT(id)), &rep)
	             : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	/* Unknown, settled meanwhile, or a group's: not in this queue. */
	if (rep.count == 0) {
		kp_redirect_flash(r, "/admin/reports", "AdminReportGone");
		return;
	}
	const struct kind *k = kind_of(kp_cell(&rep, 0, 1));
	long long content = kp_cell_int(&rep, 0, 2);
	struct item it = {0};
	if (k)
		rc = k->load(r, content, &it);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *note = admin_form_trim(r, "note");
	size_t note_chars = 0;
	for (const char *c = note; *c; c++)
		note_chars += ((unsigned char)*c & 0xC0) != 0x80;
	/* A hidden post shows the reason; a warning is the mail's text. */
	if ((hide || warn) && (note_chars == 0 || note_chars > NOTE_MAX)) {
		kp_redirect_flash(r, "/admin/reports", "AdminReportNoteNeeded");
		return;
	}
	if ((hide || restore || warn) && (!k || !it.found || (warn && !it.author_id))) {
		kp_redirect_flash(r, "/admin/reports", "AdminNotPossible");
		return;
	}
	unsigned long long n = 0;
	rc = kp_db_begin();
	if (rc == KP_DB_OK && hide && k->hide_with_reason)
		rc = kp_db_exec(&admin_sql[k->hide],
		                KP_ARGS(KP_INT(r->user.id), KP_STR(note), KP_INT(content)), &n,
		                NULL);
	else if (rc == KP_DB_OK && hide)
		rc = kp_db_exec(&admin_sql[k->hide], KP_ARGS(KP_INT(r->user.id), KP_INT(content)),
		                &n, NULL);
	if (rc == KP_DB_OK && restore)
		rc = kp_db_exec(&admin_sql[k->restore], KP_ARGS(KP_INT(content)), &n, NULL);
	/* Hidden or restored meanwhile (or deleted by its author). */
	if (rc == KP_DB_OK && (hide || restore) && n != 1)
		rc = KP_DB_CONFLICT;
	if (rc == KP_DB_OK && warn) {
		const char *lang = it.author_lang ? it.author_lang : "de";
		rc = kp_mail_enqueue(
		    it.author_email,
		    kp_text_fill(&r->arena, lang, "Mail.Warning.Subject", it.author, ""),
		    kp_text_fill(&r->arena, lang, "Mail.Warning.Body", it.author, note));
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(
		    &admin_sql[A_REPORTS_RESOLVE],
		    KP_ARGS(KP_INT(r->user.id), KP_STR(kp_cell(&rep, 0, 1)), KP_INT(content)), NULL,
		    NULL);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, kp_arena_printf(&r->arena, "report.%s", decision), content,
		                 kp_arena_printf(&r->arena, "%s: %s", kp_cell(&rep, 0, 1), note));
	rc = kp_db_end(rc);
	if (rc == KP_DB_CONFLICT) {
		kp_redirect_flash(r, "/admin/reports", "AdminNotPossible");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/admin/reports", "AdminReportDecided");
}
