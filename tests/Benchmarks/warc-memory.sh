#!/usr/bin/env bash
# Issue 16: memory of `articlemodel parse --warc` is flat in the archive's size (docs/scale.md).
# Writes a ~100 MB gzip WARC (one record per member, as Common Crawl writes them): every tenth record one of the
# invented fixture pages (parsed with WebArticle), the others 100 KB non-HTML payloads of random bytes (read through
# and skipped, so the run measures the reader and the pipeline, not the parser); then a ~1 GB one, the same members ten
# times. Runs the Release CLI over each under /usr/bin/time -v and prints peak RSS and wall time; fails when the 1 GB
# run's peak RSS is more than MAX_FACTOR (default 1.5) times the 100 MB run's. Needs python3; not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-$(mktemp -d)}
dotnet build -c Release src/ArticleModel.Cli -v q -nologo >/dev/null
cli=(dotnet src/ArticleModel.Cli/bin/Release/net10.0/ArticleModel.Cli.dll)

python3 - "$work" <<'PY'
import glob, os, sys, uuid, zlib
work = sys.argv[1]
pages = [open(p, "rb").read() for p in sorted(glob.glob("tests/ArticleModel.Warc.Tests/Fixtures/site/**/*.html", recursive=True))]
def member(block, content_type, url):
    head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\n"
            "WARC-Date: 2026-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (uuid.uuid4(), url, len(block))).encode()
    z = zlib.compressobj(1, zlib.DEFLATED, 31)
    return z.compress(head + block + b"\r\n\r\n") + z.flush()
with open(os.path.join(work, "100mb.warc.gz"), "wb") as f:
    size, i = 0, 0
    while size < 100 * 1000 * 1000:
        if i % 10 == 0:
            page = pages[i // 10 % len(pages)]
            block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
            url = "http://news.example/%d.html" % i
        else:
            block = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n" + os.urandom(100 * 1024)
            url = "http://news.example/%d.bin" % i
        m = member(block, None, url)
        f.write(m)
        size += len(m)
        i += 1
print("%d records, %.0f MB" % (i, size / 1e6))
PY
for _ in $(seq 10); do cat "$work/100mb.warc.gz"; done > "$work/1gb.warc.gz"
ls -l "$work"/*.warc.gz

declare -A rss
for name in 100mb 1gb; do
  /usr/bin/time -v "${cli[@]}" parse --warc "$work/$name.warc.gz" --threads 2 --output /dev/null 2> "$work/$name.time"
  rss[$name]=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$name.time")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$name.time")
  echo "$name: peak RSS ${rss[$name]} KB, wall $wall; $(grep '^warc:' "$work/$name.time")"
done
python3 -c "import sys; a, b, m = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]); print('peak RSS 1 GB / 100 MB: %.2f' % (b / a)); sys.exit(0 if b <= a * m else 1)" \
  "${rss[100mb]}" "${rss[1gb]}" "${MAX_FACTOR:-1.5}"
