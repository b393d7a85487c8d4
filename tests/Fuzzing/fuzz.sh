#!/usr/bin/env bash
# Coverage-guided fuzzing of the plain-text reader, the JSON Lines reader and the CLI's per-input path with SharpFuzz
# and AFL++ (docs/reliability.md, "Fuzzing").
#   tests/Fuzzing/fuzz.sh TARGET [SECONDS] [OUT]     TARGET: reader | jsonl | cli; SECONDS default 600
# Needs: afl-fuzz (Debian: apt-get install afl++) and the sharpfuzz tool (dotnet tool install --global SharpFuzz.CommandLine).
# Crashes land in OUT/default/crashes; replay one with:
#   dotnet tests/Fuzzing/bin/Release/net10.0/ArticleModel.Fuzzing.dll TARGET --run OUT/default/crashes/id:...
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz.sh reader|jsonl|cli [SECONDS] [OUT]}
seconds=${2:-600}
out=${3:-findings-$target}
bin=bin/Release/net10.0
export PATH="$PATH:$HOME/.dotnet/tools"

dotnet build -c Release -v q -nologo . >/dev/null
# Instrument the assemblies under test (in the output folder only; rebuilding restores them).
for dll in ArticleModel.dll ArticleModel.Interpreter.dll ArticleModel.Cli.dll; do sharpfuzz "$bin/$dll" >/dev/null; done

export AFL_SKIP_BIN_CHECK=1          # the target is `dotnet`, instrumented at the IL level by SharpFuzz, not by afl-cc
export AFL_NO_UI=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_SKIP_CPUFREQ=1
export DOTNET_TieredPGO=0
timeout --signal=INT "$seconds" afl-fuzz -i "Seeds/$target" -o "$out" -t 5000 -m none -V "$seconds" -- dotnet "$bin/ArticleModel.Fuzzing.dll" "$target" || true
grep -E "execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time" "$out/default/fuzzer_stats" || true
