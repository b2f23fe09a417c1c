/* A forum's categories (moderate.h): {base}/categories/new and
 * {base}/c/ID/edit, one form for both — name, description (Markdown),
 * an optional field of action, position, retired. The network's forum
 * is the site admins', a group's forum its owners' (not while the group
 * is archived). A retired category keeps its topics and takes no new
 * ones. */
#include <string.h>

#include "markdown.h"
#include "moderate.h"

static const struct kp_field category_fields[] = {
    {"name", 4000, 0}, {"description", 32000, KP_FIELD_MULTILINE},
    {"field", 20, 0},  {"position", 20, 0},
    {"retired", 1, 0}, {NULL, 0, 0},
};

int mod_may_manage(struct kp_req *r, const struct forum_scope *s)
{
	if (s->access.settings)
		return 1;
	kp_error(r, 403);
	return 0;
}

struct category_input {
	const char *name, *description;
	long long field, position;
	int retired;
};

/* A position as people type it: an optional '-' and digits, within
 * forum_categories.position (SMALLINT). Blank is 0. */
static int position_of(const char *v, long long *out)
{
	*out = 0;
	if (!*v)
		return 1;
	const char *d = v + (*v == '-');
	if (!*d || strspn(d, "0123456789") != strlen(d) || strlen(d) > 5)
		return 0;
	long long n = 0;
	for (; *d; d++)
		n = n * 10 + (*d - '0');
	n = *v == '-' ? -n : n;
	if (n < -32768 || n > 32767)
		return 0;
	*out = n;
	return 1;
}

/* Checks the form, keeps it (Page.Form.*) and sets the messages at the
 * fields. current_field: the category's own field of action (a choice
 * even when retired; 0: none). KP_DB_* status. */
static int validate(struct kp_req *r, long long current_field, struct category_input *in)
{
	memset(in, 0, sizeof(*in));
	in->name = mod_text(r, "name", MOD_CATEGORY_MIN, MOD_CATEGORY_MAX, "ForumMod.Err.NameShort",
	                    "ForumMod.Err.NameLong");
	const char *d = kp_form(r, "description");
	in->description = d ? d : "";
	kp_form_value(r, "description", in->description);
	if (mod_chars(in->description) > MOD_DESCRIPTION_MAX)
		kp_form_error(r, "description", "ForumMod.Err.DescriptionLong");
	else if (kp_markdown_check(in->description, strlen(in->description)) != KP_MARKDOWN_OK)
		kp_form_error(r, "description", "Err.TextTooComplex");
	if (in->description[strspn(in->description, " \n\t")] == '\0')
		in->description = NULL;
	const char *field = kp_form(r, "field");
	kp_form_value(r, "field", field ? field : "");
	int rc = KP_DB_OK;
	if (field && *field) {
		in->field = kp_parse_id(field);
		struct kp_rows found = {0};
		if (in->field > 0)
			rc =
			    kp_db_select(&r->arena, &mod_sql[MOD_FIELD_EXISTS],
			                 KP_ARGS(KP_INT(in->field), KP_INT(current_field)), &found);
		if (rc == KP_DB_OK && found.count == 0)
			kp_form_error(r, "field", "Err.ChoiceInvalid");
	}
	const char *position = mod_trimmed(r, "position");
	kp_form_value(r, "position", position);
	if (!position_of(position, &in->position))
		kp_form_error(r, "position", "ForumMod.Err.PositionInvalid");
	const char *retired = kp_form(r, "retired");
	if (retired && strcmp(retired, "1") != 0)
		kp_form_error(r, "retired", "Err.ChoiceInvalid");
	in->retired = retired != NULL;
	kp_form_value(r, "retired", in->retired ? "1" : "0");
	return rc;
}

/* The form page; c: the category being edited, or NULL for a new one. */
static void form_page(struct kp_req *r, const struct forum_category *c, int status)
{
	struct kp_rows fields;
	int rc = kp_db_select(&r->arena, &mod_sql[MOD_FIELDS],
	                      KP_ARGS(KP_STR(r->lang), KP_INT(c ? c->field_id : 0)), &fields);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < fields.count; i++) {
		kp_setf(r, kp_cell(&fields, i, 0), "Page.Fields.%zu.Id", i);
		kp_setf(r, kp_cell(&fields, i, 1), "Page.Fields.%zu.Name", i);
	}
	if (c) {
		kp_set_int(r, "Page.Category.Id", c->id);
		kp_set(r, "Page.Category.Name", c->name);
	}
	kp_set(r, "Page.Title",
	       kp_t(r, c ? "ForumMod.Title.CategoryEdit" : "ForumMod.Title.CategoryNew"));
	kp_render(r, status, "forum/categories.cs");
}

void forum_mod_category_new_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	if (!forum_scope_begin(r, args, &s) || !mod_may_manage(r, &s))
		return;
	kp_form_value(r, "position", "0");
	form_page(r, NULL, 200);
}

void forum_mod_category_new_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	if (!forum_scope_begin(r, args, &s) || !mod_may_manage(r, &s) ||
	    !mod_fields_ok(r, category_fields))
		return;
	struct category_input in;
	int rc = validate(r, 0, &in);
	if (rc == KP_DB_OK && kp_form_has_errors(r)) {
		form_page(r, NULL, 422);
		return;
	}
	unsigned long long id = 0;
	if (rc == KP_DB_OK)
		rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_CATEGORY_INSERT],
		                KP_ARGS(mod_group_val(&s), KP_STR(in.name), KP_STR(in.description),
		                        in.field ? KP_INT(in.field) : KP_NULLV, KP_INT(in.position),
		                        KP_INT(in.retired)),
		                NULL, &id);
	if (rc == KP_DB_OK)
		rc = mod_audit(r, "forum.category.create", (long long)id, in.name);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "%s/c/%llu", s.base, id),
	                  "ForumModCategoryCreated");
}

/* The category of the route, in scope, for a manager of the forum's
 * categories: 1, or 0 when the answer is sent. */
static int managed_category(struct kp_req *r, const char *const *args, struct forum_scope *s,
                            struct forum_category *c)
{
	return forum_scope_begin(r, args, s) && forum_category_load(r, s, s->args[0], c) == 1 &&
	       mod_may_manage(r, s);
}

void forum_mod_category_edit_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_category c;
	if (!managed_category(r, args, &s, &c))
		return;
	struct kp_rows pos;
	int rc =
	    kp_db_select(&r->arena, &mod_sql[MOD_CATEGORY_POSITION], KP_ARGS(KP_INT(c.id)), &pos);
	if (rc != KP_DB_OK || pos.count == 0) {
		kp_db_fail(r, rc != KP_DB_OK ? rc : KP_DB_ERROR);
		return;
	}
	kp_form_value(r, "name", c.name);
	kp_form_value(r, "description", c.description ? c.description : "");
	kp_form_value(r, "field", c.field_id ? kp_arena_printf(&r->arena, "%lld", c.field_id) : "");
	kp_form_value(r, "position", kp_cell(&pos, 0, 0));
	kp_form_value(r, "retired", c.retired ? "1" : "0");
	form_page(r, &c, 200);
}

void forum_mod_category_edit_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_category c;
	if (!managed_category(r, args, &s, &c) || !mod_fields_ok(r, category_fields))
		return;
	struct category_input in;
	int rc = validate(r, c.field_id, &in);
	if (rc == KP_DB_OK && kp_form_has_errors(r)) {
		form_page(r, &c, 422);
		return;
	}
	if (rc == KP_DB_OK)
		rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_CATEGORY_UPDATE],
		                KP_ARGS(KP_STR(in.name), KP_STR(in.description),
		                        in.field ? KP_INT(in.field) : KP_NULLV, KP_INT(in.position),
		                        KP_INT(in.retired), KP_INT(c.id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = mod_audit(r, "forum.category.edit", c.id, in.name);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "%s/c/%lld", s.base, c.id),
	                  "ForumModCategorySaved");
}
