#!/usr/bin/env bash
# catconv's benchmark (issue 6; results and method in docs/performance.md). One command:
#
#   bench/run.sh                              # 1k, 100k and 1M records (about 15 minutes on 2 cores)
#   BENCH_SIZES=1000,20000 bench/run.sh       # quick mode, about a minute
#
# For each size it generates a VuFind dump (bench/gen-corpus.py: variations of samples/multi-250-en.txt,
# ~1.9 KB a record; kept in bench/work/, never committed), measures the floor (bench/Floor.java: the
# same JVM decoding, splitting into lines and writing back the same bytes), catconv to every format,
# and the peers on the same records (catconv's own CSL-JSON and BibTeX of the dump): citation-js,
# pandoc, bibutils. Each is timed whole-process with /usr/bin/time (wall seconds, peak RSS); catconv
# and the floor take the median of BENCH_RUNS runs. Prints one table (Markdown) and the start-up times.
#
# Settings (environment): BENCH_SIZES (default 1000,100000,1000000), BENCH_RUNS (3; sizes of 1M and
# more run once), BENCH_PEERS_MAX (largest size the peers run on, default 100000), BENCH_PEER_TIMEOUT
# (seconds, default 300: a peer still running then is reported as "timeout"), BENCH_STARTUP_RUNS (10),
# BENCH_LARGE_FORMATS (formats measured at 1M records and more, default "csl-json bibtex"),
# BENCH_CITATIONS (records in the APA bibliography compared with pandoc's citeproc, default 10000; 0 skips),
# CATCONV (command to run catconv, default ./catconv), BENCH_WORK (work folder, default bench/work).
# Peers missing on the machine are installed by package name (apt-get: pandoc, bibutils; npm: the
# versions pinned in bench/package.json into bench/node_modules); one that cannot be installed is
# reported as "missing".
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$here"
sizes=${BENCH_SIZES:-1000,100000,1000000}
runs=${BENCH_RUNS:-3}
peers_max=${BENCH_PEERS_MAX:-100000}
peer_timeout=${BENCH_PEER_TIMEOUT:-300}
startup_runs=${BENCH_STARTUP_RUNS:-10}
catconv=${CATCONV:-./catconv}
work=${BENCH_WORK:-$here/bench/work}
mkdir -p "$work"
formats="csl-json bibtex biblatex ris csv"
large_formats=${BENCH_LARGE_FORMATS:-csl-json bibtex}

install_peers() {
  local missing=()
  command -v pandoc >/dev/null || missing+=(pandoc)
  command -v bib2xml >/dev/null || missing+=(bibutils)
  if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
    local sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"; } >&2 || echo "bench: could not install ${missing[*]}" >&2
  fi
  if command -v npm >/dev/null && [ ! -d bench/node_modules/@citation-js/plugin-ris ]; then
    (cd bench && npm ci --no-audit --no-fund --loglevel=error) >&2 || echo "bench: could not install citation-js" >&2
  fi
}

# measure LABEL RUNS OUT CMD...: runs CMD (stdout to OUT) RUNS times; sets wall and rss (MiB) to
# the medians, or wall=timeout / wall=failed. Only peers have a time limit (peer LABEL ... sets it).
limit=0
peer() { limit=$peer_timeout; measure "$@"; limit=0; }
measure() {
  local label=$1 n=$2 out=$3; shift 3
  local walls=() rsses=() t="$work/time.txt" i
  for ((i = 0; i < n; i++)); do
    local rc=0
    /usr/bin/time -f '%e %M' -o "$t" timeout "$limit" "$@" >"$out" 2>"$work/stderr.txt" || rc=$?
    # catconv exits 65 when it rejected records: still a finished run.
    if [ "$rc" != 0 ] && [ "$rc" != 65 ]; then
      if [ "$rc" = 124 ]; then wall=timeout; else wall="failed($rc)"; fi
      rss=-; echo "bench: $label: $wall; $(tail -n 2 "$work/stderr.txt" | tr '\n' ' ' | cut -c1-200)" >&2
      return
    fi
    walls+=("$(tail -n 1 "$t" | cut -d' ' -f1)")
    rsses+=("$(tail -n 1 "$t" | cut -d' ' -f2)")
  done
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p")
  rss=$(( $(printf '%s\n' "${rsses[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p") / 1024 ))
}

rate() { awk -v n="$1" -v w="$2" 'BEGIN { if (w + 0 > 0) printf "%d", n / w; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "-" }'; }
row() { printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }

$catconv formats >/dev/null   # builds the jar when needed, outside the timings
install_peers
mkdir -p "$work/classes"
javac -d "$work/classes" bench/Floor.java
java_opts="-XX:+UseSerialGC"   # the launcher's collector, so the floor runs on the same JVM set-up

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"\
  "$(java -version 2>&1 | head -n 1); $(date -u +%Y-%m-%d)"
echo
row "records" "program and task" "wall s" "records/s" "peak RSS MiB" "× floor" "× catconv"
row "---:" "---" "---:" "---:" "---:" "---:" "---:"
declare -A cc   # catconv wall per size and format, for the peers' ratios and the linearity check
IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  dump="$work/dump-$n.txt"
  [ -s "$dump" ] || python3 bench/gen-corpus.py "$n" "$dump"
  r=$runs; [ "$n" -ge 1000000 ] && r=1
  measure floor "$r" "$work/out" java $java_opts -cp "$work/classes" Floor "$dump" "$work/out.floor"
  floor=$wall
  row "$n" "floor: JVM decode + split lines + write ($(du -m "$dump" | cut -f1) MB)" "$wall" "$(rate "$n" "$wall")" "$rss" "1.00" ""
  rm -f "$work/out.floor"
  fs=$formats; [ "$n" -ge 1000000 ] && fs=$large_formats
  for f in $fs; do
    measure "catconv $f" "$r" "$work/out.$f" $catconv convert "$dump" --to "$f"
    cc[$n.$f]=$wall
    row "$n" "catconv → $f" "$wall" "$(rate "$n" "$wall")" "$rss" "$(ratio "$wall" "$floor")" ""
  done
  if [ "$n" -lt 1000000 ]; then
    measure "catconv csl-json --jobs 1" "$r" "$work/out.j1" $catconv convert "$dump" --to csl-json --jobs 1
    row "$n" "catconv → csl-json, --jobs 1" "$wall" "$(rate "$n" "$wall")" "$rss" "$(ratio "$wall" "$floor")" ""
    rm -f "$work/out.j1"
  fi
  if [ "$n" -le "$peers_max" ]; then
    mv "$work/out.csl-json" "$work/in.json"; mv "$work/out.bibtex" "$work/in.bib"
    if [ -d bench/node_modules/@citation-js/plugin-ris ]; then
      for task in "csl-json bibtex" "csl-json ris" "bibtex csl-json"; do
        set -- $task
        in="$work/in.json"; [ "$1" = bibtex ] && in="$work/in.bib"
        peer "citation-js $1 → $2" 1 "$work/out.peer" node bench/citejs.js "$1" "$2" "$in"
        row "$n" "citation-js: $1 → $2" "$wall" "$(rate "$n" "$wall")" "$rss" "" "$(ratio "$wall" "${cc[$n.$2]}")"
      done
    else
      row "$n" "citation-js" "missing" "" "" "" ""
    fi
    if command -v pandoc >/dev/null; then
      peer "pandoc csl-json → bibtex" 1 "$work/out.peer" pandoc -f csljson -t bibtex "$work/in.json"
      row "$n" "pandoc: csl-json → bibtex" "$wall" "$(rate "$n" "$wall")" "$rss" "" "$(ratio "$wall" "${cc[$n.bibtex]}")"
      peer "pandoc bibtex → csl-json" 1 "$work/out.peer" pandoc -f bibtex -t csljson "$work/in.bib"
      row "$n" "pandoc: bibtex → csl-json" "$wall" "$(rate "$n" "$wall")" "$rss" "" "$(ratio "$wall" "${cc[$n.csl-json]}")"
    fi
    if command -v bib2xml >/dev/null; then
      peer "bibutils bibtex → ris" 1 "$work/out.peer" sh -c 'bib2xml "$1" 2>/dev/null | xml2ris 2>/dev/null' sh "$work/in.bib"
      row "$n" "bibutils: bibtex → ris (bib2xml \| xml2ris)" "$wall" "$(rate "$n" "$wall")" "$rss" "" "$(ratio "$wall" "${cc[$n.ris]}")"
    fi
    rm -f "$work/in.json" "$work/in.bib" "$work/out.peer"
  fi
  rm -f "$work"/out.*
done

echo
small=; big=
for n in "${size_list[@]}"; do
  [ "$n" = 100000 ] && small=$n
  [ "$n" = 1000000 ] && big=$n
done
if [ -n "$small" ] && [ -n "$big" ]; then
  for f in $large_formats; do
    echo "linearity $f: time(1M) / time(100k) = $(ratio "${cc[$big.$f]}" "${cc[$small.$f]}") (target ≤ 11)"
  done
  echo
fi

# Start-up: one record, whole process, as a user types it (median of BENCH_STARTUP_RUNS).
startup() {
  local label=$1; shift
  measure "$label" "$startup_runs" "$work/out" "$@"
  echo "start-up, $label: $wall s wall (median of $startup_runs), $rss MiB peak RSS"
}
startup "one record → bibtex" $catconv convert samples/pubmed-6092784.txt --to bibtex
startup "one record → csl-json" $catconv convert samples/pubmed-6092784.txt --to csl-json
startup "one record → APA citation" $catconv convert samples/pubmed-6092784.txt --to citation --style apa

# Citations: an APA bibliography of BENCH_CITATIONS records (default 10000; 0 skips), catconv from the
# dump and pandoc's citeproc from catconv's CSL-JSON of the same records, with the same apa.csl
# (taken from the styles jar catconv bundles).
cites=${BENCH_CITATIONS:-10000}
if [ "$cites" -gt 0 ]; then
  dump="$work/dump-$cites.txt"
  [ -s "$dump" ] || python3 bench/gen-corpus.py "$cites" "$dump"
  echo
  row "records" "APA bibliography" "wall s" "records/s" "peak RSS MiB" "" "× catconv"
  row "---:" "---" "---:" "---:" "---:" "" "---:"
  measure "catconv citation" 1 "$work/out" $catconv convert "$dump" --to citation --style apa
  catconv_cite=$wall
  row "$cites" "catconv → APA citation (text)" "$wall" "$(rate "$cites" "$wall")" "$rss" "" ""
  styles_jar=$(ls "$HOME"/.m2/repository/org/citationstyles/styles/*/styles-*.jar 2>/dev/null | tail -n 1)
  if command -v pandoc >/dev/null && [ -n "$styles_jar" ]; then
    $catconv convert "$dump" --to csl-json -o "$work/cites.json"
    unzip -p "$styles_jar" apa.csl >"$work/apa.csl"
    printf -- "---\nnocite: '@*'\n---\n" >"$work/cites.md"
    peer "pandoc citeproc" 1 "$work/out" pandoc -t plain --citeproc --csl "$work/apa.csl" \
      --bibliography "$work/cites.json" "$work/cites.md"
    row "$cites" "pandoc --citeproc (CSL-JSON → plain)" "$wall" "$(rate "$cites" "$wall")" "$rss" "" \
      "$(ratio "$wall" "$catconv_cite")"
    rm -f "$work/cites.json" "$work/apa.csl" "$work/cites.md"
  fi
fi
rm -f "$work/out" "$work/time.txt" "$work/stderr.txt"

# Readers (issue 17): catconv reading back its own BibTeX and CSL-JSON of a dump of each size in
# BENCH_READER_SIZES (default 20000,100000; empty skips; the dumps are made as above and reused).
#   - BibTeX → CSL-JSON, whole process through the launcher: target peak RSS ≤ 256 MiB, flat in the size;
#   - CSL-JSON → BibTeX against citation-js on the same file: target ≥ 5 × citation-js's records/s
#     (the "× catconv" column is citation-js's time over catconv's).
# The inputs are made outside the timings; catconv takes the median of BENCH_RUNS runs.
IFS=, read -r -a reader_sizes <<<"${BENCH_READER_SIZES-20000,100000}"
if [ ${#reader_sizes[@]} -gt 0 ]; then
  echo
  row "records" "readers: program and task" "wall s" "records/s" "peak RSS MiB" "" "× catconv"
  row "---:" "---" "---:" "---:" "---:" "" "---:"
  for n in "${reader_sizes[@]}"; do
    dump="$work/dump-$n.txt"
    [ -s "$dump" ] || python3 bench/gen-corpus.py "$n" "$dump"
    $catconv convert "$dump" --to bibtex -o "$work/readers.bib" 2>/dev/null || true
    $catconv convert "$dump" --to csl-json -o "$work/readers.json" 2>/dev/null || true
    r=$runs; [ "$n" -ge 1000000 ] && r=1
    measure "catconv bibtex → csl-json" "$r" "$work/out" $catconv convert "$work/readers.bib" --to csl-json
    row "$n" "catconv: bibtex → csl-json ($(du -m "$work/readers.bib" | cut -f1) MB)" "$wall" "$(rate "$n" "$wall")" "$rss" "" ""
    measure "catconv csl-json → bibtex" "$r" "$work/out" $catconv convert "$work/readers.json" --to bibtex
    reader_cc=$wall
    row "$n" "catconv: csl-json → bibtex ($(du -m "$work/readers.json" | cut -f1) MB)" "$wall" "$(rate "$n" "$wall")" "$rss" "" ""
    if [ -d bench/node_modules/@citation-js/plugin-bibtex ] && [ "$n" -le "$peers_max" ]; then
      peer "citation-js csl-json → bibtex" 1 "$work/out" node bench/citejs.js csl-json bibtex "$work/readers.json"
      row "$n" "citation-js: csl-json → bibtex" "$wall" "$(rate "$n" "$wall")" "$rss" "" "$(ratio "$wall" "$reader_cc")"
    fi
  done
  rm -f "$work/readers.bib" "$work/readers.json" "$work/out" "$work/time.txt" "$work/stderr.txt"
fi
