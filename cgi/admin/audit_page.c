/* /admin/audit: the audit log, newest first, filtered by actor (name or
 * address contains), action (starts with) and days (UTC). Read-only: the
 * application cannot change or delete entries (0012_admin.sql). */
#include <string.h>

#include "admin.h"
#include "view.h"

#define AUDIT_PER_PAGE 100

/* "YYYY-MM-DD" or "" (anything else counts as no filter and is shown as
 * an error). */
static const char *day_filter(struct kp_req *r, const char *name)
{
	const char *v = kp_query(r, name);
	if (!v || !*v)
		return "";
	int ok = strlen(v) == 10 && v[4] == '-' && v[7] == '-';
	for (int i = 0; ok && i < 10; i++)
		if (i != 4 && i != 7 && (v[i] < '0' || v[i] > '9'))
			ok = 0;
	if (!ok) {
		kp_form_error(r, name, "Admin.Audit.DateInvalid");
		return "";
	}
	return v;
}

/* "%text%" / "text%" for LIKE, with the pattern characters taken as typed. */
static const char *like(struct kp_req *r, const char *text, int prefix_only)
{
	size_t n = strlen(text), k = 0;
	char *p = kp_arena_alloc(&r->arena, 2 * n + 3);
	if (!p)
		return "%";
	if (!prefix_only)
		p[k++] = '%';
	for (size_t i = 0; i < n; i++) {
		if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
			p[k++] = '\\';
		p[k++] = text[i];
	}
	p[k++] = '%';
	p[k] = 0;
	return p;
}

void audit_list(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const char *actor = kp_query(r, "actor"), *action = kp_query(r, "action");
	actor = actor && strlen(actor) <= 200 ? actor : "";
	action = action && strlen(action) <= 64 ? action : "";
	const char *from = day_filter(r, "from"), *to = day_filter(r, "to");
	const char *actor_like = like(r, actor, 0), *action_like = like(r, action, 1);
	long long page = kp_parse_id(kp_query(r, "page") ? kp_query(r, "page") : "1");
	struct kp_rows count, rows = {0};
#define AUDIT_ARGS                                                                                 \
	KP_STR(actor), KP_STR(actor_like), KP_STR(actor_like), KP_STR(action),                     \
	    KP_STR(action_like), KP_STR(from), KP_STR(from), KP_STR(to), KP_STR(to)
	int rc = kp_db_select(&r->arena, &admin_sql[A_AUDIT_COUNT], KP_ARGS(AUDIT_ARGS), &count);
	if (rc == KP_DB_OK) {
		long long offset =
		    kp_pager(r, kp_cell_int(&count, 0, 0), page < 1 ? 1 : page, AUDIT_PER_PAGE);
		rc = kp_db_select(&r->arena, &admin_sql[A_AUDIT_LIST],
		                  KP_ARGS(AUDIT_ARGS, KP_INT(AUDIT_PER_PAGE), KP_INT(offset)),
		                  &rows);
	}
#undef AUDIT_ARGS
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Entries.%zu.At", i),
		            kp_cell(&rows, i, 1));
		kp_setf(r, kp_cell(&rows, i, 2), "Page.Entries.%zu.ActorId", i);
		kp_setf(r, kp_cell(&rows, i, 3), "Page.Entries.%zu.Actor", i);
		kp_setf(r, kp_cell(&rows, i, 4), "Page.Entries.%zu.Ip", i);
		kp_setf(r, kp_cell(&rows, i, 5), "Page.Entries.%zu.Action", i);
		kp_setf(r, kp_cell(&rows, i, 6), "Page.Entries.%zu.Target", i);
		kp_setf(r, kp_cell(&rows, i, 7), "Page.Entries.%zu.Detail", i);
	}
	kp_set_int(r, "Page.Total", kp_cell_int(&count, 0, 0));
	kp_form_value(r, "actor", actor);
	kp_form_value(r, "action", action);
	kp_form_value(r, "from", from);
	kp_form_value(r, "to", to);
	kp_set(r, "Page.Pager.Query",
	       kp_arena_printf(&r->arena, "actor=%s&action=%s&from=%s&to=%s",
	                       kp_url_encode(&r->arena, actor), kp_url_encode(&r->arena, action),
	                       from, to));
	kp_set(r, "Page.Title", kp_t(r, "Admin.Audit.Title"));
	kp_render(r, 200, "admin/audit.cs");
}
