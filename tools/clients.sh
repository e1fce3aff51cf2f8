#!/bin/sh
# Full client sweep (docs/clients.md): every sample, every fidelity-corpus record in every layout
# and 3000 generated records, through every writer and every real client. Writes
# target/clients/report.md; CLIENTS_KEEP=DIR also keeps the five outputs in DIR.
# Needs bibtex, biber, pandoc, bibutils and node with `npm ci` done in tests-js (see .ci/run).
set -e
cd "$(dirname "$0")/.."
set -- -Dcatconv.clients.full=true
if [ -n "$CLIENTS_KEEP" ]; then
  set -- "$@" "-Dcatconv.clients.keep=$CLIENTS_KEEP"
fi
mvn -B -q test -Dtest=ClientSweepTest -Dsurefire.failIfNoSpecifiedTests=false "$@" || status=$?
cat target/clients/report.md
exit ${status:-0}
