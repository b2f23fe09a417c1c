/* The contact persons of an organisation (/orgs/ID/members): the members
 * linked to it, in the order its editors chose, each with a role there;
 * editors maintain the organisation. Only for editors and site admins
 * (org_can_edit; anybody else: 404). One editor always stays: a change
 * that would leave none is refused. A linked member can end their own
 * link (POST /orgs/ID/leave). Every change is audited. */
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "common.h"
#include "orgs.h"
#include "view.h"

#define ROLE_MAX     120
#define POSITION_MAX 999

static const struct kp_field search_fields[] = {{"q", 200, 0}, {NULL, 0, 0}};
static const struct kp_field add_fields[] = {
    {"user", 20, 0}, {"role", 4000, 0}, {"q", 200, 0}, {NULL, 0, 0}};

/* The form fields of one linked member: role_ID, position_ID, editor_ID,
 * remove_ID. */
static const char *member_field(struct kp_req *r, const char *kind, const char *user_id)
{
	return kp_arena_printf(&r->arena, "%s_%s", kind, user_id);
}

/* The search for members to add: up to 10 active members not linked yet
 * whose name holds q (Page.Candidates); add_user (0: none) first, the
 * member whose "add" form is shown again with a message at its role. */
static int candidates(struct kp_req *r, long long org_id, const char *q, long long add_user)
{
	if (!*q && add_user <= 0)
		return KP_DB_OK;
	struct kp_rows c;
	int rc = kp_db_select(&r->arena, &org_sql[ORG_CANDIDATES],
	                      KP_ARGS(KP_STR(q), KP_STR(like_pattern(r, q)), KP_INT(add_user),
	                              KP_INT(org_id), KP_INT(add_user)),
	                      &c);
	if (rc != KP_DB_OK)
		return rc;
	kp_set_int(r, "Page.Searched", 1);
	for (size_t i = 0; i < c.count; i++) {
		kp_setf(r, kp_cell(&c, i, 0), "Page.Candidates.%zu.Id", i);
		kp_setf(r, kp_cell(&c, i, 1), "Page.Candidates.%zu.Name", i);
		kp_setf(r, kp_cell(&c, i, 2), "Page.Candidates.%zu.Position", i);
	}
	return KP_DB_OK;
}

/* The contact persons page. from_form: the save form's values (after an
 * error) instead of the stored ones, for the members it was sent for. q:
 * the search text for members to add; add_user: see candidates(). */
static void members_page(struct kp_req *r, const struct kp_rows *o, const struct kp_rows *m,
                         int status, int from_form, const char *q, long long add_user)
{
	long long id = kp_cell_int(o, 0, O_ID);
	int rc = candidates(r, id, q, add_user);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *role_label = kp_t(r, "Orgs.Members.Role");
	const char *position_label = kp_t(r, "Orgs.Members.Position");
	for (size_t i = 0; i < m->count; i++) {
		const char *uid = kp_cell(m, i, OM_USER_ID);
		const char *name = kp_cell(m, i, OM_NAME);
		const char *role = member_field(r, "role", uid);
		const char *position = member_field(r, "position", uid);
		const char *editor = member_field(r, "editor", uid);
		const char *remove = member_field(r, "remove", uid);
		kp_setf(r, uid, "Page.Members.%zu.Id", i);
		kp_setf(r, name, "Page.Members.%zu.Name", i);
		kp_setf(r, kp_cell(m, i, OM_ACTIVE), "Page.Members.%zu.Active", i);
		kp_setf(r, role, "Page.Members.%zu.RoleField", i);
		kp_setf(r, position, "Page.Members.%zu.PositionField", i);
		kp_setf(r, editor, "Page.Members.%zu.EditorField", i);
		kp_setf(r, remove, "Page.Members.%zu.RemoveField", i);
		/* The error summary names the person with each message. */
		kp_setf(r, kp_arena_printf(&r->arena, "%s (%s)", role_label, name),
		        "Page.Labels.%s", role);
		kp_setf(r, kp_arena_printf(&r->arena, "%s (%s)", position_label, name),
		        "Page.Labels.%s", position);
		kp_setf(r, name, "Page.Labels.%s", editor);
		kp_setf(r, name, "Page.Labels.%s", remove);
		if (from_form && kp_form(r, position)) {
			kp_form_value(r, role, org_trimmed(r, role));
			kp_form_value(r, position, kp_form(r, position));
			kp_form_value(r, editor, kp_form(r, editor));
			kp_form_value(r, remove, kp_form(r, remove));
		} else {
			kp_form_value(r, role, kp_cell(m, i, OM_ROLE));
			kp_form_value(r, position, kp_cell(m, i, OM_POSITION));
			kp_form_value(r, editor, kp_cell(m, i, OM_EDITOR));
		}
	}
	kp_set_int(r, "Page.Org.Id", id);
	kp_set(r, "Page.Org.Name", kp_cell(o, 0, O_NAME));
	kp_set(r, "Page.Labels.role", kp_t(r, "Orgs.Field.role"));
	kp_set(r, "Page.Q", q);
	kp_set(r, "Page.Title", kp_t(r, "Orgs.Title.Members"));
	kp_render(r, status, "orgs/members.cs");
}

static int load_members(struct kp_req *r, long long org_id, struct kp_rows *m)
{
	int rc = kp_db_select(&r->arena, &org_sql[ORG_MEMBERS_OF],
	                      KP_ARGS(KP_INT(org_id), KP_INT(1)), m);
	if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	return rc == KP_DB_OK ? 0 : -1;
}

/* The search text without blanks around it. */
static const char *search_text(struct kp_req *r, const char *q)
{
	char *s = kp_arena_strdup(&r->arena, q ? q : "");
	while (*s == ' ')
		s++;
	for (size_t n = strlen(s); n > 0 && s[n - 1] == ' '; n--)
		s[n - 1] = '\0';
	return s;
}

void org_members_show(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->query_params, search_fields, &bad) != 0) {
		kp_error(r, 400);
		return;
	}
	struct kp_rows o, m;
	if (org_load_editable(r, args[0], &o) != 0 ||
	    load_members(r, kp_cell_int(&o, 0, O_ID), &m) != 0)
		return;
	members_page(r, &o, &m, 200, 0, search_text(r, kp_query(r, "q")), 0);
}

/* Checks the save form's values of each member it was sent for. */
static void validate_members(struct kp_req *r, const struct kp_rows *m)
{
	for (size_t i = 0; i < m->count; i++) {
		const char *uid = kp_cell(m, i, OM_USER_ID);
		const char *position = member_field(r, "position", uid);
		const char *p = kp_form(r, position);
		if (!p)
			continue;
		const char *role = member_field(r, "role", uid);
		if (text_length(org_trimmed(r, role)) > ROLE_MAX)
			kp_form_error(r, role, "Err.TooLong");
		long long n = *p == '0' && !p[1] ? 0 : kp_parse_id(p);
		if (n < 0 || n > POSITION_MAX)
			kp_form_error(r, position, "Err.OrgPosition");
		static const char *const boxes[] = {"editor", "remove"};
		for (size_t b = 0; b < 2; b++) {
			const char *f = member_field(r, boxes[b], uid);
			const char *v = kp_form(r, f);
			if (v && strcmp(v, "1") != 0)
				kp_form_error(r, f, "Err.ChoiceInvalid");
		}
	}
}

/* How many active editors the organisation has now (in the transaction). */
static int active_editors(struct kp_req *r, long long org_id, long long *n)
{
	struct kp_rows c;
	int rc = kp_db_select(&r->arena, &org_sql[ORG_ACTIVE_EDITORS], KP_ARGS(KP_INT(org_id)), &c);
	*n = rc == KP_DB_OK ? kp_cell_int(&c, 0, 0) : 0;
	return rc;
}

/* Stores the form for each member it was sent for. *no_editor: the
 * change was not stored because no active editor would be left. */
static int save_members(struct kp_req *r, long long org_id, const struct kp_rows *m, int *no_editor)
{
	*no_editor = 0;
	struct kp_rows lock;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_LOCK], KP_ARGS(KP_INT(org_id)), &lock);
	for (size_t i = 0; rc == KP_DB_OK && i < m->count; i++) {
		const char *uid = kp_cell(m, i, OM_USER_ID);
		const char *p = kp_form(r, member_field(r, "position", uid));
		if (!p)
			continue;
		long long user = kp_cell_int(m, i, OM_USER_ID);
		if (kp_form(r, member_field(r, "remove", uid))) {
			rc = kp_db_exec(&org_sql[ORG_MEMBER_REMOVE],
			                KP_ARGS(KP_INT(org_id), KP_INT(user)), NULL, NULL);
			continue;
		}
		const char *role = org_trimmed(r, member_field(r, "role", uid));
		rc = kp_db_exec(&org_sql[ORG_MEMBER_UPDATE],
		                KP_ARGS(KP_STR(*role ? role : NULL), KP_INT(atoll(p)),
		                        KP_INT(kp_form(r, member_field(r, "editor", uid)) != NULL),
		                        KP_INT(org_id), KP_INT(user)),
		                NULL, NULL);
	}
	long long editors = 0;
	if (rc == KP_DB_OK)
		rc = active_editors(r, org_id, &editors);
	if (rc == KP_DB_OK && editors == 0) {
		*no_editor = 1;
		rc = KP_DB_CONFLICT;
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&org_sql[ORG_TOUCH], KP_ARGS(KP_INT(org_id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_audit(r->user.id, r->remote_addr, "org.members_changed", org_id, NULL);
	return kp_db_end(rc);
}

void org_members_save(struct kp_req *r, const char *const *args)
{
	struct kp_rows o, m;
	if (org_load_editable(r, args[0], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, O_ID);
	if (load_members(r, id, &m) != 0)
		return;
	/* The fields this form can have: four per linked member. */
	struct kp_field *fields = kp_arena_alloc(&r->arena, (4 * m.count + 1) * sizeof(*fields));
	if (!fields) {
		kp_error(r, 500);
		return;
	}
	static const char *const kinds[] = {"role", "position", "editor", "remove"};
	static const size_t limits[] = {4000, 20, 1, 1};
	for (size_t i = 0; i < m.count; i++)
		for (size_t k = 0; k < 4; k++)
			fields[4 * i + k] = (struct kp_field){
			    member_field(r, kinds[k], kp_cell(&m, i, OM_USER_ID)), limits[k], 0};
	fields[4 * m.count] = (struct kp_field){NULL, 0, 0};
	const char *bad = NULL;
	if (kp_fields_check(&r->form, fields, &bad) != 0) {
		kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
		kp_error(r, 400);
		return;
	}
	validate_members(r, &m);
	if (kp_form_has_errors(r)) {
		members_page(r, &o, &m, 422, 1, "", 0);
		return;
	}
	int no_editor;
	int rc = save_members(r, id, &m, &no_editor);
	if (no_editor) {
		kp_set(r, "Page.Error", kp_t(r, "Err.OrgNoEditor"));
		members_page(r, &o, &m, 422, 1, "", 0);
		return;
	}
	int still = rc == KP_DB_OK ? org_can_edit(r, id) : rc;
	if (still < 0) {
		kp_db_fail(r, still);
		return;
	}
	/* Who is no editor any more goes back to the organisation's page. */
	kp_redirect_flash(
	    r, kp_arena_printf(&r->arena, still ? "/orgs/%lld/members" : "/orgs/%lld", id),
	    "OrgMembersSaved");
}

void org_members_add(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, add_fields, &bad) != 0) {
		kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
		kp_error(r, 400);
		return;
	}
	struct kp_rows o, m;
	if (org_load_editable(r, args[0], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, O_ID);
	const char *q = search_text(r, kp_form(r, "q"));
	const char *role = org_trimmed(r, "role");
	long long user = kp_parse_id(kp_form(r, "user") ? kp_form(r, "user") : "");
	kp_setf(r, kp_form(r, "user"), "Page.AddUser");
	kp_form_value(r, "role", role);
	if (text_length(role) > ROLE_MAX)
		kp_form_error(r, "role", "Err.TooLong");
	int rc = KP_DB_OK;
	unsigned long long added = 0;
	if (!kp_form_has_errors(r) && user > 0) {
		struct kp_rows lock;
		rc = kp_db_begin();
		if (rc == KP_DB_OK)
			rc =
			    kp_db_select(&r->arena, &org_sql[ORG_LOCK], KP_ARGS(KP_INT(id)), &lock);
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&org_sql[ORG_MEMBER_ADD],
			                KP_ARGS(KP_INT(id), KP_STR(*role ? role : NULL), KP_INT(id),
			                        KP_INT(user)),
			                &added, NULL);
		if (rc == KP_DB_OK && added)
			rc = kp_db_exec(&org_sql[ORG_TOUCH], KP_ARGS(KP_INT(id)), NULL, NULL);
		if (rc == KP_DB_OK && added)
			rc = kp_audit(r->user.id, r->remote_addr, "org.member_added", id,
			              kp_arena_printf(&r->arena, "user %lld", user));
		rc = kp_db_end(rc);
	}
	if (rc == KP_DB_OK && added) {
		kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%lld/members", id),
		                  "OrgMemberAdded");
		return;
	}
	if (rc != KP_DB_OK && rc != KP_DB_DUPLICATE) {
		kp_db_fail(r, rc);
		return;
	}
	if (!kp_form_has_errors(r))
		kp_set(r, "Page.Error",
		       kp_t(r, rc == KP_DB_DUPLICATE ? "Err.OrgAlreadyLinked"
		                                     : "Err.OrgNoSuchMember"));
	if (load_members(r, id, &m) == 0)
		members_page(r, &o, &m, 422, 0, q, kp_get(r, "Page.Form.role.Error") ? user : 0);
}

enum leave_outcome { LEFT, NOT_LINKED, LAST_EDITOR };

/* Ends the signed-in member's link, unless they are not linked or are the
 * last active editor (*outcome says which; nothing changed then). */
static int leave(struct kp_req *r, long long org_id, enum leave_outcome *outcome)
{
	struct kp_rows lock, me;
	*outcome = LEFT;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_LOCK], KP_ARGS(KP_INT(org_id)), &lock);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_IS_MEMBER],
		                  KP_ARGS(KP_INT(org_id), KP_INT(r->user.id)), &me);
	if (rc == KP_DB_OK && me.count == 0) {
		*outcome = NOT_LINKED;
		rc = KP_DB_CONFLICT;
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&org_sql[ORG_MEMBER_REMOVE],
		                KP_ARGS(KP_INT(org_id), KP_INT(r->user.id)), NULL, NULL);
	if (rc == KP_DB_OK && kp_cell_int(&me, 0, 0) == 1) {
		long long editors = 0;
		rc = active_editors(r, org_id, &editors);
		if (rc == KP_DB_OK && editors == 0) {
			*outcome = LAST_EDITOR;
			rc = KP_DB_CONFLICT;
		}
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&org_sql[ORG_TOUCH], KP_ARGS(KP_INT(org_id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_audit(r->user.id, r->remote_addr, "org.member_left", org_id,
		              kp_arena_printf(&r->arena, "user %lld", r->user.id));
	return kp_db_end(rc);
}

void org_leave(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (org_load(r, args[0], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, O_ID);
	enum leave_outcome outcome;
	int rc = leave(r, id, &outcome);
	if (outcome == NOT_LINKED)
		kp_error(r, 404); /* there is no link to end */
	else if (outcome == LAST_EDITOR)
		org_show_page(r, &o, 422, "Err.OrgLastEditor");
	else if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	else
		kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%lld", id), "OrgLeft");
}
