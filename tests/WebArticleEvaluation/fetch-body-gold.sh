#!/usr/bin/env bash
# Lays out the body-text gold sets the evaluation command scores (`--gold DIR`): Dragnet's 1,382 pages (seomoz
# dragnet_data, AGPL data), L3S-GN1's 621 Google News pages (page-signal) and CleanEval's dev and final sets and CleanPortalEval, as
# j-szulc/html-cleaning-dataset-merged mirrors them (input/NAME.html beside GoldStandard/NAME.txt). The pages are
# third-party data: they go to DIR (default ../shared/corpora/body-gold), never into this repository. Mozilla
# Readability's test pages, which that mirror also holds, are held out and not extracted.
#   usage: fetch-body-gold.sh [DIR] [SOURCE]   SOURCE: a git directory or URL of the mirror repository
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${1:-$here/../../../shared/corpora/body-gold}"
source="${2:-https://github.com/j-szulc/html-cleaning-dataset-merged.git}"
sets=(dragnet_data page-signal-master cleaneval-dev cleaneval-final CleanPortalEval-master)
mkdir -p "$dir"
if [[ -d "$source" ]]; then
  git --git-dir="$source" archive HEAD "${sets[@]}" | tar -x -C "$dir"
else
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  git clone --depth 1 --quiet "$source" "$tmp/repo"
  (cd "$tmp/repo" && tar -c "${sets[@]}") | tar -x -C "$dir"
fi
for s in "${sets[@]}"; do echo "$s: $(ls "$dir/$s/input" | wc -l) pages"; done
