#!/usr/bin/env bash
# The Slurm recipe on a real scheduler: starts a one-host cluster (munged, slurmctld, two slurmd), makes 10 WARC files
# with Debian's wget from the invented test pages, runs the job array over 5 shards, and checks the merged output:
# every record exactly once (against the record ids read from the archives by another program), and byte for byte the
# output of one process over the same files. Then removes one shard's output, re-runs that task alone (--rerun), and
# checks again. Installs slurm-wlm, munge and wget if missing (apt-get, non-interactive); stops every daemon it started.
# Usage: test-local-cluster.sh [CLI.dll]   (default: the Debug build of src/ArticleModel.Cli, built if absent)
# Prints "N passed, N failed" (its checks) last; exit 0 when all passed.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/deploy/slurm"
work=$(mktemp -d /tmp/articlemodel-slurm.XXXXXX)
chmod 755 "$work"
passed=0 failed=0
pids=()
check() { # $1: what; rest: command
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAILED: $what"; fi
}
finish() {
  # Reverse start order, by the pids in their pid files: slurmd before slurmctld (without it slurmd ignores TERM).
  for ((k = ${#pids[@]} - 1; k >= 0; k--)); do
    local pidfile=${pids[k]} pid
    pid=$(cat "$pidfile" 2>/dev/null) || continue
    kill "$pid" 2>/dev/null || continue
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null
  rm -rf "$work"
}
trap finish EXIT
fail_now() { echo "FAILED: $1"; [ -f "$work/slurm/slurmctld.log" ] && tail -20 "$work/slurm/slurmctld.log"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }

# 1. What it needs.
missing=()
command -v slurmctld >/dev/null || missing+=(slurm-wlm)
command -v munged >/dev/null || missing+=(munge)
command -v wget >/dev/null || missing+=(wget)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq "${missing[@]}" >/dev/null; } || fail_now "apt-get install ${missing[*]}"
fi
cli=${1:-$repo/src/ArticleModel.Cli/bin/Debug/net10.0/ArticleModel.Cli.dll}
if [ ! -f "$cli" ]; then
  dotnet build "$repo/src/ArticleModel.Cli/ArticleModel.Cli.csproj" -v q -nologo >/dev/null || fail_now "build the CLI"
fi
export ARTICLEMODEL="dotnet $cli"

# 2. Ten WARC archives (five gzip, five plain) of the invented pages, each with its own record ids.
python3 "$repo/tests/ArticleModel.Warc.Tests/Fixtures/serve.py" > "$work/port" &
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
mkdir -p "$work/warcs" "$work/fetch"
printf '%s\n' http://news.example/ http://news.example/2026/03/harbour-lights.html http://news.example/2026/04/orchard-census.html \
  http://news.example/notes.txt http://news.example/gone.html http://www.daily.example/2026/05/tram-line.html \
  http://blog.sub.example/posts/first-frost.html > "$work/urls"
for i in $(seq 0 9); do
  compression=(); [ $((i % 2)) -eq 1 ] && compression=(--no-warc-compression)
  (cd "$work/fetch" && http_proxy="http://127.0.0.1:$port" wget -q -e robots=off --tries=1 -i "$work/urls" \
    --warc-file="$work/warcs/part-$i" "${compression[@]}" -O /dev/null) || true
done
kill "$server" 2>/dev/null; server=
ls "$work"/warcs/part-*.warc* | sort -V > "$work/list"
check "ten WARC files written by wget" test "$(wc -l < "$work/list")" -eq 10

# 3. One process over every file: the reference.
$ARTICLEMODEL parse --warc $(cat "$work/list") --output "$work/single.jsonl" 2> "$work/single.stderr"
check "one process over the ten files" test $? -le 1

# 4. The cluster: munged, slurmctld, slurmd n1 and n2, all under $work/slurm.
s="$work/slurm"
mkdir -p "$s/state" "$s/munge"
chown munge:munge "$s/munge" && chmod 0711 "$s/munge"
mungekey --create --keyfile "$s/munge/munge.key" >/dev/null 2>&1 || dd if=/dev/urandom of="$s/munge/munge.key" bs=1024 count=1 2>/dev/null
chown munge:munge "$s/munge/munge.key" && chmod 0400 "$s/munge/munge.key"
runuser -u munge -- munged --force --key-file="$s/munge/munge.key" --socket="$s/munge/munge.socket" \
  --pid-file="$s/munge/munged.pid" --log-file="$s/munge/munged.log" --seed-file="$s/munge/munged.seed" || fail_now "start munged"
pids+=("$s/munge/munged.pid")
base=$((20000 + ($$ % 500) * 4))
host=$(hostname -s)
cat > "$s/slurm.conf" <<CONF
ClusterName=articlemodel-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$base
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$s/munge/munge.socket
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$s/state
SlurmdSpoolDir=$s/spool-%n
SlurmctldPidFile=$s/slurmctld.pid
SlurmdPidFile=$s/slurmd-%n.pid
SlurmctldLogFile=$s/slurmctld.log
SlurmdLogFile=$s/slurmd-%n.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
MailProg=/bin/true
NodeName=n[1-2] NodeHostname=$host NodeAddr=127.0.0.1 Port=[$((base + 1))-$((base + 2))] CPUs=2 State=UNKNOWN
PartitionName=test Nodes=n[1-2] Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$s/slurm.conf"
slurmctld -i || fail_now "start slurmctld"
pids+=("$s/slurmctld.pid")
for node in n1 n2; do
  slurmd -N "$node" || fail_now "start slurmd $node"
  pids+=("$s/slurmd-$node.pid")
done
deadline=$((SECONDS + 30))
until [ "$(sinfo -h -o '%t' 2>/dev/null | sort -u)" = "idle" ]; do
  [ $SECONDS -lt $deadline ] || fail_now "nodes idle within 30 s ($(sinfo -h 2>&1 | head -3))"
  sleep 0.2
done
check "cluster up: two idle nodes" test "$(sinfo -h -N -o '%N %t' | grep -c idle)" -eq 2

# 5. The job array over 5 shards, then the merge and check.
run="$work/run"
timeout 90 "$here/submit.sh" --wait "$work/list" 5 "$run" > "$work/submit.out" 2>&1
check "array of 5 shards and the merge job succeed" test $? -eq 0
cat "$work/submit.out"
check "five shard outputs" test "$(ls "$run"/out/shard-*.jsonl 2>/dev/null | wc -l)" -eq 5
check "tasks ran on both nodes" test "$(cat "$run"/logs/task-*.log 2>/dev/null | grep -o 'done on n[12]' | sort -u | wc -l)" -eq 2
check "merged output equals the single-process run byte for byte" cmp -s "$run/merged.jsonl" "$work/single.jsonl"

# Every response and resource record of the inputs exactly once: ids read by Python's gzip module, not by ArticleModel.
python3 - "$work/list" > "$work/expected-ids" <<'PY'
import gzip, sys
for path in open(sys.argv[1]).read().split():
    data = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
    for record in data.split(b"WARC/1.0\r\n")[1:]:
        head = record.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        fields = dict(line.split(": ", 1) for line in head if ": " in line)
        if fields.get("WARC-Type") in ("response", "resource"):
            print(fields["WARC-Record-ID"].strip("<>"))
PY
python3 -c 'import json,sys; [print(json.loads(l)["id"]) for l in open(sys.argv[1])]' "$run/merged.jsonl" > "$work/merged-ids"
check "every input record id exactly once in the merged output" cmp -s <(sort "$work/expected-ids") <(sort "$work/merged-ids")
check "no record id twice" test -z "$(sort "$work/merged-ids" | uniq -d)"
check "summaries summed: 10 files" test "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["files"])' "$run/summary.json")" = 10

# 6. A failed task re-run alone: shard 2's output removed, --rerun submits only it, and the merge passes again.
rm "$run/out/shard-002.jsonl" "$run/out/shard-002.summary.json"
check "the merge finds the missing shard" bash -c "OUT='$run' python3 '$here/merge.py' '$run' 2>&1 | grep -q 'no output: 2;'"
timeout 60 "$here/submit.sh" --wait --rerun "$run" > "$work/rerun.out" 2>&1
check "--rerun submits shard 2 alone and the merge succeeds" grep -q 'shards 2$' "$work/rerun.out"
check "after the re-run, merged output equals the single-process run" cmp -s "$run/merged.jsonl" "$work/single.jsonl"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
