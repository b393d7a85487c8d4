#!/usr/bin/env bash
# The final step, run after every array task (afterany): merges and checks the shard outputs (merge.py).
#SBATCH --job-name=articlemodel-merge
#SBATCH --cpus-per-task=1
set -euo pipefail
: "${OUT:?OUT must name the run folder}"
exec python3 "${MERGE_PY:-$(dirname "$0")/merge.py}" "$OUT"
