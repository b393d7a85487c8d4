#!/usr/bin/env bash
# Submits a run: shards LIST into N shards, one array task per shard (task.sh), then the merge and check (merge.sh)
# once every task has ended. With --rerun OUT, submits again only the shards without output, then the merge.
# Usage: submit.sh [--wait] LIST N OUT        submit.sh [--wait] --rerun OUT
# Environment: ARTICLEMODEL, PARSE_ARGS, THREADS (see task.sh); SBATCH_ARGS (e.g. "--partition=news --time=02:00:00").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
wait=()
if [ "${1:-}" = "--wait" ]; then wait=(--wait); shift; fi
if [ "${1:-}" = "--rerun" ]; then
  out=$(cd "$2" && pwd)
  indices=()
  for shard in "$out"/shards/shard-*.txt; do
    name=$(basename "$shard" .txt)
    [ -f "$out/out/$name.jsonl" ] && [ -f "$out/out/$name.summary.json" ] || indices+=($((10#${name#shard-})))
  done
  if [ ${#indices[@]} -eq 0 ]; then echo "every shard has its output"; else array=$(IFS=,; echo "${indices[*]}"); fi
else
  list=$1 n=$2
  mkdir -p "$3"
  out=$(cd "$3" && pwd)
  n=$("$here/shard.sh" "$list" "$n" "$out")
  array="0-$((n - 1))"
fi
mkdir -p "$out/logs"
export OUT="$out" MERGE_PY="$here/merge.py"
# shellcheck disable=SC2086 # SBATCH_ARGS is a list of options
if [ -n "${array:-}" ]; then
  job=$(sbatch --parsable --array="$array" --output="$out/logs/task-%A_%a.log" ${SBATCH_ARGS:-} "$here/task.sh")
  echo "array job $job: shards $array"
  dependency=(--dependency="afterany:$job")
else
  dependency=()
fi
merge=$(sbatch --parsable "${wait[@]}" "${dependency[@]}" --output="$out/logs/merge-%j.log" ${SBATCH_ARGS:-} "$here/merge.sh") || {
  echo "merge job failed: see $out/logs/merge-*.log" >&2
  exit 1
}
echo "merge job $merge"
