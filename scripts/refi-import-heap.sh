#!/usr/bin/env bash
# The smallest heap in which `quire import-qdpx` opens a QDPX holding one large text.
# Usage: mvn -B -q package -DskipTests && scripts/refi-import-heap.sh [CHARS] [lf|crlf|crlf-wide] [JAR]
#   CHARS       characters in the text (default 50000000)
#   lf|crlf     line ends; crlf-wide adds a word with characters above U+00FF (two bytes each in Java)
#   JAR         the quire.jar to measure, with its lib/ beside it (default target/quire.jar)
# Prints the -Xmx in MB (bisected to within 8 MB) and bytes per character above a tiny file's heap.
# Uses the first Java 21+ found, its default collector; needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
chars="${1:-50000000}"
kind="${2:-crlf}"
jar="${3:-target/quire.jar}"
java="${JAVA:-$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
  v="$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "$j"; done | tail -n 1)}"
[ -x "$java" ] || { echo "refi-import-heap: no Java 21+ found (set JAVA)" >&2; exit 1; }
[ -f "$jar" ] || { echo "refi-import-heap: $jar is missing; build first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make() { # make CHARS KIND FILE: one text of about CHARS characters with 50 coded selections
  python3 - "$1" "$2" "$3" <<'PY'
import random, sys, zipfile
n, kind, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
eol = "\n" if kind == "lf" else "\r\n"
words = ["field", "note", "volunteer", "partnership", "meeting", "health", "the", "and", "of", "sector",
         "report", "kettle"] + (["kétkedő"] if kind == "crlf-wide" else [])
random.seed(1)
parts, size, line = [], 0, []
while size < n:
    w = random.choice(words); line.append(w); size += len(w) + 1
    if len(line) >= 12:
        parts.append(" ".join(line) + eol); line = []
text = "".join(parts)
g = "6f1d3c52-6a0e-4b7e-9d1a-0c3f5b2e7a11"
sels = "".join(f'<PlainTextSelection guid="5e1ec700-0000-4000-8000-{i:012d}" startPosition="{s}" '
               f'endPosition="{s + 50}"><Coding guid="c0d10000-0000-4000-8000-{i:012d}"><CodeRef '
               f'targetGUID="c0de0000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>'
               for i, s in enumerate(random.randrange(0, len(text) - 100) for _ in range(50)))
qde = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Big" '
       'origin="Generator"><CodeBook><Codes><Code guid="c0de0000-0000-4000-8000-000000000001" name="A" '
       f'isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="{g}" name="Big text" '
       f'plainTextPath="internal://{g}.txt">{sels}</TextSource></Sources></Project>')
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("project.qde", qde)
    z.writestr(f"sources/{g}.txt", text.encode("utf-8"))
print(len(text))
PY
}

smallest() { # smallest FILE: bisects -Xmx between 16 and 8192 MB
  local lo=16 hi=8192 mid
  while [ $((hi - lo)) -gt 8 ]; do
    mid=$(((lo + hi) / 2))
    rm -rf "$work/out.quire"
    if "$java" -Xmx${mid}m -jar "$jar" import-qdpx "$1" "$work/out.quire" >/dev/null 2>&1; then hi=$mid; else lo=$mid; fi
  done
  echo "$hi"
}

make 10000 lf "$work/tiny.qdpx" >/dev/null
count="$(make "$chars" "$kind" "$work/big.qdpx")"
base="$(smallest "$work/tiny.qdpx")"
heap="$(smallest "$work/big.qdpx")"
python3 -c "print(f'{$count:,} characters ($kind): -Xmx{$heap}m; a tiny file -Xmx{$base}m;'
             f' {($heap - $base) * 1048576 / $count:.1f} bytes per character')"
