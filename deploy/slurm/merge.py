#!/usr/bin/env python3
"""Merges the shard outputs of a run folder and checks them.

Every shard must have its output and summary; each output's line count must equal its summary's "written"; no record
id may appear twice across all shards. Writes OUT/merged.jsonl (the shards in order) and OUT/summary.json (the
summaries summed). Exit 0 when all checks pass; 1 with the missing shards (and the command that re-runs them) or the
duplicate ids otherwise. Usage: merge.py OUT"""
import json
import os
import sys


def main(out):
    shards = sorted(f[:-4] for f in os.listdir(os.path.join(out, "shards")) if f.startswith("shard-") and f.endswith(".txt"))
    missing, problems, seen = [], [], {}
    total = {}
    merged_path = os.path.join(out, "merged.jsonl")
    with open(merged_path + ".part", "wb") as merged:
        for name in shards:
            data = os.path.join(out, "out", name + ".jsonl")
            summary = os.path.join(out, "out", name + ".summary.json")
            if not (os.path.isfile(data) and os.path.isfile(summary)):
                missing.append(int(name.split("-")[1]))
                continue
            with open(summary, encoding="utf-8") as f:
                counts = json.load(f)
            lines = 0
            with open(data, "rb") as f:
                for line in f:
                    lines += 1
                    record_id = json.loads(line).get("id")
                    if record_id is not None:
                        if record_id in seen:
                            problems.append(f"record {record_id} is in {seen[record_id]} and in {name}")
                        seen[record_id] = name
                    merged.write(line)
            if lines != counts.get("written"):
                problems.append(f"{name} has {lines} lines but its summary says {counts.get('written')} were written")
            add(total, counts)
    if missing:
        indices = ",".join(str(i) for i in missing)
        problems.append(f"{len(missing)} shard(s) have no output: {indices}; re-run them with: submit.sh --rerun {out}")
    if problems:
        os.remove(merged_path + ".part")
        for p in problems:
            print("merge: " + p, file=sys.stderr)
        return 1
    os.replace(merged_path + ".part", merged_path)
    total["shards"] = len(shards)
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(total, f, indent=2, sort_keys=True)
    print(f"merge: {len(shards)} shards, {len(seen)} records, each once; {total.get('records', 0)} WARC records read, "
          f"{total.get('parsed', 0)} parsed; {total.get('seconds', 0):.2f} task-seconds -> {merged_path}")
    return 0


def add(total, counts):
    """Sums numbers, and objects of numbers key by key."""
    for key, value in counts.items():
        if isinstance(value, dict):
            add(total.setdefault(key, {}), value)
        elif isinstance(value, (int, float)):
            total[key] = total.get(key, 0) + value


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
