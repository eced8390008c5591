#!/bin/sh
# Our quality checks against Translate Toolkit's pofilter on the same 1,000 units per locale,
# sampled from the gettext catalogues of the Debian packages installed here; prints per check how
# many units each side reports. Findings for hand-checking: src/bench/target/compare-pofilter/<locale>/findings.tsv.
# The results and how they were judged: docs/benchmarks/pofilter.md.
#
# Usage: src/bench/compare-pofilter.sh [--locales ru,ka,az] [--units 1000] [--seed 16]
# Needs the Debian packages translate-toolkit (pofilter, po2xliff, its Python library) and gettext (msgunfmt).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
for tool in pofilter po2xliff msgunfmt; do
  command -v "$tool" >/dev/null || { echo "compare-pofilter: $tool is missing (apt-get install translate-toolkit gettext)" >&2; exit 2; }
done
# the Python that Translate Toolkit is installed for (Debian's), not whichever is first on PATH
python=$(sed -n '1s/^#! *//p' "$(command -v pofilter)")
exec "${python:-/usr/bin/python3}" src/bench/compare_pofilter.py "$@"
