/* arena: per-request memory. Everything a request parses or builds is
 * allocated here and released at once when the request ends, so handlers
 * never free and a long-lived worker never leaks between requests. */
#ifndef KP_ARENA_H
#define KP_ARENA_H
#include <stddef.h>

struct kp_arena_block;
struct kp_arena {
	struct kp_arena_block *head;
	size_t used_total; /* bytes handed out, for limits */
};

/* Returns zeroed memory owned by the arena, or NULL when out of memory. */
void *kp_arena_alloc(struct kp_arena *a, size_t n);
/* Copies n bytes and appends a NUL. */
char *kp_arena_strndup(struct kp_arena *a, const char *s, size_t n);
char *kp_arena_strdup(struct kp_arena *a, const char *s);
/* printf into the arena (never for SQL: statements are prepared). */
char *kp_arena_printf(struct kp_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Frees every block; the arena can be reused afterwards. */
void kp_arena_reset(struct kp_arena *a);

#endif
