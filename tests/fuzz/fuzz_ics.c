/* libFuzzer target for the ICS text escaping the events program relies on
 * (cgi/events/ics.c lets libical write every text value): whatever text a
 * member may type into a title, place or description, the calendar file
 * stays one calendar with one event, and reads back as it went in.
 *
 * The text is written by cgi/events/ics_text.c (compiled in), as the
 * program writes it. The input, up to the first NUL, is used only when it is text our forms
 * accept (kp_text_valid with newline and tab): anything else never reaches
 * ics.c. Blanks and tabs around it are cut, as ics.c's values have none
 * (titles and places are trimmed, a description is Markdown's plain text
 * followed by the event's address): libical's parser drops white space
 * at the end of a line, which would make a value end differently. It becomes SUMMARY, LOCATION and
 * DESCRIPTION of one VEVENT; the file written by libical must then have
 *  - CRLF line ends only, no other CR or LF,
 *  - no line longer than 75 octets (RFC 5545 3.1), each line valid UTF-8
 *    (folding never splits a character),
 *  - exactly one VCALENDAR and one VEVENT when parsed again (no value
 *    can start a component of its own),
 *  - the three values back exactly as they went in. */
#include <libical/ical.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../cgi/events/ics_text.c"
#include "params.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void require(int ok)
{
	if (!ok)
		abort();
}

static void check_lines(const char *s)
{
	const char *line = s;
	for (const char *p = s; *p; p++) {
		if (*p == '\r') {
			require(p[1] == '\n');
			require(p - line <= 75);
			require(kp_text_valid(line, (size_t)(p - line), KP_TEXT_ALLOW_TAB));
			line = p + 2;
			p++;
		} else {
			require(*p != '\n');
		}
	}
	require(*line == '\0'); /* the file ends with CRLF */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n = strnlen((const char *)data, size);
	if (n > 4096 ||
	    !kp_text_valid((const char *)data, n, KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB))
		return 0;
	const char *start = (const char *)data;
	while (n > 0 && (*start == ' ' || *start == '\t'))
		start++, n--;
	while (n > 0 && (start[n - 1] == ' ' || start[n - 1] == '\t'))
		n--;
	char *text = malloc(n + 1);
	require(text != NULL);
	memcpy(text, start, n);
	text[n] = '\0';

	icalcomponent *cal = icalcomponent_new_vcalendar();
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid("-//Knotenpunkt//Fuzz//DE"));
	icalcomponent *ev = icalcomponent_new_vevent();
	icalcomponent_set_uid(ev, "event-1@fuzz");
	icalcomponent_set_summary(ev, text);
	icalcomponent_set_location(ev, text);
	icalcomponent_set_description(ev, text);
	icalcomponent_add_component(cal, ev);
	char *out = ev_ics_string(cal);
	icalcomponent_free(cal);
	require(out != NULL);
	check_lines(out);

	icalcomponent *back = icalparser_parse_string(out);
	require(back != NULL);
	require(icalcomponent_isa(back) == ICAL_VCALENDAR_COMPONENT);
	require(icalcomponent_count_components(back, ICAL_ANY_COMPONENT) == 1);
	icalcomponent *e = icalcomponent_get_first_component(back, ICAL_VEVENT_COMPONENT);
	require(e != NULL);
	const char *summary = icalcomponent_get_summary(e);
	const char *location = icalcomponent_get_location(e);
	const char *description = icalcomponent_get_description(e);
	require(strcmp(summary ? summary : "", text) == 0);
	require(strcmp(location ? location : "", text) == 0);
	require(strcmp(description ? description : "", text) == 0);
	icalcomponent_free(back);
	free(out);
	free(text);
	return 0;
}
