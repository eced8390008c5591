#!/usr/bin/env python3
"""Our quality checks against Translate Toolkit's pofilter on the same units.

Samples translated messages from the gettext catalogues (.mo) of the Debian packages installed
on this machine, per locale; writes them as a PO file, converts it with po2xliff, runs pofilter
with the tests both tools have on the PO file and `workbench check` on the XLIFF file, and prints
per check how many units each side reports, and how many both do. Every finding goes to
OUT/<locale>/findings.tsv for hand-checking.

Translate Toolkit's own reader is used for PO (it is what pofilter reads), so that both sides see
the same text. Run it through compare-pofilter.sh.
"""
import argparse
import collections
import csv
import json
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from translate.storage import po

# pofilter's tests and the check of ours that covers the same ground.
PAIRS = [
    ("numbers", "number-mismatch"),
    ("endpunc", "punctuation-end"),
    ("brackets", "bracket-mismatch"),
    ("doublewords", "doubled-word"),
    ("urls", "url-email-mismatch"),
    ("emails", "url-email-mismatch"),
    ("unchanged", "untranslated"),
    ("doublespacing", "spacing"),
    ("startwhitespace", "spacing"),
    ("endwhitespace", "spacing"),
    ("puncspacing", "spacing"),
]
# Rows of the table: one per check of ours, with the pofilter tests that map to it.
ROWS = collections.OrderedDict()
for test, ours in PAIRS:
    ROWS.setdefault(ours, []).append(test)

XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"


def catalogues(locale):
    """The .mo files of the installed packages for the locale, sorted, and the packages they belong to."""
    found = []
    for root, _dirs, files in os.walk("/usr/share/locale"):
        if root.endswith("/" + locale + "/LC_MESSAGES"):
            found.extend(os.path.join(root, f) for f in files if f.endswith(".mo"))
    return sorted(found)


def messages(mo_files):
    """Singular, translated, non-fuzzy messages of the catalogues, each source once (the first translation)."""
    seen = {}
    for mo in mo_files:
        text = subprocess.run(["msgunfmt", "--no-wrap", mo], capture_output=True).stdout
        try:
            store = po.pofile(text)
        except Exception:  # a catalogue Translate Toolkit cannot read is left out, as pofilter would fail on it
            continue
        for u in store.units:
            if u.isheader() or not u.istranslated() or u.hasplural():
                continue
            source, target = u.source, u.target
            if not source.strip() or any(ord(c) < 32 and c not in "\n\t" for c in source + target):
                continue
            seen.setdefault(source, (target, os.path.basename(mo)))
    return seen


def write_po(units, path):
    store = po.pofile()
    store.updateheader(add=True, Content_Type="text/plain; charset=UTF-8")
    for i, (source, target, domain) in enumerate(units, 1):
        u = store.addsourceunit(source)
        u.target = target
        u.addlocation("%s:%d" % (domain, i))
    with open(path, "wb") as f:
        store.serialize(f)


def to_xliff(po_path, xlf_path, locale):
    """po2xliff, then the stop-gap: its XLIFF 1.1 without target-language is given as 1.2 with one."""
    subprocess.run(["po2xliff", "--progress=none", po_path, xlf_path], check=True)
    with open(xlf_path, encoding="utf-8") as f:
        xml = f.read()
    xml = xml.replace("urn:oasis:names:tc:xliff:document:1.1", XLIFF12).replace('version="1.1"', 'version="1.2"', 1)
    xml = re.sub(r'(<file [^>]*source-language="[^"]*")', r'\1 target-language="%s"' % locale, xml, count=1)
    with open(xlf_path, "w", encoding="utf-8") as f:
        f.write(xml)
    ids = {}
    for tu in ET.parse(xlf_path).getroot().iter("{%s}trans-unit" % XLIFF12):
        if tu.get("restype") == "x-gettext-domain-header":
            continue
        ids[tu.get("id")] = "".join(tu.find("{%s}source" % XLIFF12).itertext())
    return ids


def run_pofilter(po_path, out_path):
    tests = sorted({t for t, _ in PAIRS})
    args = ["pofilter", "--progress=none", "--nofuzzy"]
    for t in tests:
        args += ["-t", t]
    subprocess.run(args + [po_path, out_path], check=True)
    found = collections.defaultdict(dict)  # source -> test -> message
    for u in po.pofile.parsefile(out_path).units:
        if u.isheader():
            continue
        for line in u.getnotes("translator").splitlines():
            m = re.match(r"\(pofilter\) (\w+): (.*)", line)
            if m:
                found[u.source][m.group(1)] = m.group(2)
    return found


def run_ours(workbench, xlf_path, glossary, sarif_path, ids):
    subprocess.run([workbench, "check", "--glossary", glossary, "--format", "sarif", "--output", sarif_path,
                    "--fail-on", "never", xlf_path], check=True)
    with open(sarif_path, encoding="utf-8") as f:
        sarif = json.load(f)
    found = collections.defaultdict(dict)  # source -> check -> message
    for r in sarif["runs"][0]["results"]:
        unit = r.get("properties", {}).get("unitId")
        if unit is None:
            for loc in r.get("locations", []):
                for l in loc.get("logicalLocations", []):
                    unit = unit or l.get("name")
        source = ids.get(str(unit))
        if source is None:
            continue
        found[source].setdefault(r["ruleId"], r["message"]["text"])
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", default="ru,ka,az")
    ap.add_argument("--units", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--out", default="src/bench/target/compare-pofilter")
    ap.add_argument("--workbench", default="./workbench")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    # check needs a glossary: the project's own, whose names hardly occur in software messages
    glossary = "glossary"
    for locale in args.locales.split(","):
        work = os.path.join(args.out, locale)
        os.makedirs(work, exist_ok=True)
        mos = catalogues(locale)
        pool = messages(mos)
        rng = random.Random(args.seed)
        sources = sorted(pool)
        picked = rng.sample(sources, min(args.units, len(sources)))
        units = [(s, pool[s][0], pool[s][1]) for s in picked]
        po_path = os.path.join(work, "sample.po")
        xlf_path = os.path.join(work, "sample.xlf")
        write_po(units, po_path)
        ids = to_xliff(po_path, xlf_path, locale)
        theirs = run_pofilter(po_path, os.path.join(work, "pofilter.po"))
        ours = run_ours(args.workbench, xlf_path, glossary, os.path.join(work, "check.sarif"), ids)
        targets = {s: t for s, t, _ in units}
        domains = {s: d for s, _, d in units}
        print("%s: %d units sampled (seed %d) from %d messages of %d catalogues" % (
            locale, len(units), args.seed, len(pool), len(mos)))
        print("  %-20s %-55s %8s %8s %6s" % ("ours", "pofilter tests", "pofilter", "ours", "both"))
        with open(os.path.join(work, "findings.tsv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["side", "check", "catalogue", "source", "target", "message"])
            for check, tests in ROWS.items():
                p = {s for s, found in theirs.items() if any(t in found for t in tests)}
                o = {s for s, found in ours.items() if check in found}
                print("  %-20s %-55s %8d %8d %6d" % (check, ",".join(tests), len(p), len(o), len(p & o)))
                for s in sorted(p):
                    msg = "; ".join("%s: %s" % (t, theirs[s][t]) for t in tests if t in theirs[s])
                    w.writerow(["pofilter", check, domains[s], s, targets[s], msg])
                for s in sorted(o):
                    w.writerow(["ours", check, domains[s], s, targets[s], ours[s][check]])
            others = collections.Counter(c for found in ours.values() for c in found if c not in ROWS)
            print("  ours only (no pofilter test):", ", ".join("%s %d" % kv for kv in sorted(others.items())) or "none")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
