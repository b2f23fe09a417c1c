/* What the owners and moderators of a group do with its members
 * (access.manage_members; nothing in an archived group): invite by name
 * or by e-mail, approve or refuse a request, withdraw an invitation,
 * remove a member, change a member's role. Moderators never touch owners
 * and never make one; only owners hand ownership over. The last active
 * owner is never removed or demoted (the group's row is locked first, so
 * two such changes at once wait for each other and the second sees the
 * first). Each change: one transaction with the recount, the
 * notification and the audit entry. The ID of a URL is the user's. */
#include <string.h>

#include "auth.h"
#include "config.h"
#include "crypto.h"
#include "mail.h"
#include "members.h"
#include "pages.h"
#include "token.h"

static const struct kp_field no_fields[] = {{NULL, 0, 0}};
static const struct kp_field role_fields[] = {{"role", 40, 0}, {NULL, 0, 0}};
static const struct kp_field invite_fields[] = {{"who", 1000, 0}, {"user_id", 20, 0}, {NULL, 0, 0}};

/* The manager's actions on one row. */
enum manage { M_APPROVE, M_REFUSE, M_WITHDRAW, M_REMOVE, M_ROLE };

/* The change in one transaction (target user, new role for M_ROLE). */
static int manage_change(struct kp_req *r, const struct kp_access *a, enum manage what,
                         long long target, const char *new_role)
{
	static const char *const expected[] = {"requested", "requested", "invited", "active",
	                                       "active"};
	long long g = a->group_id;
	const char *role, *state;
	int manager = 0, owner = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = members_lock_group(r, g, 0, NULL);
	if (rc == KP_DB_OK)
		rc = members_actor(r, g, &manager, &owner);
	if (rc == KP_DB_OK && !manager)
		rc = MEMBERS_NOT_NOW;
	if (rc == KP_DB_OK)
		rc = members_row(r, g, target, &role, &state);
	if (rc != KP_DB_OK)
		return kp_db_end(rc);
	/* Already done (a second click): approved, gone, the role asked. */
	if ((what == M_APPROVE && state && strcmp(state, "active") == 0) ||
	    ((what == M_REFUSE || what == M_WITHDRAW || what == M_REMOVE) && !state) ||
	    (what == M_ROLE && state && strcmp(state, "active") == 0 &&
	     strcmp(role, new_role) == 0))
		return kp_db_end(MEMBERS_SAME);
	if (!state || strcmp(state, expected[what]) != 0)
		return kp_db_end(MEMBERS_NO_ROW);
	if ((what == M_REMOVE || what == M_ROLE) && !owner &&
	    (strcmp(role, "owner") == 0 || (new_role && strcmp(new_role, "owner") == 0)))
		return kp_db_end(MEMBERS_NOT_YOURS);
	if (what == M_REMOVE || (what == M_ROLE && strcmp(new_role, "owner") != 0)) {
		int last = 0;
		rc = members_last_owner(r, g, target, role, &last);
		if (rc == KP_DB_OK && last)
			rc = MEMBERS_LAST_OWNER;
	}
	const char *audit = NULL, *detail = kp_arena_printf(&r->arena, "user %lld", target);
	switch (what) {
	case M_APPROVE:
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&members_sql[MEMBERS_ACTIVATE],
			                KP_ARGS(KP_INT(r->user.id), KP_INT(g), KP_INT(target),
			                        KP_STR("requested")),
			                NULL, NULL);
		audit = "group.member_approved";
		break;
	case M_REFUSE:
	case M_WITHDRAW:
	case M_REMOVE:
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&members_sql[MEMBERS_DELETE],
			                KP_ARGS(KP_INT(g), KP_INT(target), KP_STR(expected[what])),
			                NULL, NULL);
		audit = what == M_REFUSE     ? "group.member_refused"
		        : what == M_WITHDRAW ? "group.invitation_withdrawn"
		                             : "group.member_removed";
		break;
	case M_ROLE:
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&members_sql[MEMBERS_SET_ROLE],
			                KP_ARGS(KP_STR(new_role), KP_INT(g), KP_INT(target)), NULL,
			                NULL);
		audit = "group.member_role";
		detail = kp_arena_printf(&r->arena, "user %lld: %s → %s", target, role, new_role);
		break;
	}
	/* A decided request: the other managers' notes about it are moot; so
	 * is the invitation's note once it is withdrawn. */
	if (rc == KP_DB_OK && (what == M_APPROVE || what == M_REFUSE))
		rc = members_notes_delete(g, "group_request", target, 0);
	if (rc == KP_DB_OK && what == M_WITHDRAW)
		rc = members_notes_delete(g, "group_invite", 0, target);
	if (rc == KP_DB_OK) {
		static const char *const note[] = {"group_approved", "group_refused", NULL,
		                                   "group_removed", NULL};
		if (note[what])
			rc = members_notify(r, note[what], target, g);
	}
	if (rc == KP_DB_OK)
		rc = kp_group_recount(g);
	if (rc == KP_DB_OK)
		rc = pages_audit(r, audit, g, detail);
	return kp_db_end(rc);
}

static int role_valid(const char *v)
{
	return v &&
	       (strcmp(v, "member") == 0 || strcmp(v, "moderator") == 0 || strcmp(v, "owner") == 0);
}

static void manage(struct kp_req *r, const char *const *args, enum manage what)
{
	struct kp_access a;
	if (!pages_fields_ok(r, &r->form, what == M_ROLE ? role_fields : no_fields) ||
	    !group_begin(r, args, &a))
		return;
	if (!a.manage_members) {
		kp_error(r, 403);
		return;
	}
	long long target = kp_parse_id(args[1]);
	if (target < 1) {
		kp_error(r, 404);
		return;
	}
	const char *new_role = NULL;
	if (what == M_ROLE) {
		new_role = kp_form(r, "role");
		if (!role_valid(new_role)) {
			kp_error(r, 400);
			return;
		}
	}
	int rc = manage_change(r, &a, what, target, new_role);
	switch (rc) {
	case KP_DB_OK:
		break;
	case MEMBERS_NO_ROW:
		kp_error(r, 404);
		return;
	case MEMBERS_SAME:
		break;
	case MEMBERS_GONE:
	case MEMBERS_NOT_YOURS:
	case MEMBERS_NOT_NOW:
		kp_error(r, 403);
		return;
	case MEMBERS_LAST_OWNER:
		kp_redirect_flash(r, members_url(r, &a), "GroupMembersLastOwner");
		return;
	default:
		kp_db_fail(r, rc);
		return;
	}
	static const char *const flash[] = {"GroupMembersApproved", "GroupMembersRefused",
	                                    "GroupMembersWithdrawn", "GroupMembersRemoved",
	                                    "GroupMembersRoleChanged"};
	kp_redirect_flash(r, members_url(r, &a), flash[what]);
}

void members_approve(struct kp_req *r, const char *const *args)
{
	manage(r, args, M_APPROVE);
}

void members_refuse(struct kp_req *r, const char *const *args)
{
	manage(r, args, M_REFUSE);
}

void members_withdraw(struct kp_req *r, const char *const *args)
{
	manage(r, args, M_WITHDRAW);
}

void members_remove(struct kp_req *r, const char *const *args)
{
	manage(r, args, M_REMOVE);
}

void members_role(struct kp_req *r, const char *const *args)
{
	manage(r, args, M_ROLE);
}

/* ---- invitations ---------------------------------------------------------- */

/* Answers of invite_user besides the db statuses: the row that is there. */
enum { INVITE_ACTIVE = 10, INVITE_INVITED, INVITE_REQUESTED, INVITE_LIMIT };

/* Begins an invitation's transaction: the group's row locked, the
 * inviter's own rights read again under it (MEMBERS_NOT_NOW when they are
 * no manager any more). */
static int invite_begin(struct kp_req *r, const struct kp_access *a)
{
	int manager = 0, owner = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = members_lock_group(r, a->group_id, 0, NULL);
	if (rc == KP_DB_OK)
		rc = members_actor(r, a->group_id, &manager, &owner);
	if (rc == KP_DB_OK && !manager)
		rc = MEMBERS_NOT_NOW;
	return rc;
}

/* Inside an e-mail invitation's transaction: the inviter's row locked (so
 * that two invitations of one inviter wait for each other), then the
 * day's count; INVITE_LIMIT at the limit. */
static int mail_limit(struct kp_req *r)
{
	struct kp_rows n;
	int rc = kp_db_select(&r->arena, &members_sql[MEMBERS_LOCK_INVITER],
	                      KP_ARGS(KP_INT(r->user.id)), &n);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &members_sql[MEMBERS_MAIL_INVITES_TODAY],
		                  KP_ARGS(KP_INT(r->user.id), KP_INT(r->user.id)), &n);
	if (rc == KP_DB_OK && kp_cell_int(&n, 0, 0) >= MEMBERS_MAIL_INVITES_PER_DAY)
		rc = INVITE_LIMIT;
	return rc;
}

/* Invites the account target (active, checked by the caller) into the
 * group: a row 'invited', a notification, an audit entry. email: the
 * address typed for an invitation by e-mail (counted toward the day's
 * limit, shown instead of the account), else NULL. An invitation changes
 * no count. */
static int invite_user(struct kp_req *r, const struct kp_access *a, long long target,
                       const char *email)
{
	long long g = a->group_id;
	const char *role, *state;
	int rc = invite_begin(r, a);
	if (rc == KP_DB_OK && email)
		rc = mail_limit(r);
	if (rc == KP_DB_OK)
		rc = members_row(r, g, target, &role, &state);
	if (rc == KP_DB_OK && state)
		rc = strcmp(state, "active") == 0    ? INVITE_ACTIVE
		     : strcmp(state, "invited") == 0 ? INVITE_INVITED
		                                     : INVITE_REQUESTED;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&members_sql[MEMBERS_INSERT],
		                KP_ARGS(KP_INT(g), KP_INT(target), KP_STR("invited"),
		                        KP_INT(r->user.id), email ? KP_STR(email) : KP_NULLV),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = members_notify(r, "group_invite", target, g);
	if (rc == KP_DB_OK)
		rc = pages_audit(r, "group.member_invited", g,
		                 email ? email : kp_arena_printf(&r->arena, "user %lld", target));
	return kp_db_end(rc);
}

/* s with every mark replaced by value (arena). */
static const char *replace_all(struct kp_req *r, const char *s, const char *mark, const char *value)
{
	const char *out = "";
	const char *hit;
	size_t ml = strlen(mark);
	while ((hit = strstr(s, mark))) {
		out = kp_arena_printf(&r->arena, "%s%.*s%s", out, (int)(hit - s), s, value);
		s = hit + ml;
	}
	return kp_arena_printf(&r->arena, "%s%s", out, s);
}

/* An invitation link into the group for an address without an account,
 * and its mail (Lang.Mail.GroupInvite: {name} who invites, {group} the
 * group, {link}, {site}), in the site's language: the invited person has
 * no language of their own yet. */
static int invite_email(struct kp_req *r, const struct kp_access *a, const char *email)
{
	char token[KP_TOKEN_LEN + 1];
	int rc = invite_begin(r, a);
	if (rc == KP_DB_OK)
		rc = mail_limit(r);
	if (rc == KP_DB_OK)
		rc = kp_token_issue_group_invite(email, r->user.id, a->group_id, kp_cfg.invite_ttl,
		                                 token);
	if (rc == KP_DB_OK) {
		const char *link =
		    kp_arena_printf(&r->arena, "%s/invite/%s", kp_cfg.base_url, token);
		const char *lang = kp_cfg.lang;
		const char *subject =
		    kp_text_fill(&r->arena, lang, "Mail.GroupInvite.Subject", r->user.name, link);
		const char *body =
		    kp_text_fill(&r->arena, lang, "Mail.GroupInvite.Body", r->user.name, link);
		rc = kp_mail_enqueue(email, replace_all(r, subject, "{group}", a->name),
		                     replace_all(r, body, "{group}", a->name));
	}
	if (rc == KP_DB_OK)
		rc = pages_audit(r, "group.invited_by_email", a->group_id, email);
	return kp_db_end(rc);
}

/* An e-mail invitation that leads nowhere (the account cannot sign in, or
 * is in the group already): nothing happens, but it counts toward the
 * day's limit, as a spent link that nobody received. */
static int invite_nowhere(struct kp_req *r, const struct kp_access *a, const char *email)
{
	char token[KP_TOKEN_LEN + 1];
	unsigned char hash[32];
	int rc = invite_begin(r, a);
	if (rc == KP_DB_OK)
		rc = mail_limit(r);
	if (rc == KP_DB_OK && kp_token_new(token) != 0)
		rc = KP_DB_ERROR;
	if (rc == KP_DB_OK) {
		kp_sha256(token, strlen(token), hash);
		rc = kp_db_exec(&members_sql[MEMBERS_MAIL_SPENT],
		                KP_ARGS(KP_BLOB(hash, 32), KP_STR(email), KP_INT(r->user.id),
		                        KP_INT(a->group_id)),
		                NULL, NULL);
	}
	return kp_db_end(rc);
}

/* The members page again with the invite form's message (422). */
/* The answer to a manager's change: 403 when the group or the manager's
 * right went meanwhile, the database's failure, or back to the members
 * page with flash. */
static void answer(struct kp_req *r, int rc, const struct kp_access *a, const char *flash)
{
	if (rc == MEMBERS_GONE || rc == MEMBERS_NOT_NOW)
		kp_error(r, 403);
	else if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	else
		kp_redirect_flash(r, members_url(r, a), flash);
}

static void invite_refused(struct kp_req *r, const struct kp_access *a, const char *key)
{
	kp_form_error(r, "who", key);
	members_page(r, a, 1, 422);
}

static void invited(struct kp_req *r, const struct kp_access *a, int rc)
{
	static const char *const flash[] = {"GroupMembersAlreadyActive",
	                                    "GroupMembersAlreadyInvited",
	                                    "GroupMembersAlreadyRequested"};
	if (rc >= INVITE_ACTIVE && rc <= INVITE_REQUESTED) {
		kp_redirect_flash(r, members_url(r, a), flash[rc - INVITE_ACTIVE]);
		return;
	}
	answer(r, rc, a, "GroupMembersInvited");
}

/* By e-mail: an active account with the address is invited as by name,
 * but shown by the address; otherwise, when no account has it, a link is
 * mailed. The answer is the same in every case (nobody learns whether an
 * address has an account), and every one counts toward the day's limit. */
static void invite_by_email(struct kp_req *r, const struct kp_access *a, const char *who)
{
	char *email = kp_arena_strdup(&r->arena, who);
	if (kp_email_normalise(email) != 0) {
		invite_refused(r, a, "GroupMembers.Err.EmailInvalid");
		return;
	}
	struct kp_rows u;
	int rc = kp_db_select(&r->arena, &members_sql[MEMBERS_USER_BY_EMAIL],
	                      KP_ARGS(KP_STR(email)), &u);
	if (rc == KP_DB_OK && u.count == 0)
		rc = invite_email(r, a, email);
	else if (rc == KP_DB_OK && strcmp(kp_cell(&u, 0, 1), "active") == 0)
		rc = invite_user(r, a, kp_cell_int(&u, 0, 0), email);
	else if (rc == KP_DB_OK)
		rc = invite_nowhere(r, a, email);
	/* One with a row in the group already: nothing to do, and nothing
	 * said about it — but counted. */
	if (rc >= INVITE_ACTIVE && rc <= INVITE_REQUESTED)
		rc = invite_nowhere(r, a, email);
	if (rc == INVITE_LIMIT) {
		kp_redirect_flash(r, members_url(r, a), "GroupMembersMailLimit");
		return;
	}
	answer(r, rc, a, "GroupMembersMailed");
}

/* A LIKE pattern for names starting with s (arena). */
static const char *prefix_pattern(struct kp_req *r, const char *s)
{
	char *p = kp_arena_alloc(&r->arena, 2 * strlen(s) + 2);
	if (!p)
		return NULL;
	size_t o = 0;
	for (; *s; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			p[o++] = '\\';
		p[o++] = *s;
	}
	p[o++] = '%';
	p[o] = '\0';
	return p;
}

/* By name: exactly one active member whose name starts so is invited;
 * several: the page again with up to MEMBERS_CHOICES_MAX of them to
 * choose from (field user_id); none: a message at the field. */
static void invite_by_name(struct kp_req *r, const struct kp_access *a, const char *who)
{
	if (pages_chars(who) < 3) {
		invite_refused(r, a, "GroupMembers.Err.NameShort");
		return;
	}
	struct kp_rows m;
	const char *pattern = prefix_pattern(r, who);
	if (!pattern) {
		kp_error(r, 503);
		return;
	}
	int rc = kp_db_select(&r->arena, &members_sql[MEMBERS_FIND_NAME],
	                      KP_ARGS(KP_STR(pattern), KP_INT(MEMBERS_CHOICES_MAX + 1)), &m);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (m.count == 0) {
		invite_refused(r, a, "GroupMembers.Err.NobodyFound");
		return;
	}
	if (m.count == 1) {
		invited(r, a, invite_user(r, a, kp_cell_int(&m, 0, 0), NULL));
		return;
	}
	size_t shown = m.count > MEMBERS_CHOICES_MAX ? MEMBERS_CHOICES_MAX : m.count;
	for (size_t i = 0; i < shown; i++) {
		kp_setf(r, kp_cell(&m, i, 0), "Page.Choices.%zu.Id", i);
		kp_setf(r, kp_cell(&m, i, 1), "Page.Choices.%zu.Name", i);
		if (kp_cell(&m, i, 3))
			kp_setf(r, kp_cell(&m, i, 3), "Page.Choices.%zu.Org", i);
	}
	kp_set_int(r, "Page.ChoicesMore", m.count > MEMBERS_CHOICES_MAX);
	members_page(r, a, 1, 200);
}

void members_invite(struct kp_req *r, const char *const *args)
{
	struct kp_access a;
	if (!pages_fields_ok(r, &r->form, invite_fields) || !group_begin(r, args, &a))
		return;
	if (!a.manage_members) {
		kp_error(r, 403);
		return;
	}
	/* Blanks around what was typed are not part of it. */
	const char *v = kp_form(r, "who");
	if (!v)
		v = "";
	while (*v == ' ')
		v++;
	size_t n = strlen(v);
	while (n > 0 && v[n - 1] == ' ')
		n--;
	const char *who = kp_arena_strndup(&r->arena, v, n);
	kp_form_value(r, "who", who);
	const char *uid = kp_form(r, "user_id");
	if (uid && *uid) {
		long long target = kp_parse_id(uid);
		struct kp_rows u = {0};
		int rc = target > 0 ? kp_db_select(&r->arena, &members_sql[MEMBERS_USER_ACTIVE],
		                                   KP_ARGS(KP_INT(target)), &u)
		                    : KP_DB_OK;
		if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		}
		if (u.count == 0) {
			invite_refused(r, &a, "GroupMembers.Err.NobodyFound");
			return;
		}
		invited(r, &a, invite_user(r, &a, target, NULL));
		return;
	}
	if (!*who) {
		invite_refused(r, &a, "Err.Required");
		return;
	}
	if (strchr(who, '@'))
		invite_by_email(r, &a, who);
	else
		invite_by_name(r, &a, who);
}

/* ---- withdrawing an invitation by e-mail ---------------------------------- */

static const struct kp_field mail_fields[] = {{"email", 254, 0}, {NULL, 0, 0}};

/* In one transaction: the link ID spent; or, for ID 0, the account
 * invited by the address email: its row gone, with its note. */
static int mail_withdraw(struct kp_req *r, const struct kp_access *a, long long id,
                         const char *email)
{
	long long g = a->group_id;
	int rc = invite_begin(r, a);
	if (rc == KP_DB_OK && id > 0) {
		unsigned long long changed = 0;
		rc = kp_db_exec(&members_sql[MEMBERS_MAIL_WITHDRAW], KP_ARGS(KP_INT(id), KP_INT(g)),
		                &changed, NULL);
		if (rc == KP_DB_OK && !changed)
			rc = MEMBERS_NO_ROW;
	} else if (rc == KP_DB_OK) {
		struct kp_rows u;
		rc = kp_db_select(&r->arena, &members_sql[MEMBERS_BY_INVITED_EMAIL],
		                  KP_ARGS(KP_INT(g), KP_STR(email)), &u);
		if (rc == KP_DB_OK && u.count == 0)
			rc = MEMBERS_NO_ROW;
		long long target = rc == KP_DB_OK ? kp_cell_int(&u, 0, 0) : 0;
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&members_sql[MEMBERS_DELETE],
			                KP_ARGS(KP_INT(g), KP_INT(target), KP_STR("invited")), NULL,
			                NULL);
		if (rc == KP_DB_OK)
			rc = members_notes_delete(g, "group_invite", 0, target);
	}
	if (rc == KP_DB_OK)
		rc = pages_audit(r, "group.invitation_withdrawn", g,
		                 id > 0 ? kp_arena_printf(&r->arena, "token %lld", id) : email);
	return kp_db_end(rc);
}

void members_mail_withdraw(struct kp_req *r, const char *const *args)
{
	struct kp_access a;
	if (!pages_fields_ok(r, &r->form, mail_fields) || !group_begin(r, args, &a))
		return;
	if (!a.manage_members) {
		kp_error(r, 403);
		return;
	}
	/* ID 0: an account invited by the address in the field email. */
	long long id = strcmp(args[1], "0") == 0 ? 0 : kp_parse_id(args[1]);
	const char *email = kp_form(r, "email");
	if ((id == 0 && strcmp(args[1], "0") != 0) || id < 0 || (id == 0 && (!email || !*email))) {
		kp_error(r, 404);
		return;
	}
	int rc = mail_withdraw(r, &a, id, email);
	if (rc == MEMBERS_NO_ROW) {
		kp_error(r, 404);
		return;
	}
	answer(r, rc, &a, "GroupMembersWithdrawn");
}
