#!/usr/bin/env bash
# The issue's scale check: synthesise a corpus (default 100 MB, seed 1) into a temp folder, build
# samples/Corpus.Sample over it, and report wall time, peak memory and the generator's share of the build.
#
#   scripts/scale-build.sh [megabytes=100] [seed=1] [configuration=Debug]
#
# How it measures (see docs/benchmarks.md):
# - everything builds into a private --artifacts-path, so the repo's bin/obj are untouched;
# - a warm-up build over the sample's own seeds restores and builds the generator and runtime first, so the
#   measured build compiles only the sample;
# - --disable-build-servers (no MSBuild node reuse, no VBCSCompiler server) keeps the compiler a child process, so
#   /usr/bin/time -v's "Maximum resident set size" is the peak of the largest process (in practice csc);
# - ReportAnalyzer=true makes csc print each generator's time; EmitCompilerGeneratedFiles=false does not write
#   the generated sources to disk (a user would not at this size).
# Without /usr/bin/time the script falls back to bash's time (wall time only, no peak memory).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
seed=${2:-1}
config=${3:-Debug}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=${SCALE_WORK:-$(mktemp -d -t corpus-scale.XXXXXX)}
artifacts="$work/artifacts"
common=(--artifacts-path "$artifacts" -c "$config" --disable-build-servers -p:TreatWarningsAsErrors=false -p:EmitCompilerGeneratedFiles=false ${SCALE_PROPS:-})

echo "== synthesising ${mb} MB (seed $seed) into $work/seeds"
dotnet run --project tools/Corpus.Synth -c Release -- --megabytes "$mb" --seed "$seed" --out "$work/seeds"

echo "== warm-up build (sample seeds)"
dotnet build samples/Corpus.Sample "${common[@]}" -v:q -nologo > "$work/warmup.log" 2>&1 || { tail -50 "$work/warmup.log"; exit 1; }

echo "== measured build over $work/seeds"
log="$work/build.log"
timing="$work/time.txt"
status=0
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$timing" dotnet build samples/Corpus.Sample "${common[@]}" --no-restore -nologo -v:d -clp:PerformanceSummary \
    -p:ReportAnalyzer=true "-p:CorpusSeeds=$work/seeds" > "$log" 2>&1 || status=$?
else
  start=$(date +%s.%N)
  dotnet build samples/Corpus.Sample "${common[@]}" --no-restore -nologo -v:d \
    -p:ReportAnalyzer=true "-p:CorpusSeeds=$work/seeds" > "$log" 2>&1 || status=$?
  echo "Elapsed (wall clock) time (h:mm:ss or m:ss): $(echo "$(date +%s.%N) - $start" | bc) s" > "$timing"
fi

files=$(find "$work/seeds" -name '*.txt' | wc -l)
bytes=$(du -sb "$work/seeds" | cut -f1)
dll=$(find "$artifacts/bin/Corpus.Sample" -name Corpus.Sample.dll | head -1)
echo "seeds:        $files files, $bytes bytes"
echo "build:        exit $status, $(grep -c ' error ' "$log" || true) error lines, $(grep -Ec 'warning CORPUS' "$log" || true) CORPUS warning lines"
grep -E 'error (CS|CORPUS)' "$log" | sort -u | head -5 || true
echo "wall time:    $(grep -E 'Elapsed \(wall' "$timing" | sed 's/.*: //')"
echo "peak RSS:     $(grep -E 'Maximum resident' "$timing" | awk '{printf "%.0f MB", $NF/1024}')"
echo "csc total:    $(grep -Eo 'Total analyzer execution time: [0-9.]+ seconds' "$log" | head -1 || true)"
echo "generators:   $(grep -Eo 'Total generator execution time: [0-9.]+ seconds' "$log" | head -1 || true)"
grep -E '^ +[0-9.]+ +[0-9<]+ +Corpus\.Generator,' "$log" | head -1 | awk '{print "corpus gen:   " $1 " s (" $2 " % of generator time)"}' || true
grep -E '^ +[0-9]+ ms +Csc ' "$log" | head -1 | awk '{print "csc task:     " $1 / 1000 " s (compiler and generators)"}' || true
grep -E 'Time Elapsed' "$log" | sed 's/^ */msbuild:      /' || true
[ -n "$dll" ] && echo "assembly:     $(stat -c %s "$dll") bytes ($dll)"
if [ "$status" -eq 0 ] && [ -n "$dll" ]; then
  echo "run:          $(dotnet "$dll" | head -1)"
fi
echo "logs:         $log $timing"
exit "$status"
