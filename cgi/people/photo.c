/* Profile photos: upload (re-encoded by libgd through core/files, which
 * strips EXIF including location), serving from the file store through
 * nginx (X-Accel-Redirect), and an initials avatar for members without a
 * photo, drawn as a small SVG. */
#include <stdio.h>
#include <string.h>

#include "files.h"
#include "people.h"
#include "view.h"

/* The first letter (code point) of the first and of the last word. */
static const char *initials(struct kp_req *r, const char *name)
{
	char out[16];
	size_t o = 0;
	const char *last = NULL;
	for (const char *p = name; *p; p++)
		if ((p == name || p[-1] == ' ') && *p != ' ')
			last = p;
	const char *starts[2] = {name, last != name ? last : NULL};
	for (int i = 0; i < 2; i++) {
		const char *s = starts[i];
		if (!s || !*s)
			continue;
		size_t n = 1;
		while (n < 4 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n++;
		memcpy(out + o, s, n);
		o += n;
	}
	out[o] = '\0';
	return kp_arena_strdup(&r->arena, out);
}

/* XML text: the five special characters as entities. */
static const char *xml_text(struct kp_req *r, const char *s)
{
	char *out = kp_arena_alloc(&r->arena, 6 * strlen(s) + 1);
	size_t o = 0;
	for (; *s; s++) {
		const char *e = *s == '<'    ? "&lt;"
		                : *s == '>'  ? "&gt;"
		                : *s == '&'  ? "&amp;"
		                : *s == '"'  ? "&quot;"
		                : *s == '\'' ? "&#39;"
		                             : NULL;
		if (e) {
			memcpy(out + o, e, strlen(e));
			o += strlen(e);
		} else {
			out[o++] = *s;
		}
	}
	out[o] = '\0';
	return out;
}

static void send_avatar(struct kp_req *r, const char *name)
{
	const char *svg = kp_arena_printf(
	    &r->arena,
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 96 96\" role=\"img\">"
	    "<rect width=\"96\" height=\"96\" fill=\"#0b3a66\"/>"
	    "<text x=\"48\" y=\"60\" text-anchor=\"middle\" font-family=\"sans-serif\" "
	    "font-size=\"38\" fill=\"#ffffff\">%s</text></svg>",
	    xml_text(r, initials(r, name)));
	kp_send(r, 200, "image/svg+xml", svg, strlen(svg));
}

static void serve(struct kp_req *r, const char *id_text, int thumb)
{
	struct kp_rows p;
	if (profile_load(r, id_text, &p) != 0)
		return;
	const char *sha = kp_cell(&p, 0, thumb ? P_THUMB : P_PHOTO);
	if (!sha) {
		send_avatar(r, kp_cell(&p, 0, P_NAME));
		return;
	}
	struct kp_download d;
	if (kp_download_prepare(&r->arena, sha, kp_cell(&p, 0, P_PHOTO_MIME), "foto", 1, &d) != 0) {
		kp_error(r, 500);
		return;
	}
	kp_header(r, "X-Accel-Redirect", d.accel_redirect);
	kp_header(r, "Content-Disposition", d.disposition);
	kp_header(r, "Cache-Control", d.cache_control);
	kp_send(r, 200, d.content_type, "", 0);
}

int photo_prepare(struct kp_req *r, struct photo_change *change)
{
	memset(change, 0, sizeof(*change));
	const struct kp_param *part = kp_param_get(&r->form, "photo");
	if (!part || !part->is_file || part->file_size == 0) {
		const char *remove = kp_form(r, "remove_photo");
		change->change = remove && strcmp(remove, "1") == 0;
		return KP_DB_OK;
	}
	/* 10 MB takes a phone's photo as it is (it is re-encoded to 512 px
	 * anyway); 25 megapixels keep the decoded image near 100 MB. */
	struct kp_upload_rules rules = {KP_UPLOAD_IMAGE, 10u << 20, 25000000ul};
	struct kp_upload up;
	enum kp_upload_status st = kp_upload_check(&r->arena, part, &rules, &up);
	/* The profile's size and a square thumbnail for lists. */
	static const struct kp_image_box boxes[2] = {{512, 512, 0}, {96, 96, 1}};
	struct kp_stored stored[2];
	if (st == KP_UPLOAD_OK)
		st = kp_upload_store(&up, boxes, 2, stored);
	switch (st) {
	case KP_UPLOAD_OK:
		change->change = 1;
		change->photo = kp_arena_strdup(&r->arena, stored[0].sha256);
		change->thumb = kp_arena_strdup(&r->arena, stored[1].sha256);
		change->mime = stored[0].mime;
		return KP_DB_OK;
	case KP_UPLOAD_EMPTY:
		return KP_DB_OK;
	case KP_UPLOAD_TOO_LARGE:
		kp_form_error(r, "photo", "Err.PhotoTooLarge");
		return PHOTO_REFUSED;
	case KP_UPLOAD_TOO_MANY_PIXELS:
		kp_form_error(r, "photo", "Err.PhotoTooManyPixels");
		return PHOTO_REFUSED;
	case KP_UPLOAD_BAD_IMAGE:
		kp_form_error(r, "photo", "Err.PhotoUnreadable");
		return PHOTO_REFUSED;
	case KP_UPLOAD_BAD_EXTENSION:
	case KP_UPLOAD_DOUBLE_EXTENSION:
	case KP_UPLOAD_TYPE_MISMATCH:
		kp_log_req(r, "photo refused: %s", kp_upload_status_name(st));
		kp_form_error(r, "photo", "Err.PhotoType");
		return PHOTO_REFUSED;
	case KP_UPLOAD_NO_SPACE:
		return KP_DB_DOWN; /* the 503 page: try again later */
	case KP_UPLOAD_IO:
		break;
	}
	return KP_DB_ERROR;
}

void people_photo(struct kp_req *r, const char *const *args)
{
	serve(r, args[0], 0);
}

void people_thumb(struct kp_req *r, const char *const *args)
{
	serve(r, args[0], 1);
}
