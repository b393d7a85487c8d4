#!/usr/bin/env bash
# CLI batch throughput and peak memory (docs/performance.md, "CLI batch throughput").
# Builds the CLI in Release, writes a corpus of 10,000 article files and JSON Lines streams of 10,000 and 100,000
# records (the sample and quote-evaluation articles, repeated), then times `articlemodel parse` with 1 and 2 worker
# threads under /usr/bin/time -v (wall time and peak resident set size). Needs python3 to write the corpus.
# Then the memory check of issue 9 item 7: one 20 MB input (random bytes, prose, short lines, random printable
# characters, Title Case words) parsed alone; its peak
# RSS above the tool's start-up RSS must stay within MAX_FACTOR (default 5) times the input, or the script fails.
# MEMORY_ONLY=1 runs the memory check alone (no 10,000-file corpus, no batch timings).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-$(mktemp -d)}
dotnet build -c Release src/ArticleModel.Cli -v q -nologo >/dev/null
cli=(dotnet src/ArticleModel.Cli/bin/Release/net10.0/ArticleModel.Cli.dll)
schema=src/ArticleModel.Sample/NewsStory.article

if [ "${MEMORY_ONLY:-0}" != 1 ]; then
python3 - "$work" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
paths = sorted(glob.glob('src/ArticleModel.Sample/Articles/*.txt')) + sorted(glob.glob('tests/QuoteEvaluation/Articles/*.txt'))
arts = [open(p, encoding='utf-8-sig').read() for p in paths]
for i in range(10000):
    d = os.path.join(work, 'folder', '%02d' % (i // 1000))
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, 'a%05d.txt' % i), 'w', encoding='utf-8').write(arts[i % len(arts)])
for n in (10000, 100000):
    with open(os.path.join(work, 'records-%d.jsonl' % n), 'w', encoding='utf-8') as f:
        for i in range(n):
            f.write(json.dumps({'id': i, 'text': arts[i % len(arts)]}, ensure_ascii=False) + '\n')
print('%d distinct articles, %.0f UTF-8 bytes on average' % (len(arts), sum(len(a.encode()) for a in arts) / len(arts)))
PY

measure() { # label, args...
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" "${cli[@]}" "$@" >/dev/null 2>"$work/stderr.txt" || true
  tail -n 1 "$work/stderr.txt"
}
cat /proc/loadavg | sed "s/^/load average before: /"
for t in 1 2; do measure "10,000 files, --threads $t" parse --schema "$schema" --threads "$t" "$work/folder"; done
for n in 10000 100000; do
  for t in 1 2; do measure "$n JSONL records, --threads $t" parse --schema "$schema" --jsonl --threads "$t" "$work/records-$n.jsonl"; done
done
measure "startup + one article" parse --schema "$schema" src/ArticleModel.Sample/Articles/harbor-bridge-vote.txt
fi

# Peak RSS in proportion to one large input.
max_factor=${MAX_FACTOR:-5}
python3 - "$work" <<'PY'
import glob, os, random, sys
work = sys.argv[1]
size = 20 * 1000 * 1000
random.seed(7)
open(os.path.join(work, 'random.bin'), 'wb').write(random.randbytes(size))
arts = [open(p, encoding='utf-8-sig').read() for p in sorted(glob.glob('src/ArticleModel.Sample/Articles/*.txt'))]
prose = ('\n\n'.join(arts) * (size // sum(len(a) for a in arts) + 2)).encode()[:size]
open(os.path.join(work, 'prose.txt'), 'wb').write(prose)
open(os.path.join(work, 'short-lines.txt'), 'wb').write((b'x' * 15 + b'\n') * (size // 16))
# random letters, spaces, stops and quote marks: valid text that is quotes and capitalised "names" everywhere
alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ      ..,,""\'\n\u201c\u201d'
open(os.path.join(work, 'printable.txt'), 'wb').write(''.join(random.choice(alphabet) for _ in range(size)).encode()[:size])
# Title Case words with a quote mark now and then: every run of words reads as a new name
words, written = [], 0  # a running total (summing the whole list each time made this step quadratic)
while written < size:
    before = len(words)
    words.append(''.join(random.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(random.randint(2, 8))).capitalize())
    if random.random() < 0.05: words.append('"')
    if random.random() < 0.02: words.append('said.\n\n')
    written += sum(len(w) + 1 for w in words[before:])
open(os.path.join(work, 'title-case.txt'), 'wb').write(' '.join(words).encode()[:size])
PY
peak_kb() { /usr/bin/time -f "%M" "${cli[@]}" "$@" >/dev/null 2>"$work/peak.txt" || true; tail -n 1 "$work/peak.txt"; }
base=$(peak_kb parse --schema "$schema" src/ArticleModel.Sample/Articles/minimal.txt)
status=0
for input in random.bin prose.txt short-lines.txt printable.txt title-case.txt; do
  bytes=$(stat -c %s "$work/$input")
  peak=$(peak_kb parse --schema "$schema" --output /dev/null "$work/$input")
  factor=$(python3 -c "print(f'{($peak - $base) * 1024 / $bytes:.1f}')")
  verdict=$(python3 -c "print('ok' if ($peak - $base) * 1024 <= $max_factor * $bytes else 'TOO MUCH')")
  echo "20 MB $input: peak RSS $peak KB (start-up $base KB): ${factor}x the input above start-up, limit ${max_factor}x: $verdict"
  [ "$verdict" = ok ] || status=1
done
cat /proc/loadavg | sed "s/^/load average after: /"
exit $status
