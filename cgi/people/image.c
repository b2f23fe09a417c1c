/* Images members upload (profile photos, organisation logos): one check
 * and one set of messages for both (common.h). */
#include <string.h>

#include "common.h"
#include "db.h"
#include "files.h"
#include "view.h"

int image_store(struct kp_req *r, const char *field, const struct kp_image_box *boxes,
                size_t nboxes, struct kp_stored *out, int *stored)
{
	*stored = 0;
	const struct kp_param *part = kp_param_get(&r->form, field);
	if (!part || !part->is_file || part->file_size == 0)
		return KP_DB_OK;
	/* 10 MB takes a phone's photo as it is (it is re-encoded to a small
	 * size anyway); 25 megapixels keep the decoded image near 100 MB. */
	struct kp_upload_rules rules = {KP_UPLOAD_IMAGE, 10u << 20, 25000000ul};
	struct kp_upload up;
	enum kp_upload_status st = kp_upload_check(&r->arena, part, &rules, &up);
	if (st == KP_UPLOAD_OK)
		st = kp_upload_store(&up, boxes, nboxes, out);
	switch (st) {
	case KP_UPLOAD_OK:
		*stored = 1;
		return KP_DB_OK;
	case KP_UPLOAD_EMPTY:
		return KP_DB_OK;
	case KP_UPLOAD_TOO_LARGE:
		kp_form_error(r, field, "Err.PhotoTooLarge");
		return IMAGE_REFUSED;
	case KP_UPLOAD_TOO_MANY_PIXELS:
		kp_form_error(r, field, "Err.PhotoTooManyPixels");
		return IMAGE_REFUSED;
	case KP_UPLOAD_BAD_IMAGE:
		kp_form_error(r, field, "Err.PhotoUnreadable");
		return IMAGE_REFUSED;
	case KP_UPLOAD_BAD_EXTENSION:
	case KP_UPLOAD_DOUBLE_EXTENSION:
	case KP_UPLOAD_TYPE_MISMATCH:
		kp_log_req(r, "%s refused: %s", field, kp_upload_status_name(st));
		kp_form_error(r, field, "Err.PhotoType");
		return IMAGE_REFUSED;
	case KP_UPLOAD_NO_SPACE:
		return KP_DB_DOWN; /* the 503 page: try again later */
	case KP_UPLOAD_IO:
		break;
	}
	return KP_DB_ERROR;
}
