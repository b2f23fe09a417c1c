/* Profile photos: upload (re-encoded by libgd through core/files, which
 * strips EXIF including location), serving from the file store through
 * nginx (X-Accel-Redirect), and an initials avatar for members without a
 * photo, drawn as a small SVG. */
#include <stdio.h>
#include <string.h>

#include "common.h"
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
	/* The profile's size and a square thumbnail for lists. */
	static const struct kp_image_box boxes[2] = {{512, 512, 0}, {96, 96, 1}};
	struct kp_stored stored[2];
	int got;
	int rc = image_store(r, "photo", boxes, 2, stored, &got);
	if (rc == KP_DB_OK && got) {
		change->change = 1;
		change->photo = kp_arena_strdup(&r->arena, stored[0].sha256);
		change->thumb = kp_arena_strdup(&r->arena, stored[1].sha256);
		change->mime = stored[0].mime;
	} else if (rc == KP_DB_OK) { /* no new photo: perhaps remove the one there is */
		const char *remove = kp_form(r, "remove_photo");
		change->change = remove && strcmp(remove, "1") == 0;
	}
	return rc == IMAGE_REFUSED ? PHOTO_REFUSED : rc;
}

void people_photo(struct kp_req *r, const char *const *args)
{
	serve(r, args[0], 0);
}

void people_thumb(struct kp_req *r, const char *const *args)
{
	serve(r, args[0], 1);
}
