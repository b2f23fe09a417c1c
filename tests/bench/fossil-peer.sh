#!/bin/bash
# fossil-peer.sh DIR PORT — the benchmark's peer: Fossil's own forum (Debian's
# fossil package) with one thread of 25 posts, served by `fossil server` on
# 127.0.0.1:PORT. Prints the thread's path (/forumpost/HASH) and leaves
# `fossil server` running; its pid is in DIR/fossil.pid.
#
# Fossil has no command that writes a forum post, so the posts are made as
# forum artifacts (Fossil's file format, "Forum Posts": D, G, H, I, N, U, W
# and Z cards) and put into the repository with test-content-put; a rebuild
# files them into the forum tables. The bodies are Markdown of the lengths
# and kind tests/bench/generate.sh writes for our forum (100 to 550 bytes of
# everyday German sentences), so both sides render comparable threads.
# Readers are anonymous ("nobody" may read the forum): Fossil checks its own
# login cookie the way we check our session, but has no membership to look
# up, so this favours the peer slightly.
set -euo pipefail

DIR=${1:?usage: fossil-peer.sh DIR PORT}
PORT=${2:?usage: fossil-peer.sh DIR PORT}
command -v fossil >/dev/null || {
	echo "fossil-peer.sh: fossil is not installed (scripts/deps.sh installs it)" >&2
	exit 1
}
mkdir -p "$DIR/checkout"
export USER=bench
repo=$DIR/peer.fossil
fossil init --admin-user bench "$repo" >/dev/null
fossil user default bench -R "$repo"
fossil user capabilities nobody gjorz2 -R "$repo" >/dev/null
(cd "$DIR/checkout" && fossil open "$repo" >/dev/null)

# One artifact per post, each replying to the one before (as our threads
# are read: in order), all in the thread of the first.
/usr/bin/python3 - "$DIR" <<'PY'
import hashlib, os, subprocess, sys

out = sys.argv[1]
openers = ["Guten Tag zusammen,", "Danke für die schnelle Antwort!", "Kurze Rückfrage dazu:",
           "Aus unserer Beratungsstelle:", "Das kann ich bestätigen.", "Hallo in die Runde,"]
sentences = [
    "Wir bieten ab März wieder einen Sprachkurs für Eltern an, mit Kinderbetreuung im Haus.",
    "Die Ausländerbehörde hat die Sprechzeiten geändert; Termine gibt es nur noch online.",
    "Für die Anerkennung der Berufsabschlüsse hilft die Beratungsstelle in der Kreisstadt.",
    "Im Jugendtreff suchen wir noch Ehrenamtliche für die Hausaufgabenhilfe am Dienstag.",
    "Das Jobcenter lädt zur Infoveranstaltung über Teilzeitausbildung ein.",
    "Bitte meldet euch bis Freitag, damit wir die Räume planen können.",
]

def artifact(cards, text):
    body = text.encode()
    data = b""
    for card in sorted(cards + ["W %d" % len(body)]):
        data += card.encode() + b"\n"
        if card.startswith("W "):
            data += body + b"\n"
    return data + b"Z " + hashlib.md5(data).hexdigest().encode() + b"\n"

def put(data):
    path = os.path.join(out, "post.txt")
    with open(path, "wb") as f:
        f.write(data)
    subprocess.run(["fossil", "test-content-put", path], cwd=os.path.join(out, "checkout"),
                   check=True, capture_output=True)
    return hashlib.sha3_256(data).hexdigest()

root = prev = None
for i in range(25):
    n = 1 + (i * 7) % 5
    text = openers[i % len(openers)] + "\n\n" + " ".join(sentences[(i + k) % len(sentences)] for k in range(n))
    if i % 4 == 1:
        text += "\n\n- Anmeldung bei der Koordinierungsstelle\n- Unterlagen mitbringen"
    cards = ["D 2026-03-%02dT%02d:%02d:00" % (1 + i // 10, 8 + i % 10, i), "N text/x-markdown", "U bench"]
    if root is None:
        cards.append("H Sprachkurse\\sim\\sFrühjahr:\\swer\\sbietet\\swas\\san?")
    else:
        cards += ["G " + root, "I " + prev]
    prev = put(artifact(cards, text))
    root = root or prev
with open(os.path.join(out, "thread"), "w") as f:
    f.write(root + "\n")
PY
fossil rebuild "$repo" >/dev/null
posts=$(fossil sql -R "$repo" "SELECT count(*) FROM forumpost")
[[ $posts == 25 ]] || {
	echo "fossil-peer.sh: the thread has $posts posts, not 25" >&2
	exit 1
}
fossil server --localhost --port "$PORT" "$repo" >"$DIR/server.log" 2>&1 &
echo $! >"$DIR/fossil.pid"
for _ in $(seq 50); do
	curl -sf -o /dev/null "http://127.0.0.1:$PORT/forum" && break
	sleep 0.1
done
echo "/forumpost/$(cat "$DIR/thread")"
