/* The user's own way into a group and out of it (members.h): join (open
 * group), request (closed group), cancel one's request, accept or decline
 * an invitation, leave. access.h decides who may; a state that makes the
 * action meaningless (joining as a member) is a 403 as well. Nothing but
 * leaving changes an archived group. Each change is one transaction: the
 * group's row locked first, then the user's row, the change, the recount
 * (kp_group_recount) and the notifications. */
#include <string.h>

#include "members.h"
#include "pages.h"

/* The forms carry nothing but the CSRF token. */
static const struct kp_field no_fields[] = {{NULL, 0, 0}};

const char *members_url(struct kp_req *r, const struct kp_access *a)
{
	return kp_arena_printf(&r->arena, "/g/%s/members", a->slug);
}

int members_lock_group(struct kp_req *r, long long group_id, int archived_ok,
                       const char **visibility)
{
	struct kp_rows g;
	int rc = kp_db_select(&r->arena, &members_sql[MEMBERS_LOCK_GROUP],
	                      KP_ARGS(KP_INT(group_id)), &g);
	if (rc != KP_DB_OK)
		return rc;
	if (g.count == 0 || (!archived_ok && kp_cell_int(&g, 0, 0)))
		return MEMBERS_GONE;
	if (visibility)
		*visibility = kp_cell(&g, 0, 1);
	return KP_DB_OK;
}

int members_actor(struct kp_req *r, long long group_id, int *manage, int *owner)
{
	const char *role, *state;
	*manage = *owner = 0;
	int rc = members_row(r, group_id, r->user.id, &role, &state);
	if (rc == KP_DB_OK && state && strcmp(state, "active") == 0) {
		*owner = strcmp(role, "owner") == 0;
		*manage = *owner || strcmp(role, "moderator") == 0;
	}
	return rc;
}

int members_notes_delete(long long group_id, const char *kind, long long actor, long long user)
{
	struct kp_val a = actor ? KP_INT(actor) : KP_NULLV, u = user ? KP_INT(user) : KP_NULLV;
	return kp_db_exec(&members_sql[MEMBERS_NOTES_DELETE],
	                  KP_ARGS(KP_INT(group_id), KP_STR(kind), a, a, u, u), NULL, NULL);
}

int members_row(struct kp_req *r, long long group_id, long long user_id, const char **role,
                const char **state)
{
	struct kp_rows m;
	*role = *state = NULL;
	int rc = kp_db_select(&r->arena, &members_sql[MEMBERS_ROW_LOCK],
	                      KP_ARGS(KP_INT(group_id), KP_INT(user_id)), &m);
	if (rc == KP_DB_OK && m.count) {
		*role = kp_cell(&m, 0, 0);
		*state = kp_cell(&m, 0, 1);
	}
	return rc;
}

int members_last_owner(struct kp_req *r, long long group_id, long long user, const char *role,
                       int *last)
{
	*last = 0;
	if (!role || strcmp(role, "owner") != 0)
		return KP_DB_OK;
	struct kp_rows c;
	int rc =
	    kp_db_select(&r->arena, &members_sql[MEMBERS_OWNERS], KP_ARGS(KP_INT(group_id)), &c);
	if (rc != KP_DB_OK)
		return rc;
	*last = 1;
	for (size_t i = 0; i < c.count; i++)
		if (kp_cell_int(&c, i, 0) != user)
			*last = 0;
	return rc;
}

int members_notify(struct kp_req *r, const char *kind, long long user_id, long long group_id)
{
	return kp_db_exec(&members_sql[MEMBERS_NOTIFY],
	                  KP_ARGS(KP_STR(kind), KP_INT(r->user.id), KP_INT(group_id),
	                          KP_INT(user_id), KP_INT(r->user.id)),
	                  NULL, NULL);
}

/* The kinds of one's own change. */
enum own_change { OWN_JOIN, OWN_REQUEST, OWN_CANCEL, OWN_ACCEPT, OWN_DECLINE, OWN_LEAVE };

/* The change in one transaction; a status or MEMBERS_*. */
static int own_change(struct kp_req *r, const struct kp_access *a, enum own_change what)
{
	long long g = a->group_id, me = r->user.id;
	const char *role, *state, *visibility = NULL;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = members_lock_group(r, g, what == OWN_LEAVE, &visibility);
	if (rc == KP_DB_OK)
		rc = members_row(r, g, me, &role, &state);
	if (rc != KP_DB_OK)
		return kp_db_end(rc);
	/* The way in by the locked row's visibility: it may have changed
	 * since access.h looked. */
	if ((what == OWN_JOIN && strcmp(visibility, "open") != 0) ||
	    (what == OWN_REQUEST && strcmp(visibility, "closed") != 0))
		return kp_db_end(MEMBERS_NOT_NOW);
	/* Already done (a second click that waited for the first): nothing
	 * to change, the same answer. */
	static const char *const done[] = {"active", "requested", NULL, "active", NULL, NULL};
	if (done[what] ? state && strcmp(state, done[what]) == 0 : !state)
		return kp_db_end(MEMBERS_SAME);
	/* The state access.h saw, checked again under the lock. */
	static const char *const expected[] = {NULL,      NULL,      "requested",
	                                       "invited", "invited", "active"};
	const char *want = expected[what];
	if (want ? !state || strcmp(state, want) != 0 : state != NULL)
		return kp_db_end(MEMBERS_NO_ROW);
	switch (what) {
	case OWN_JOIN:
	case OWN_REQUEST:
		rc = kp_db_exec(&members_sql[MEMBERS_INSERT],
		                KP_ARGS(KP_INT(g), KP_INT(me),
		                        KP_STR(what == OWN_JOIN ? "active" : "requested"), KP_NULLV,
		                        KP_NULLV),
		                NULL, NULL);
		if (rc == KP_DB_OK && what == OWN_REQUEST)
			rc = kp_db_exec(&members_sql[MEMBERS_NOTIFY_MANAGERS],
			                KP_ARGS(KP_INT(me), KP_INT(g), KP_INT(me)), NULL, NULL);
		break;
	case OWN_ACCEPT:
		rc = kp_db_exec(&members_sql[MEMBERS_ACTIVATE],
		                KP_ARGS(KP_NULLV, KP_INT(g), KP_INT(me), KP_STR("invited")), NULL,
		                NULL);
		break;
	case OWN_LEAVE: {
		int last = 0;
		rc = members_last_owner(r, g, me, role, &last);
		if (rc == KP_DB_OK && last)
			rc = MEMBERS_LAST_OWNER;
	}
		/* fall through */
	case OWN_CANCEL:
	case OWN_DECLINE:
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&members_sql[MEMBERS_DELETE],
			                KP_ARGS(KP_INT(g), KP_INT(me), KP_STR(want)), NULL, NULL);
		/* The managers' notes of a withdrawn request, the note of a
		 * declined invitation: about nothing now. */
		if (rc == KP_DB_OK && what == OWN_CANCEL)
			rc = members_notes_delete(g, "group_request", me, 0);
		if (rc == KP_DB_OK && what == OWN_DECLINE)
			rc = members_notes_delete(g, "group_invite", 0, me);
		break;
	}
	if (rc == KP_DB_OK)
		rc = kp_group_recount(g);
	return kp_db_end(rc);
}

static void own(struct kp_req *r, const char *const *args, enum own_change what)
{
	struct kp_access a;
	if (!pages_fields_ok(r, &r->form, no_fields) || !group_begin(r, args, &a))
		return;
	int may = 0;
	switch (what) {
	case OWN_JOIN:
		may = a.join;
		break;
	case OWN_REQUEST:
		may = a.request;
		break;
	case OWN_CANCEL:
		may = a.state == KP_GSTATE_REQUESTED && !a.archived;
		break;
	case OWN_ACCEPT:
	case OWN_DECLINE:
		may = a.state == KP_GSTATE_INVITED && !a.archived;
		break;
	case OWN_LEAVE:
		may = a.state == KP_GSTATE_ACTIVE;
		break;
	}
	if (!may) {
		kp_error(r, 403);
		return;
	}
	int rc = own_change(r, &a, what);
	/* Changed meanwhile (a second click, an archiving): the state the
	 * page offered is gone. */
	if (rc == MEMBERS_GONE || rc == MEMBERS_NO_ROW || rc == MEMBERS_NOT_NOW ||
	    rc == KP_DB_DUPLICATE) {
		kp_error(r, 403);
		return;
	}
	if (rc == MEMBERS_LAST_OWNER) {
		kp_redirect_flash(r, members_url(r, &a), "GroupMembersLastOwner");
		return;
	}
	if (rc != KP_DB_OK && rc != MEMBERS_SAME) {
		kp_db_fail(r, rc);
		return;
	}
	static const char *const flash[] = {"GroupMembersJoined",    "GroupMembersRequested",
	                                    "GroupMembersCancelled", "GroupMembersAccepted",
	                                    "GroupMembersDeclined",  "GroupMembersLeft"};
	const char *home = kp_arena_printf(&r->arena, "/g/%s", a.slug);
	/* Who declined or left a private group cannot see it any more. */
	if ((what == OWN_DECLINE || what == OWN_LEAVE) && a.visibility == KP_VIS_PRIVATE)
		home = "/groups";
	kp_redirect_flash(r, home, flash[what]);
}

void members_join(struct kp_req *r, const char *const *args)
{
	own(r, args, OWN_JOIN);
}

void members_request(struct kp_req *r, const char *const *args)
{
	own(r, args, OWN_REQUEST);
}

void members_cancel(struct kp_req *r, const char *const *args)
{
	own(r, args, OWN_CANCEL);
}

void members_accept(struct kp_req *r, const char *const *args)
{
	own(r, args, OWN_ACCEPT);
}

void members_decline(struct kp_req *r, const char *const *args)
{
	own(r, args, OWN_DECLINE);
}

void members_leave(struct kp_req *r, const char *const *args)
{
	own(r, args, OWN_LEAVE);
}
