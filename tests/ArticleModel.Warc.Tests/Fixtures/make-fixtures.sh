#!/usr/bin/env bash
# Regenerates the WARC fixtures of ArticleModel.Warc.Tests: Debian's wget (another WARC implementation) fetches the
# invented pages under site/ from serve.py on 127.0.0.1 and writes them as WARC files, gzip-per-record and plain;
# then a truncated and a corrupted copy are cut from them. Needs wget and python3; no network beyond loopback.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
python3 serve.py > "$work/port" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
cat > "$work/urls" <<URLS
http://news.example/
http://news.example/2026/03/harbour-lights.html
http://news.example/2026/04/orchard-census.html
http://news.example/notes.txt
http://news.example/gone.html
http://news.example/old-harbour
http://news.example/world/
http://www.daily.example/2026/05/tram-line.html
http://blog.sub.example/posts/first-frost.html
URLS
fetch() { # $1: WARC file name without extension; further arguments go to wget
  local name=$1; shift
  (cd "$work" && rm -rf out && mkdir out && cd out && \
    http_proxy="http://127.0.0.1:$port" wget -q -e robots=off --tries=1 -i ../urls --warc-file="../$name" "$@" || true)
}
fetch pages
fetch pages-plain --no-warc-compression
cp "$work/pages.warc.gz" pages.warc.gz
cp "$work/pages-plain.warc" pages.warc
# Truncated: the gzip file cut in the middle of its last response record; the plain file cut inside a record.
python3 - <<'PY'
import gzip, zlib
data = open("pages.warc.gz", "rb").read()
# Offsets of the gzip members (one WARC record each, as wget writes them).
starts, pos = [], 0
while pos < len(data):
    starts.append(pos)
    d = zlib.decompressobj(31)
    d.decompress(data[pos:])
    pos = len(data) - len(d.unused_data)
members = [(starts[i], (starts + [len(data)])[i + 1]) for i in range(len(starts))]
def record_type(member):
    head = gzip.decompress(data[member[0]:member[1]])[:400].decode("latin-1")
    return [l.split(":", 1)[1].strip() for l in head.split("\r\n") if l.startswith("WARC-Type:")][0]
responses = [m for m in members if record_type(m) == "response"]
last = responses[-1]
open("pages-truncated.warc.gz", "wb").write(data[:last[0] + (last[1] - last[0]) // 2])
# Corrupted: bytes in the middle of the second response's compressed data overwritten; every other member intact.
second = responses[1]
middle = (second[0] + second[1]) // 2
open("pages-corrupted.warc.gz", "wb").write(data[:middle] + b"\xff" * 24 + data[middle + 24:])
plain = open("pages.warc", "rb").read()
open("pages-truncated.warc", "wb").write(plain[:len(plain) - 700])
# Plain, corrupted: the second response's Content-Length made wrong (larger by 9), so its block end is not where it says.
first = plain.find(b"WARC-Type: response")
second_plain = plain.find(b"WARC-Type: response", first + 1)
cl = plain.find(b"Content-Length: ", second_plain)
end = plain.find(b"\r\n", cl)
length = int(plain[cl + 16:end])
open("pages-corrupted.warc", "wb").write(plain[:cl + 16] + str(length + 9).encode() + plain[end:])
PY
ls -l pages*.warc*
