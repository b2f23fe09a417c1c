/* /admin/content/fields and /admin/content/types: the fields of action and
 * the organisation types, both bilingual vocabularies that profiles,
 * organisations, offers and forum categories refer to. Create, rename,
 * order (position) and retire; never delete — a retired entry is offered
 * no more but stays for whatever refers to it, so nothing breaks. The
 * network's forum categories are listed with a link to the forum's own
 * category pages (cgi/forum/mod_category.c), which already create, rename,
 * order and retire them. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "view.h"

#define VOCAB_NAME_MAX 80

static const struct kp_field vocab_fields[] = {
    {"name_de", 400, 0}, {"name_en", 400, 0}, {"position", 10, 0}, {"retired", 1, 0}, {NULL, 0, 0}};

struct vocab {
	const char *slug;
	enum admin_stmt list, insert, update;
	const char *title_key, *audit;
};
static const struct vocab vocabs[] = {
    {"fields", A_FIELDS_LIST, A_FIELDS_INSERT, A_FIELDS_UPDATE, "Admin.Content.Title.fields",
     "content.field"},
    {"types", A_TYPES_LIST, A_TYPES_INSERT, A_TYPES_UPDATE, "Admin.Content.Title.types",
     "content.org_type"},
};

static const struct vocab *vocab_of(const char *slug)
{
	for (size_t i = 0; i < sizeof(vocabs) / sizeof(vocabs[0]); i++)
		if (strcmp(slug, vocabs[i].slug) == 0)
			return &vocabs[i];
	return NULL;
}

/* Characters, not bytes (the parsers checked the UTF-8). */
static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void content_page(struct kp_req *r, const struct vocab *v, int status)
{
	struct kp_rows rows, cats = {0};
	int rc = kp_db_select(&r->arena, &admin_sql[v->list], KP_NOARGS, &rows);
	if (rc == KP_DB_OK && strcmp(v->slug, "fields") == 0)
		rc = kp_db_select(&r->arena, &admin_sql[A_CATEGORIES_LIST], KP_NOARGS, &cats);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Items.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Items.%zu.NameDe", i);
		kp_setf(r, kp_cell(&rows, i, 2), "Page.Items.%zu.NameEn", i);
		kp_setf(r, kp_cell(&rows, i, 3), "Page.Items.%zu.Position", i);
		kp_setf(r, kp_cell(&rows, i, 4), "Page.Items.%zu.Retired", i);
	}
	for (size_t i = 0; i < cats.count; i++) {
		kp_setf(r, kp_cell(&cats, i, 0), "Page.Categories.%zu.Id", i);
		kp_setf(r, kp_cell(&cats, i, 1), "Page.Categories.%zu.Name", i);
		kp_setf(r, kp_cell(&cats, i, 2), "Page.Categories.%zu.Position", i);
		kp_setf(r, kp_cell(&cats, i, 3), "Page.Categories.%zu.Retired", i);
		kp_setf(r, kp_cell(&cats, i, 4), "Page.Categories.%zu.Topics", i);
	}
	kp_set(r, "Page.Slug", v->slug);
	kp_set(r, "Page.Title", kp_t(r, v->title_key));
	kp_render(r, status, "admin/content.cs");
}

void content_show(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const struct vocab *v = vocab_of(args[0]);
	if (!v) {
		kp_error(r, 404);
		return;
	}
	content_page(r, v, 200);
}

/* The form's entry: 0 with an error message set (Page.Error) when a value
 * is not acceptable. */
struct entry {
	const char *de, *en;
	long position;
	int retired;
};
static int read_entry(struct kp_req *r, struct entry *e)
{
	e->de = admin_form_trim(r, "name_de");
	e->en = admin_form_trim(r, "name_en");
	const char *pos = kp_form(r, "position");
	char *end = NULL;
	e->position = pos && *pos ? strtol(pos, &end, 10) : 0;
	e->retired = kp_form(r, "retired") && strcmp(kp_form(r, "retired"), "1") == 0;
	const char *problem = NULL;
	if (!*e->de || !*e->en)
		problem = "Admin.Content.NameMissing";
	else if (chars(e->de) > VOCAB_NAME_MAX || chars(e->en) > VOCAB_NAME_MAX)
		problem = "Admin.Content.NameLong";
	else if ((end && *end) || e->position < 0 || e->position > 9999)
		problem = "Admin.Content.PositionInvalid";
	if (problem)
		kp_set(r, "Page.Error", kp_t(r, problem));
	return problem == NULL;
}

/* The answer to a save: back to the list, or the list with the message
 * (a name that exists already: 422 too). */
static void saved(struct kp_req *r, const struct vocab *v, int rc)
{
	if (rc == KP_DB_DUPLICATE) {
		kp_set(r, "Page.Error", kp_t(r, "Admin.Content.NameTaken"));
		content_page(r, v, 422);
	} else if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
	} else {
		kp_redirect_flash(r, kp_arena_printf(&r->arena, "/admin/content/%s", v->slug),
		                  "AdminSaved");
	}
}

void content_create(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const struct vocab *v = vocab_of(args[0]);
	if (!v) {
		kp_error(r, 404);
		return;
	}
	struct entry e;
	if (!admin_fields_ok(r, vocab_fields))
		return;
	if (!read_entry(r, &e)) {
		content_page(r, v, 422);
		return;
	}
	unsigned long long id = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[v->insert],
		                KP_ARGS(KP_STR(e.de), KP_STR(e.en), KP_INT(e.position)), NULL, &id);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, kp_arena_printf(&r->arena, "%s.create", v->audit),
		                 (long long)id, e.de);
	saved(r, v, kp_db_end(rc));
}

void content_update(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const struct vocab *v = vocab_of(args[0]);
	long long id = kp_parse_id(args[1]);
	if (!v || id <= 0) {
		kp_error(r, 404);
		return;
	}
	struct entry e;
	if (!admin_fields_ok(r, vocab_fields))
		return;
	if (!read_entry(r, &e)) {
		content_page(r, v, 422);
		return;
	}
	unsigned long long n = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[v->update],
		                KP_ARGS(KP_STR(e.de), KP_STR(e.en), KP_INT(e.position),
		                        KP_INT(e.retired), KP_INT(id)),
		                &n, NULL);
	/* n == 0: no such entry, or nothing changed: nothing to note. */
	if (rc == KP_DB_OK && n)
		rc = admin_audit(
		    r,
		    kp_arena_printf(&r->arena, "%s.%s", v->audit, e.retired ? "retire" : "update"),
		    id, kp_arena_printf(&r->arena, "%s / %s (%ld)", e.de, e.en, e.position));
	saved(r, v, kp_db_end(rc));
}
