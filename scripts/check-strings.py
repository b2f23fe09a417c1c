#!/usr/bin/python3
"""Every user-visible string lives in templates/lang/*.hdf: checks that the
language files hold the same keys, and that every Lang key the C code or a
template names exists. Prints file:line for each finding; exit 1 if any."""
import glob
import re
import sys


def keys_of(path):
    """The flat key set of an HDF file (nested blocks, a = b, heredocs)."""
    keys, stack = set(), []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line or line.startswith("#"):
            continue
        if line == "}":
            stack.pop()
            continue
        if line.endswith("{"):
            stack.append(line[:-1].strip())
            continue
        m = re.match(r"([\w.]+)\s*(=|<<)\s*(.*)", line)
        if not m:
            continue
        keys.add(".".join(stack + [m.group(1)]))
        if m.group(2) == "<<":
            end = m.group(3).strip()
            while i < len(lines) and lines[i].strip() != end:
                i += 1
            i += 1
    return {k[len("Lang."):] for k in keys if k.startswith("Lang.")}


def used_in_c():
    """(file, line, key) for each Lang key the C code asks for."""
    patterns = [
        (r'kp_t\(r, "([A-Za-z][\w.]+)"\)', "{}"),
        (r'kp_text\([^,]+, "([A-Za-z][\w.]+)"\)', "{}"),
        (r'kp_form_error\(r, [^,]+, "([A-Za-z][\w.]+)"\)', "{}"),
        (r'"(Err\.[A-Za-z]+)"', "{}"),
        (r'kp_redirect_flash\(r, "[^"]*", "(\w+)"\)', "Flash.{}"),
        (r'notice\(r, \d+, "(\w+)"', "Title.{} Notice.{}"),
        (r'notice\(r, \d+, "\w+", "[^"]*", "([\w.]+)"\)', "{}"),
        (r'kp_mail_template\([^;]*?"(\w+)",', "Mail.{}.Subject Mail.{}.Body"),
    ]
    for path in glob.glob("cgi/**/*.c", recursive=True):
        text = open(path, encoding="utf-8").read()
        for pattern, form in patterns:
            for m in re.finditer(pattern, text, re.S):
                line = text.count("\n", 0, m.start()) + 1
                for key in form.format(m.group(1), m.group(1)).split():
                    yield path, line, key


def used_in_templates():
    for path in glob.glob("templates/**/*.cs", recursive=True):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            for m in re.finditer(r"\bLang\.([A-Z][\w]*(?:\.[A-Z0-9][\w]*)*)(?![\w\[])", line):
                yield path, n, m.group(1)


def main():
    # A language is its common file plus the files of its folder.
    langs = {}
    for path in sorted(glob.glob("templates/lang/*.hdf")):
        keys = keys_of(path)
        for part in sorted(glob.glob(path[: -len(".hdf")] + "/*.hdf")):
            keys |= keys_of(part)
        langs[path] = keys
    findings = []
    every = set().union(*langs.values())
    for path, keys in langs.items():
        for k in sorted(every - keys):
            findings.append(f"{path}: missing Lang.{k} (another language has it)")
    for path, line, key in list(used_in_c()) + list(used_in_templates()):
        for lang, keys in langs.items():
            # A template may name a block (Lang.Field) to index into.
            if key not in keys and not any(k.startswith(key + ".") for k in keys):
                findings.append(f"{path}:{line}: Lang.{key} not in {lang}")
    for f in findings:
        print(f)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
