#!/bin/sh
# Builds a corpus from the gettext catalogues of Debian packages: every translated message of the
# given packages for one locale, with English sources, as a TMX 1.4b file (a translation memory) or,
# through Translate Toolkit's po2xliff, as one XLIFF 1.1 file (the check benchmark's input). The
# corpus is not committed; the package lists below and Debian's archive make it reproducible (the
# versions used are written beside the output, OUTPUT.packages).
#
# Usage: src/bench/corpus/build.sh LOCALE OUTPUT.tmx|OUTPUT.xlf [@apps | @scale | PACKAGE...]
#   e.g. src/bench/corpus/build.sh ru target/corpus/ru.tmx
#        src/bench/corpus/build.sh ru target/corpus/ru.xlf        (the @scale set: 104 packages)
# Needs apt-get (download only, no root needed), dpkg-deb, msgunfmt (package gettext) and, for
# XLIFF, po2xliff (package translate-toolkit). The figures per package set are in
# docs/benchmarks/check-scale.md.
set -eu
usage="usage: build.sh LOCALE OUTPUT.tmx|OUTPUT.xlf [@apps | @scale | PACKAGE...]"
locale=${1:?$usage}
output=${2:?$usage}
shift 2
case "$output" in
  *.xlf|*.xliff) format=xliff ;;
  *.tmx) format=tmx ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
# Applications with large, human-translated catalogues (the translation-memory benchmark's corpus).
apps="digikam-data krita-data kstars-data kdenlive-data gnucash-common evolution-common gcc-12-locales
  freeciv-data plasma-workspace-data kdevelop-data calligra-data inkscape gimp-data wesnoth-1.16-data"
# The check benchmark's corpus: those applications and ninety more of every kind (desktops,
# office, system tools, games), so that the text is as varied as a large localisation repository.
scale="$apps libreoffice-l10n-ru gnome-control-center-data libgtk-3-common libglib2.0-data
  evolution-data-server-common gnome-shell-common gedit-common rhythmbox-data totem-common shotwell-common
  gnumeric-common abiword-common pidgin-data hexchat-common transmission-common vlc-l10n audacity-data gramps
  aisleriot geany-common claws-mail-i18n balsa mutt gnupg-l10n coreutils util-linux-locales e2fsprogs-l10n
  findutils diffutils parted grub-common procps nano vim-runtime git thunar-data mousepad xfce4-panel okular
  dolphin konsole kate kmail akregator marble-data kalzium-data ktouch-data kgeography-data kmymoney kile
  k3b-data ktorrent-data konversation-data plasma-desktop-data kwin-data libkf5widgetsaddons-data
  libkf5xmlgui-data libkf5khtml-data libkf5kcmutils-data kdepim-runtime gnome-builder anjuta-common
  gnome-software-common nautilus-data epiphany-browser-data gnome-calculator gnome-maps evince-common
  file-roller brasero-common eog cheese-common lightdm-gtk-greeter xfce4-settings apt dpkg debconf-i18n
  binutils-common sed grep tar wget gettext libgphoto2-l10n libsane-common cups-common
  system-config-printer-common network-manager gnome-disk-utility darktable"
# The translation memory also takes the catalogues of the packages installed here (as it always
# did); the XLIFF takes only the listed packages', so that it is the same on every machine.
installed=/usr/share/locale
if [ $# -eq 0 ]; then
  if [ "$format" = xliff ]; then set -- @scale; else set -- @apps; fi
fi
case "$1" in
  @apps) set -- $apps ;;
  @scale) set -- $scale; installed= ;;
  *) [ "$format" = xliff ] && installed= ;;
esac
work=${CORPUS_WORK:-$(dirname "$output")/corpus-work}
mkdir -p "$work/debs" "$(dirname "$output")"
# Both made absolute: the downloads below run in the download folder, where a relative path given
# on the command line would point elsewhere.
work=$(cd "$work" && pwd)
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
rm -rf "$work/root" "$work/po"
mkdir -p "$work/root" "$work/po"
: > "$output.packages"
cd "$work/debs"
for p in "$@"; do
  ls "$p"_*.deb >/dev/null 2>&1 || apt-get download "$p" || echo "skipped $p (not available)" >&2
done
# Only the listed packages' archives are unpacked (the download folder may hold others').
for p in "$@"; do
  for d in "$p"_*.deb; do
    [ -f "$d" ] || continue
    dpkg-deb -x "$d" "$work/root"
    dpkg-deb -f "$d" Package Version | paste -sd' ' >> "$output.packages"
  done
done
cd - >/dev/null
n=0
find "$work/root" $installed -path "*/$locale/LC_MESSAGES/*.mo" 2>/dev/null | sort | while read -r mo; do
  n=$((n + 1))
  msgunfmt --no-wrap "$mo" > "$work/po/$n.po" 2>/dev/null || rm -f "$work/po/$n.po"
done
echo "$(wc -l < "$output.packages") packages, $(find "$work/po" -name '*.po' | wc -l) catalogues" >&2
# PO to TMX: singular messages (msgid/msgstr) and the first form of plural ones; the header entry,
# untranslated messages and those with control characters are left out, and each source/translation
# pair is kept once. For XLIFF the same messages go into one PO file first, each source (with its
# context) once, as a PO file must have it, which po2xliff then converts.
if [ "$format" = xliff ]; then
  stage="$work/corpus.po"
else
  stage="$output"
fi
find "$work/po" -name '*.po' | sort | xargs cat | awk -v lang="$locale" -v format="$format" '
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
  if (id != "" && str != "" && s !~ ctrl && t !~ ctrl) {
    if (format == "tmx" && !seen[id SUBSEP str]++) {
      printf "<tu><tuv xml:lang=\"en\"><seg>%s</seg></tuv><tuv xml:lang=\"%s\"><seg>%s</seg></tuv></tu>\n", xml(s), lang, xml(t)
      count++
    } else if (format == "xliff" && !seen[ctxt SUBSEP id]++) {
      if (ctxt != "") printf "msgctxt \"%s\"\n", ctxt
      printf "msgid \"%s\"\nmsgstr \"%s\"\n\n", id, str
      count++
    }
  }
  id = ""; str = ""; ctxt = ""; field = ""
}
BEGIN {
  ctrl = "[\001-\010\013\014\016-\037]"
  if (format == "xliff") {
    printf "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: %s\\n\"\n\n", lang
  } else {
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    print "<tmx version=\"1.4\"><header creationtool=\"src/bench/corpus/build.sh\" creationtoolversion=\"1\" segtype=\"block\" o-tmf=\"gettext\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>"
  }
}
/^msgctxt / { emit(); ctxt = unquote(substr($0, 9)); field = "ctxt"; next }
/^msgid / { if (field != "ctxt") emit(); id = unquote(substr($0, 7)); field = "id"; next }
/^msgid_plural / { field = "plural"; next }
/^msgstr / { str = unquote(substr($0, 8)); field = "str"; next }
/^msgstr\[0\] / { str = unquote(substr($0, 12)); field = "str"; next }
/^msgstr\[/ { field = "other"; next }
/^"/ { if (field == "id") id = id unquote($0); else if (field == "str") str = str unquote($0); else if (field == "ctxt") ctxt = ctxt unquote($0); next }
/^$/ { emit() }
END { emit(); if (format == "tmx") print "</body></tmx>"; printf "%d units\n", count > "/dev/stderr" }
' > "$stage"
if [ "$format" = xliff ]; then
  # po2xliff writes XLIFF 1.1 without a target-language: check the file with --target-language.
  # (run beside the PO file, so that the XLIFF names it as corpus.po wherever it was built)
  (cd "$work" && po2xliff --progress=none -i corpus.po -o "$output")
  echo "$(grep -c '<trans-unit' "$output") trans-units (the PO header among them), $(du -m "$output" | cut -f1) MB" >&2
fi
