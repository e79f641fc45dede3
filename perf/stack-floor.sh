#!/usr/bin/env bash
# What the portal's stack costs, apart from intake's own work: perf/intake-vs-ceiling.sh against a scratch copy of
# the portal with one endpoint more, POST /api/v1/floor (perf/floor/FloorResource.java), which does the ceiling's
# work (one row and its outbox row in one transaction) behind all of the portal's layers: its servlet filters,
# Jakarta Security's mechanism, the JAX-RS application, an EJB with its interceptors, the pool. Never in the
# portal itself: the copy is made under $PERF_SCRATCH and thrown away.
#
# usage: perf/stack-floor.sh [LEG_DURATION]     (env as perf/intake-vs-ceiling.sh; ROUNDS, WARM, PROFILE, KEEP)
# Prints intake-vs-ceiling's lines, the portal's legs being the floor's.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export BENCH_DIR="$(cd "${BENCH_DIR:-$ROOT/../shared/bench}" && pwd)"
COPY="${PERF_SCRATCH:-/tmp/perf-intake}/floor-src"
rm -rf "$COPY" && mkdir -p "$COPY"
(cd "$ROOT" && git ls-files -z | xargs -0 tar -cf - | tar -xf - -C "$COPY")
cp "$ROOT/perf/floor/FloorResource.java" "$COPY/src/main/java/eu/dsrportal/intake/rest/"
cd "$COPY" && FLOOR=1 BUILD=1 perf/intake-vs-ceiling.sh "$@"
