// Helpers of the events tests (events-*.test.mjs): the event form, creating
// an event through it, and reading iCalendar text with an independent
// parser — Debian's python3-icalendar, with python3-dateutil expanding
// the RRULE — so that what we write is checked by somebody else's reading
// of RFC 5545.
import { execFileSync } from 'node:child_process';
import { csrfFrom } from './lib.mjs';

/** The form's fields for an event: a single evening date, overridable. */
export function eventFields(over = {}) {
  return {
    title: 'Arbeitskreis Sprache',
    description: 'Wir sprechen über **Sprachkurse**.',
    start_date: '2030-05-14',
    start_time: '18:00',
    end_date: '',
    end_time: '20:00',
    place: 'Rathaus, Marktplatz 1',
    municipality: '0',
    online_url: '',
    org: '0',
    field: '0',
    capacity: '',
    deadline_date: '',
    deadline_time: '',
    waitlist: '1',
    repeat: 'none',
    interval: '',
    until: '',
    count: '',
    ...over,
  };
}

/** The form's hidden once token. */
export function onceFrom(html) {
  const m = html.match(/name="once" value="([^"]+)"/);
  return m ? m[1] : null;
}

/** Posts the new-event form of base ("/events" or "/g/SLUG/events") with
 * fields; undefined values are left out. Returns the answer with id (the
 * new event's, from the redirect) and path. */
export async function createEvent(client, base, over = {}) {
  const form = await client.get(`${base}/new`);
  if (form.status !== 200) return { ...form, id: null };
  const fields = Object.entries({ ...eventFields(over), csrf: csrfFrom(form.text), once: onceFrom(form.text) })
    .filter(([, v]) => v !== undefined && v !== null);
  const r = await client.post(`${base}/new`, fields);
  const m = r.location && r.location.match(/\/events\/(\d+)$/);
  return { ...r, id: m ? Number(m[1]) : null, path: m ? r.location : null };
}

/** Posts a form found on page (for its csrf token) to action. */
export async function postFrom(client, page, action, fields = {}) {
  const p = await client.get(page);
  const csrf = csrfFrom(p.text);
  if (!csrf) throw new Error(`no csrf on ${page}: ${p.status}`);
  return client.post(action, [['csrf', csrf], ...Object.entries(fields)]);
}

const PARSER = String.raw`
import sys, json
from icalendar import Calendar
from dateutil.rrule import rrulestr
from dateutil.tz import gettz
from datetime import datetime, date, timezone
raw = sys.stdin.buffer.read()
lines = raw.split(b"\r\n")
cal = Calendar.from_ical(raw)
def iso(v):
    if isinstance(v, datetime):
        return v.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if v.tzinfo else v.isoformat()
    return v.isoformat()
out = {"maxLine": max(len(l) for l in lines), "crlf": raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""),
       "calendar": {k: str(v) for k, v in cal.items()}, "timezones": [], "events": []}
for c in cal.walk("VTIMEZONE"):
    out["timezones"].append(str(c.get("TZID")))
for e in cal.walk("VEVENT"):
    start = e.decoded("DTSTART")
    ev = {"uid": str(e.get("UID")), "summary": str(e.get("SUMMARY")), "description": str(e.get("DESCRIPTION", "")),
          "location": str(e.get("LOCATION", "")), "status": str(e.get("STATUS", "")), "sequence": int(e.get("SEQUENCE", 0)),
          "start": iso(start), "end": iso(e.decoded("DTEND")),
          "startTzid": e["DTSTART"].params.get("TZID"), "startLocal": e["DTSTART"].to_ical().decode(),
          "allDay": not isinstance(start, datetime), "rrule": None, "exdates": [], "occurrences": []}
    ex = e.get("EXDATE")
    if ex is not None:
        for x in (ex if isinstance(ex, list) else [ex]):
            for d in x.dts:
                ev["exdates"].append(iso(d.dt))
    if e.get("RRULE") is not None:
        ev["rrule"] = e["RRULE"].to_ical().decode()
        # Expanded in wall time: dateutil's own zone (the system's tz
        # database) keeps 18:00 at 18:00 across the changes, as RFC 5545
        # says for a DTSTART with TZID (pytz's, from icalendar, would keep
        # the first date's offset instead).
        tzid = e["DTSTART"].params.get("TZID")
        wall = start.replace(tzinfo=None).replace(tzinfo=gettz(tzid)) if tzid else start
        rule = rrulestr(ev["rrule"], dtstart=wall)
        ev["occurrences"] = [iso(d) for d in list(rule)[:300] if iso(d) not in ev["exdates"]]
    else:
        ev["occurrences"] = [iso(start)]
    out["events"].append(ev)
print(json.dumps(out))
`;

/** text (iCalendar) as read by python3-icalendar: { maxLine (octets of the
 * longest line), crlf, calendar, timezones, events: [{ uid, summary,
 * description, location, status, sequence, start, end (UTC ISO or a
 * date), startTzid, allDay, rrule, exdates, occurrences (UTC, without
 * the exdates) }] }. Throws when the parser refuses the text. */
export function parseIcs(text) {
  const out = execFileSync('/usr/bin/python3', ['-c', PARSER], { input: Buffer.from(text, 'utf8') });
  return JSON.parse(out.toString('utf8'));
}
