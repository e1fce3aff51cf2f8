#!/bin/sh
# Full fidelity run (docs/fidelity.md): every corpus record in every layout, scored per field.
# Writes target/fidelity/report.md and target/fidelity/misses.tsv (worked part only);
# FIDELITY_PAGES=DIR also keeps the rendered input files in DIR.
set -e
cd "$(dirname "$0")/.."
set -- -Dcatconv.fidelity.full=true
if [ -n "$FIDELITY_PAGES" ]; then
  set -- "$@" "-Dcatconv.fidelity.pages=$FIDELITY_PAGES"
fi
mvn -B -q test -Dtest=FidelityHarnessTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/fidelity/report.md
