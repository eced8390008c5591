#!/bin/sh
# Builds a translation-memory corpus from the gettext catalogues of Debian packages: every
# translated message of the given packages (and of the packages installed here) for one locale,
# as a TMX 1.4b file with English sources. The corpus is not committed.
#
# Usage: src/bench/corpus/build.sh LOCALE OUTPUT.tmx [PACKAGE...]
#   e.g. src/bench/corpus/build.sh ru target/corpus/ru.tmx
# Needs apt-get (download only, no root needed), dpkg-deb and msgunfmt (package gettext).
set -eu
locale=${1:?usage: build.sh LOCALE OUTPUT.tmx [PACKAGE...]}
output=${2:?usage: build.sh LOCALE OUTPUT.tmx [PACKAGE...]}
shift 2
if [ $# -eq 0 ]; then
  # Applications with large, human-translated catalogues.
  set -- digikam-data krita-data kstars-data kdenlive-data gnucash-common evolution-common gcc-12-locales \
    freeciv-data plasma-workspace-data kdevelop-data calligra-data inkscape gimp-data wesnoth-1.16-data
fi
work=${CORPUS_WORK:-$(dirname "$output")/corpus-work}
mkdir -p "$work/debs" "$work/root" "$work/po"
cd "$work/debs"
for p in "$@"; do
  ls "$p"_*.deb >/dev/null 2>&1 || apt-get download "$p" || echo "skipped $p (not available)" >&2
done
for d in *.deb; do
  [ -f "$d" ] && dpkg-deb -x "$d" "$work/root"
done
cd - >/dev/null
n=0
find "$work/root" /usr/share/locale -path "*/$locale/LC_MESSAGES/*.mo" 2>/dev/null | sort | while read -r mo; do
  n=$((n + 1))
  msgunfmt --no-wrap "$mo" > "$work/po/$n.po" 2>/dev/null || rm -f "$work/po/$n.po"
done
# PO to TMX: singular messages (msgid/msgstr) and the first form of plural ones; the header entry
# untranslated messages and those with control characters are left out, and each source/translation pair is kept once.
find "$work/po" -name '*.po' | sort | xargs cat | awk -v lang="$locale" '
function unquote(s) { sub(/^"/, "", s); sub(/"$/, "", s); return s }
function unescape(s,   out, i, c, n) {
  out = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c == "\\" && i < length(s)) {
      n = substr(s, ++i, 1)
      if (n == "n") c = "\n"; else if (n == "t") c = "\t"; else c = n
    }
    out = out c
  }
  return out
}
function xml(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
function emit(   s, t) {
  s = unescape(id); t = unescape(str)
  # Control characters cannot be carried by XML 1.0: such messages are left out.
  if (id != "" && str != "" && s !~ ctrl && t !~ ctrl && !seen[id SUBSEP str]++) {
    printf "<tu><tuv xml:lang=\"en\"><seg>%s</seg></tuv><tuv xml:lang=\"%s\"><seg>%s</seg></tuv></tu>\n", xml(s), lang, xml(t)
    count++
  }
  id = ""; str = ""; field = ""
}
BEGIN {
  ctrl = "[\001-\010\013\014\016-\037]"
  print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  print "<tmx version=\"1.4\"><header creationtool=\"src/bench/corpus/build.sh\" creationtoolversion=\"1\" segtype=\"block\" o-tmf=\"gettext\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>"
}
/^msgctxt / { emit(); field = "ctxt"; next }
/^msgid / { if (field != "ctxt") emit(); id = unquote(substr($0, 7)); field = "id"; next }
/^msgid_plural / { field = "plural"; next }
/^msgstr / { str = unquote(substr($0, 8)); field = "str"; next }
/^msgstr\[0\] / { str = unquote(substr($0, 12)); field = "str"; next }
/^msgstr\[/ { field = "other"; next }
/^"/ { if (field == "id") id = id unquote($0); else if (field == "str") str = str unquote($0); next }
/^$/ { emit() }
END { emit(); print "</body></tmx>"; printf "%d units\n", count > "/dev/stderr" }
' > "$output"
