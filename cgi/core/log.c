#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static const char *log_program = "knotenpunkt";

void kp_log_init(const char *program)
{
	log_program = program;
	/* Line-buffered so that lines of several workers do not interleave. */
	setvbuf(stderr, NULL, _IOLBF, 0);
}

void kp_log(const char *fmt, ...)
{
	char when[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);

	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* One fprintf per line: stderr is line-buffered, the write is atomic. */
	fprintf(stderr, "%s %s[%ld] %s\n", when, log_program, (long)getpid(), msg);
}
