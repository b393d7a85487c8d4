#!/usr/bin/env bash
# One array task: parses the WARC files of shard $SLURM_ARRAY_TASK_ID into OUT/out/shard-NNN.jsonl and its summary
# OUT/out/shard-NNN.summary.json. Both are written under temporary names and renamed when the run ends, so a task that
# failed or was cancelled leaves no output and can be run again alone (submit.sh --rerun).
# Environment: OUT (the run folder), ARTICLEMODEL (the CLI command, default "articlemodel"), PARSE_ARGS (more parse
# options, e.g. "--only-articles --schemas /path/sites"), THREADS (default: the CPUs Slurm gave the task).
#SBATCH --job-name=articlemodel-warc
#SBATCH --cpus-per-task=2
set -uo pipefail
: "${OUT:?OUT must name the run folder}"
i=${SLURM_ARRAY_TASK_ID:?run this as a Slurm array task}
name=$(printf 'shard-%03d' "$i")
shard="$OUT/shards/$name.txt"
[ -f "$shard" ] || { echo "no shard list $shard" >&2; exit 2; }
mkdir -p "$OUT/out" "$OUT/logs"
mapfile -t files < "$shard"
threads=${THREADS:-${SLURM_CPUS_PER_TASK:-2}}
# shellcheck disable=SC2086 # ARTICLEMODEL and PARSE_ARGS are command lines
${ARTICLEMODEL:-articlemodel} parse --warc "${files[@]}" --threads "$threads" ${PARSE_ARGS:-} \
  --output "$OUT/out/$name.jsonl.part" --summary "$OUT/out/$name.summary.json.part" 2> "$OUT/logs/$name.stderr"
status=$?
# 0: all parsed; 1: some records had errors (damaged archives, bad pages), reported in the output: the shard is done.
if [ "$status" -le 1 ] && [ -f "$OUT/out/$name.summary.json.part" ]; then
  mv "$OUT/out/$name.jsonl.part" "$OUT/out/$name.jsonl"
  mv "$OUT/out/$name.summary.json.part" "$OUT/out/$name.summary.json"
  echo "$name done on ${SLURMD_NODENAME:-?} (exit $status)"
  exit 0
fi
rm -f "$OUT/out/$name.jsonl.part" "$OUT/out/$name.summary.json.part"
echo "$name failed on ${SLURMD_NODENAME:-?} (exit $status); see $OUT/logs/$name.stderr" >&2
exit "$status"
