#!/usr/bin/env bash
# A long fuzzing run of analyze(): ten runs of 100,000 hostile and valid specs with distinct seeds
# (1,000,000 cases; one vitest run of a million cases outgrows the heap). About 15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
for seed in 1 2 3 4 5 6 7 8 9 10; do
  echo "seed $seed"
  FC_SEED=$seed FUZZ_RUNS=100000 TZ=UTC NODE_OPTIONS=--max-old-space-size=8000 npx vitest run --project prop test/fuzz/analyze.prop.test.ts
done
