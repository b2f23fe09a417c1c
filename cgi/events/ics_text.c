/* The text of a calendar as libical writes it (events.h), with the one
 * repair libical 3.0 needs: a line whose content ends exactly on the 75th
 * octet is folded between its CR and LF ("...\r" "\r\n " "\n"), which
 * leaves a stray CR and an empty continuation line that strict clients
 * (Google, iCloud) refuse — libical/libical#347, open. Raw CR and LF never
 * occur inside a value (libical escapes line breaks as "\n"), so that
 * sequence can only be the broken line end. Kept apart from ics.c so that
 * tests/fuzz/fuzz_ics.c checks this very code. */
#include <libical/ical.h>
#include <string.h>

#include "events.h"

char *ev_ics_string(struct icalcomponent_impl *cal)
{
	char *s = icalcomponent_as_ical_string_r(cal);
	if (!s)
		return NULL;
	char *w = s;
	for (const char *p = s; *p;) {
		if (strncmp(p, "\r\r\n \n", 5) == 0) {
			*w++ = '\r';
			*w++ = '\n';
			p += 5;
		} else {
			*w++ = *p++;
		}
	}
	*w = '\0';
	return s;
}
