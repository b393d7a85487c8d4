#!/usr/bin/env bash
# Splits a list of WARC files (one path a line) into N shards of consecutive files: OUT/shards/shard-000.txt, …
# Consecutive, so the shard outputs concatenated in shard order are what one process over the whole list writes.
# Usage: shard.sh LIST N OUT
set -euo pipefail
list=$1 n=$2 out=$3
[ "$n" -ge 1 ] || { echo "shard.sh: N must be at least 1" >&2; exit 2; }
mkdir -p "$out/shards"
rm -f "$out"/shards/shard-*.txt
mapfile -t files < <(grep -v '^[[:space:]]*$' "$list")
total=${#files[@]}
[ "$total" -ge 1 ] || { echo "shard.sh: '$list' names no WARC file" >&2; exit 2; }
[ "$n" -le "$total" ] || n=$total
for ((i = 0; i < n; i++)); do
  from=$((i * total / n)) to=$(((i + 1) * total / n))
  printf '%s\n' "${files[@]:from:to-from}" > "$out/shards/$(printf 'shard-%03d.txt' "$i")"
done
echo "$n"
