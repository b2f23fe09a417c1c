/* multipart: a streaming multipart/form-data parser (RFC 7578). Text parts
 * become parameters under the rules of params.h; file parts (those with a
 * filename parameter in Content-Disposition) are streamed to a temporary
 * file and never held in memory whole. Tolerates nothing ambiguous: missing
 * or overlong boundary (> 70 bytes, RFC 2046), missing final delimiter,
 * parts without a name, duplicate headers, header lines over 1 KiB, more
 * than 16 headers in a part: KP_PARSE_MALFORMED. All state lives in the
 * call, nothing in statics, so boundaries of any length can follow each
 * other in one worker. */
#ifndef KP_MULTIPART_H
#define KP_MULTIPART_H
#include <sys/types.h>
#include "params.h"

/* Reads up to n bytes into buf; returns the count, 0 at the end of the body,
 * -1 on error. */
typedef ssize_t (*kp_body_reader)(void *ctx, char *buf, size_t n);

/* content_type: the request's Content-Type header (holding boundary=...).
 * On any failure the temporary files created so far are removed. */
enum kp_parse_status kp_parse_multipart(struct kp_arena *a, const char *content_type,
                                        kp_body_reader read, void *ctx, const struct kp_limits *lim,
                                        struct kp_params *out);

#endif
