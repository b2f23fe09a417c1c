/* What the pages' handlers share (pages.h): declared fields, the checks
 * of the group form (new and settings), the picture, names' initials and
 * audit entries. */
#include <string.h>

#include "audit.h"
#include "files.h"
#include "markdown.h"
#include "pages.h"

int pages_fields_ok(struct kp_req *r, const struct kp_params *p, const struct kp_field *fields)
{
	const char *bad = NULL;
	if (kp_fields_check(p, fields, &bad) == 0)
		return 1;
	kp_log_req(r, "refused field %s on %s", bad ? bad : "?", r->route);
	kp_error(r, 400);
	return 0;
}

size_t pages_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* A form field without blanks around it (arena), "" when absent. */
static const char *trimmed(struct kp_req *r, const char *name)
{
	const char *v = kp_form(r, name);
	if (!v)
		return "";
	while (*v == ' ')
		v++;
	size_t n = strlen(v);
	while (n > 0 && v[n - 1] == ' ')
		n--;
	return kp_arena_strndup(&r->arena, v, n);
}

static int visibility_valid(const char *v)
{
	return strcmp(v, "open") == 0 || strcmp(v, "closed") == 0 || strcmp(v, "private") == 0;
}

void pages_check_input(struct kp_req *r, struct group_input *in, int with_slug)
{
	memset(in, 0, sizeof(*in));
	in->name = trimmed(r, "name");
	kp_form_value(r, "name", in->name);
	if (!*in->name)
		kp_form_error(r, "name", "Err.Required");
	else if (pages_chars(in->name) > GROUP_NAME_MAX)
		kp_form_error(r, "name", "Groups.Err.NameLong");
	if (with_slug) {
		in->slug = trimmed(r, "slug");
		kp_form_value(r, "slug", in->slug);
		if (!*in->slug)
			kp_form_error(r, "slug", "Err.Required");
		else if (!group_slug_valid(in->slug))
			kp_form_error(r, "slug", "Groups.Err.SlugInvalid");
	}
	/* The description is kept as typed (blank lines and all); only
	 * blanks alone count as none. */
	const char *d = kp_form(r, "description");
	if (!d)
		d = "";
	kp_form_value(r, "description", d);
	in->description = d[strspn(d, " \n\t")] ? d : NULL;
	if (in->description) {
		enum kp_markdown_status st = kp_markdown_check(d, strlen(d));
		if (pages_chars(d) > GROUP_DESCRIPTION_MAX || st == KP_MARKDOWN_TOO_LONG)
			kp_form_error(r, "description", "Groups.Err.DescriptionLong");
		else if (st != KP_MARKDOWN_OK)
			kp_form_error(r, "description", "Err.TextTooComplex");
	}
	const char *v = kp_form(r, "visibility");
	in->visibility = v ? v : "";
	/* Only one of the offered values is shown checked again. */
	if (!*in->visibility)
		kp_form_error(r, "visibility", "Groups.Err.VisibilityMissing");
	else if (!visibility_valid(in->visibility))
		kp_form_error(r, "visibility", "Err.ChoiceInvalid");
	else
		kp_form_value(r, "visibility", in->visibility);
	/* Only the settings have the box; the new form does not read it. */
	const char *remove = with_slug ? NULL : kp_form(r, "remove_picture");
	if (remove && strcmp(remove, "1") != 0) {
		kp_form_error(r, "remove_picture", "Err.ChoiceInvalid");
	} else if (remove) {
		kp_form_value(r, "remove_picture", "1");
		in->remove_picture = 1;
	}
}

int pages_picture(struct kp_req *r, struct group_input *in)
{
	in->picture_change = 0;
	in->picture_sha256 = in->picture_mime = NULL;
	const struct kp_param *part = kp_param_get(&r->form, "picture");
	if (!part || !part->is_file || part->file_size == 0) {
		in->picture_change = in->remove_picture;
		return KP_DB_OK;
	}
	/* As organisation logos (cgi/people/image.c): at most 10 MB and 25
	 * megapixels, re-encoded to fit 400x400 with the whole picture kept
	 * (no square cut: pictures of groups are often wide). */
	static const struct kp_image_box box = {400, 400, 0};
	struct kp_upload_rules rules = {KP_UPLOAD_IMAGE, 10u << 20, 25000000ul};
	struct kp_upload up;
	struct kp_stored stored;
	enum kp_upload_status st = kp_upload_check(&r->arena, part, &rules, &up);
	if (st == KP_UPLOAD_OK)
		st = kp_upload_store(&up, &box, 1, &stored);
	switch (st) {
	case KP_UPLOAD_OK:
		in->picture_change = 1;
		in->picture_sha256 = kp_arena_strdup(&r->arena, stored.sha256);
		in->picture_mime = stored.mime;
		return KP_DB_OK;
	case KP_UPLOAD_EMPTY:
		in->picture_change = in->remove_picture;
		return KP_DB_OK;
	case KP_UPLOAD_TOO_LARGE:
		kp_form_error(r, "picture", "Err.PhotoTooLarge");
		return PICTURE_REFUSED;
	case KP_UPLOAD_TOO_MANY_PIXELS:
		kp_form_error(r, "picture", "Err.PhotoTooManyPixels");
		return PICTURE_REFUSED;
	case KP_UPLOAD_BAD_IMAGE:
		kp_form_error(r, "picture", "Err.PhotoUnreadable");
		return PICTURE_REFUSED;
	case KP_UPLOAD_BAD_EXTENSION:
	case KP_UPLOAD_DOUBLE_EXTENSION:
	case KP_UPLOAD_TYPE_MISMATCH:
		kp_log_req(r, "picture refused: %s", kp_upload_status_name(st));
		kp_form_error(r, "picture", "Err.PhotoType");
		return PICTURE_REFUSED;
	case KP_UPLOAD_NO_SPACE:
		return KP_DB_DOWN; /* the 503 page: try again later */
	case KP_UPLOAD_IO:
		break;
	}
	return KP_DB_ERROR;
}

const char *pages_initial(struct kp_req *r, const char *name)
{
	size_t n = 1;
	if (!*name)
		return "?";
	while (name[n] && ((unsigned char)name[n] & 0xC0) == 0x80)
		n++;
	char *s = kp_arena_strndup(&r->arena, name, n);
	/* Out of memory: a placeholder initial rather than none. */
	if (!s)
		return "?";
	if (n == 1 && s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 'a' + 'A');
	return s;
}

int pages_audit(struct kp_req *r, const char *action, long long group_id, const char *detail)
{
	if (detail && pages_chars(detail) > 255) {
		size_t n = 0, chars = 0;
		while (detail[n]) {
			if (((unsigned char)detail[n] & 0xC0) != 0x80 && ++chars > 255)
				break;
			n++;
		}
		detail = kp_arena_strndup(&r->arena, detail, n);
	}
	return kp_audit(r->user.id, r->remote_addr, action, group_id, detail);
}

int pages_read_form(struct kp_req *r, struct group_input *in, int with_slug)
{
	pages_check_input(r, in, with_slug);
	if (kp_form_has_errors(r))
		return KP_DB_OK;
	int rc = pages_picture(r, in);
	return rc == PICTURE_REFUSED ? KP_DB_OK : rc;
}
