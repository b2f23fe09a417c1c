/* export: text for downloads other programs read — CSV for spreadsheets
 * and JSON for web sites that embed or import our public data.
 *
 * Everything is written into one growable buffer in the request's arena
 * (struct kp_buf), so a handler builds the whole answer and sends it with
 * kp_send; nothing to free. A buffer that ran out of memory or over its
 * limit marks itself failed and ignores what follows: check b.failed once
 * at the end, not after every call.
 *
 * CSV (RFC 4180): cells separated by commas, rows ended by CRLF; a cell
 * holding a comma, a double quote, CR or LF is quoted and its quotes are
 * doubled. A cell that a spreadsheet would take for a formula (starting
 * with = + - @, a tab or CR) gets a leading apostrophe first, so a name
 * like "=HYPERLINK(...)" stays text (OWASP "CSV injection").
 *
 * JSON (RFC 8259): strings escape '"', '\\' and every control character
 * (as \u00XX), and also < > & and U+2028/U+2029, so the text can be placed
 * inside an HTML <script> block or a JavaScript string as it is. Invalid
 * UTF-8 (never expected: our input is checked) becomes U+FFFD, so the
 * output is always valid UTF-8. Commas between members and elements are
 * placed by the writer: a caller only opens, names, writes and closes. */
#ifndef KP_EXPORT_H
#define KP_EXPORT_H
#include <stddef.h>
#include "arena.h"

/* Past this many bytes a buffer fails (an export is a page, not a dump). */
#define KP_BUF_MAX (64u * 1024 * 1024)

struct kp_buf {
	struct kp_arena *arena;
	char *data; /* NUL-terminated while not failed; "" before the first byte */
	size_t len, cap;
	int failed;
	/* Writer state: cells written in the current CSV row; 1 when the next
	 * JSON value or key needs a comma in front. */
	size_t cells;
	int comma;
};

void kp_buf_init(struct kp_buf *b, struct kp_arena *a);
/* Raw bytes, as they are. */
void kp_buf_add(struct kp_buf *b, const char *s, size_t n);
void kp_buf_str(struct kp_buf *b, const char *s);

/* CSV: one cell of the current row (NULL: an empty cell), then the end of
 * the row. */
void kp_csv_cell(struct kp_buf *b, const char *s);
void kp_csv_end_row(struct kp_buf *b);
/* 1 when a spreadsheet would read a cell starting like s as a formula. */
int kp_csv_risky(const char *s);

/* JSON. */
void kp_json_begin_object(struct kp_buf *b);
void kp_json_end_object(struct kp_buf *b);
void kp_json_begin_array(struct kp_buf *b);
void kp_json_end_array(struct kp_buf *b);
/* A member's name inside an object; its value follows. */
void kp_json_key(struct kp_buf *b, const char *key);
/* A string value; NULL writes null. */
void kp_json_string(struct kp_buf *b, const char *s);
void kp_json_int(struct kp_buf *b, long long v);
void kp_json_bool(struct kp_buf *b, int v);
void kp_json_null(struct kp_buf *b);
/* A number given as text (a column of digits from the database): written
 * as a number when it is one (-?digits, no leading zero), else as null. */
void kp_json_number_text(struct kp_buf *b, const char *digits);

#endif
