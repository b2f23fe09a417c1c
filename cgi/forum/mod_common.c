/* What the moderation part's handlers share (moderate.h): declared
 * fields, lengths, rights, times, the topic and post a page is about,
 * and the audit entries. */
#include <string.h>

#include "audit.h"
#include "moderate.h"

int mod_fields_ok(struct kp_req *r, const struct kp_field *fields)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, fields, &bad) == 0)
		return 1;
	kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
	kp_error(r, 400);
	return 0;
}

size_t mod_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

const char *mod_trimmed(struct kp_req *r, const char *name)
{
	const char *v = kp_form(r, name);
	if (!v)
		return "";
	v += strspn(v, " \n\t");
	size_t n = strlen(v);
	while (n > 0 && strchr(" \n\t", v[n - 1]))
		n--;
	return kp_arena_strndup(&r->arena, v, n);
}

const char *mod_text(struct kp_req *r, const char *name, size_t min, size_t max,
                     const char *too_short, const char *too_long)
{
	const char *v = mod_trimmed(r, name);
	size_t n = mod_chars(v);
	kp_form_value(r, name, v);
	if (n == 0)
		kp_form_error(r, name, "Err.Required");
	else if (n < min)
		kp_form_error(r, name, too_short);
	else if (n > max)
		kp_form_error(r, name, too_long);
	return v;
}

int mod_may_moderate(struct kp_req *r, const struct forum_scope *s)
{
	if (s->access.moderate)
		return 1;
	kp_error(r, 403);
	return 0;
}

int mod_audit(struct kp_req *r, const char *action, long long target_id, const char *detail)
{
	/* audit_log.detail holds 255 characters; cut at a character
	 * boundary so that what is kept stays valid text. */
	if (detail && mod_chars(detail) > 255) {
		size_t n = 0, chars = 0;
		while (detail[n] && chars <= 255) {
			if (((unsigned char)detail[n] & 0xC0) != 0x80 && ++chars > 255)
				break;
			n++;
		}
		detail = kp_arena_strndup(&r->arena, detail, n);
	}
	return kp_audit(r->user.id, r->remote_addr, action, target_id, detail);
}

void mod_set_topic(struct kp_req *r, const struct forum_topic *t)
{
	kp_set_int(r, "Page.Topic.Id", t->id);
	kp_set(r, "Page.Topic.Title", t->title);
	kp_set_int(r, "Page.Topic.Pinned", t->pinned);
	kp_set_int(r, "Page.Topic.Locked", t->locked);
	kp_set_int(r, "Page.Category.Id", t->category_id);
	kp_set(r, "Page.Category.Name", t->category_name);
}

int mod_post_context(struct kp_req *r, const struct forum_scope *s, const struct forum_post *p,
                     struct forum_topic *t)
{
	int rc = forum_topic_load(r, s, kp_arena_printf(&r->arena, "%lld", p->topic_id), t);
	if (rc != 1)
		return rc;
	struct kp_rows author = {0};
	int db = p->created_by ? kp_db_select(&r->arena, &mod_sql[MOD_USER_NAME],
	                                      KP_ARGS(KP_INT(p->created_by)), &author)
	                       : KP_DB_OK;
	if (db != KP_DB_OK) {
		kp_db_fail(r, db);
		return -1;
	}
	mod_set_topic(r, t);
	kp_set_int(r, "Page.Post.Id", p->id);
	kp_set(r, "Page.Post.Link", mod_post_link(r, s, p->id));
	if (author.count)
		kp_set(r, "Page.Post.AuthorName", kp_cell(&author, 0, 0));
	kp_set_int(r, "Page.Post.Deleted", p->deleted);
	kp_set_int(r, "Page.Post.Hidden", p->hidden);
	kp_set_int(r, "Page.Post.IsFirst", p->id == t->first_post_id);
	if (p->hidden && p->hidden_reason)
		kp_set(r, "Page.Post.HiddenReason", p->hidden_reason);
	/* Moderators see what they act on; the text of a deleted post is
	 * nobody's to read any more. */
	if (!p->deleted)
		kp_set(r, "Page.Post.Body", p->body);
	kp_set_time(r, "Page.Post", p->created_at);
	return 1;
}

const char *mod_post_link(struct kp_req *r, const struct forum_scope *s, long long post_id)
{
	return kp_arena_printf(&r->arena, "%s/p/%lld", s->base, post_id);
}

const char *mod_topic_link(struct kp_req *r, const struct forum_scope *s, long long topic_id)
{
	return kp_arena_printf(&r->arena, "%s/t/%lld", s->base, topic_id);
}

struct kp_val mod_group_val(const struct forum_scope *s)
{
	return s->access.group_id ? KP_INT(s->access.group_id) : KP_NULLV;
}

int mod_set_targets(struct kp_req *r, const struct forum_scope *s, long long exclude, size_t *count)
{
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &mod_sql[MOD_TARGETS],
	                      KP_ARGS(mod_group_val(s), KP_INT(exclude)), &rows);
	if (rc != KP_DB_OK)
		return rc;
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Targets.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Targets.%zu.Name", i);
	}
	*count = rows.count;
	return KP_DB_OK;
}

int mod_target_category(struct kp_req *r, const struct forum_scope *s, long long exclude,
                        long long *id)
{
	const char *v = kp_form(r, "category");
	kp_form_value(r, "category", v ? v : "");
	*id = 0;
	if (!v || !*v) {
		kp_form_error(r, "category", "Err.Required");
		return KP_DB_OK;
	}
	long long n = kp_parse_id(v);
	struct kp_rows found = {0};
	int rc = n > 0 ? kp_db_select(&r->arena, &mod_sql[MOD_TARGET_CATEGORY],
	                              KP_ARGS(KP_INT(n), mod_group_val(s), KP_INT(exclude)), &found)
	               : KP_DB_OK;
	if (rc == KP_DB_OK && found.count == 0)
		kp_form_error(r, "category", "Err.ChoiceInvalid");
	else if (rc == KP_DB_OK)
		*id = n;
	return rc;
}

int mod_recount_categories(long long a, long long b)
{
	long long first = a < b ? a : b, second = a < b ? b : a;
	int rc = forum_counts_recount_category(first);
	if (rc == KP_DB_OK && second != first)
		rc = forum_counts_recount_category(second);
	return rc;
}
