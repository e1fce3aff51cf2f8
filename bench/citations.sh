#!/usr/bin/env bash
# Benchmark of the citation writer (issue 4): a 10,000-item APA bibliography and a single-record
# run, each timed end to end (JVM start included) as a user runs them. Not a test: numbers depend
# on the machine. Results go to docs/citations.md ("Benchmark") by hand. The machine's other load
# shows in the wall times: compare user+sys CPU as well.
#
#   bench/citations.sh            # 3 runs of each, prints wall-clock seconds and peak memory
#   RUNS=5 bench/citations.sh
#   CATCONV="java -XX:+UseSerialGC -jar /tmp/b/catconv.jar" bench/citations.sh   # a jar built elsewhere
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
runs=${RUNS:-3}
cd "$here"
catconv=${CATCONV:-./catconv}
$catconv formats >/dev/null   # builds the jar when needed, outside the timings

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 10,000 records: the 250-record sample 40 times, each copy with its own ids (var000001 -> c01-var000001).
for i in $(seq -w 1 40); do
  sed "s/^id var/id c$i-var/" samples/multi-250-en.txt
  printf '\n'
done > "$work/10k.txt"

measure() { # label, then the catconv arguments
  local label=$1; shift
  for r in $(seq "$runs"); do
    /usr/bin/time -f "$label run $r: %e s wall, %U s user, %S s sys, %M KB max RSS" $catconv "$@" >"$work/out" 2>"$work/err" || {
      cat "$work/err" >&2; exit 1; }
    tail -n 1 "$work/err"
  done
  echo "$label: $(wc -l <"$work/out") output lines"
}

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "10k APA bibliography" convert "$work/10k.txt" --to citation --style apa
measure "10k CSL-JSON (baseline)" convert "$work/10k.txt" --to csl-json
measure "1 record APA" convert samples/pubmed-6092784.txt --to citation --style apa
measure "1 record CSL-JSON (baseline)" convert samples/pubmed-6092784.txt --to csl-json
