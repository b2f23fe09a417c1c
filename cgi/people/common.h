/* What every part of the people program checks and builds the same way:
 * lengths, phone numbers, web addresses, e-mail addresses, list choices,
 * query numbers and search patterns. One place for each rule, so a
 * profile, an organisation and an offer accept the same input. */
#ifndef KP_PEOPLE_COMMON_H
#define KP_PEOPLE_COMMON_H
#include <stddef.h>
#include "request.h"

/* Length in characters (code points) of valid UTF-8. */
size_t text_length(const char *s);
/* 1 for digits with the usual separators, optionally a leading +: what
 * people write on business cards ("+49 5541 123-45", "(05541) 12 34"). */
int phone_ok(const char *p);
/* 1 for an absolute http or https address with a host, at most 255
 * bytes, without spaces, quotes, angle brackets or control characters. */
int web_url_ok(const char *url);
/* A normalised copy (arena) of an e-mail address a person typed, or NULL
 * when it does not look like one we could write to. */
const char *email_clean(struct kp_req *r, const char *email);

/* Marks the chosen entries of a list (Page.<list>.N.Checked = 1 where
 * Page.<list>.N.<key> equals a value of the form field <form>). */
void check_chosen(struct kp_req *r, const char *list, const char *key, const char *form);
/* A whole number from a query parameter; absent or empty is def,
 * anything but digits is -1. */
long long query_number(struct kp_req *r, const char *name, long long def);
/* LIKE pattern (arena) for a search text: "%text%", its own % and _
 * match themselves. */
const char *like_pattern(struct kp_req *r, const char *q);

/* image.c: the image in the form's file part `field` (a photo, a logo),
 * checked as JPEG, PNG or WebP of at most 10 MB and 25 megapixels and
 * stored re-encoded once per box into out[0..nboxes-1] (the file store,
 * not yet a row). Returns KP_DB_OK with *stored = 1, or with *stored = 0
 * when no file was chosen; IMAGE_REFUSED when the file is no acceptable
 * image (the message is set at the field); or a db status (KP_DB_DOWN
 * when the disk is full). */
struct kp_image_box;
struct kp_stored;
#define IMAGE_REFUSED 1
int image_store(struct kp_req *r, const char *field, const struct kp_image_box *boxes,
                size_t nboxes, struct kp_stored *out, int *stored);

#endif
