#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Blocks are chained; a request rarely needs more than the first one. */
#define KP_ARENA_BLOCK 16384

struct kp_arena_block {
	struct kp_arena_block *next;
	size_t size, used;
	_Alignas(max_align_t) unsigned char data[];
};

void *kp_arena_alloc(struct kp_arena *a, size_t n)
{
	size_t align = _Alignof(max_align_t);
	if (n > SIZE_MAX - sizeof(struct kp_arena_block) - align)
		return NULL;
	n = (n + align - 1) & ~(align - 1);
	if (n == 0)
		n = align;
	struct kp_arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t size = n > KP_ARENA_BLOCK ? n : KP_ARENA_BLOCK;
		b = malloc(sizeof(*b) + size);
		if (!b)
			return NULL;
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += n;
	a->used_total += n;
	memset(p, 0, n);
	return p;
}

char *kp_arena_strndup(struct kp_arena *a, const char *s, size_t n)
{
	char *p = kp_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *kp_arena_strdup(struct kp_arena *a, const char *s)
{
	return kp_arena_strndup(a, s, strlen(s));
}

char *kp_arena_printf(struct kp_arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	char *p = kp_arena_alloc(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void kp_arena_reset(struct kp_arena *a)
{
	struct kp_arena_block *b = a->head;
	while (b) {
		struct kp_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->used_total = 0;
}
