#!/usr/bin/env bash
# What the build report costs a large corpus (docs/benchmarks.md, "The build report"): builds samples/Corpus.Sample
# over synthetic news (default 100 MB, seed 1) with the report on and off, in one run, interleaved.
#
#   scripts/report-cost.sh [megabytes=100] [rounds=3]
#
# Every measured build runs the build task and the compiler: switching <CorpusReport> changes the task's inputs, so
# the task runs again (each seed from the parse cache, as after an edit) and writes a new summary, so csc runs too. It
# is the build in which the report weighs most (a first build parses every seed as well). Each line gives the wall
# time of the whole build, the report's own time (written on a second thread while the text index is built) and how
# long the task then still waited for it (-v:n prints the task's steps).
# SCALE_WORK=/folder reuses a folder whose seeds/ were synthesised before (and SKIP_FIRST=1 its warm build too).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
rounds=${2:-3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=${SCALE_WORK:-$(mktemp -d -t corpus-report.XXXXXX)}
artifacts="$work/artifacts"
common=(--artifacts-path "$artifacts" -c Debug --disable-build-servers -p:TreatWarningsAsErrors=false -p:EmitCompilerGeneratedFiles=false)

if [ ! -d "$work/seeds" ]; then
  echo "== synthesising ${mb} MB (seed 1) into $work/seeds"
  dotnet run --project tools/Corpus.Synth -c Release -- --megabytes "$mb" --seed 1 --out "$work/seeds" > /dev/null
fi
echo "== seeds: $(find "$work/seeds" -name '*.txt' | wc -l) files, $(du -sb "$work/seeds" | cut -f1) bytes; load $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -z "${SKIP_FIRST:-}" ]; then # SKIP_FIRST=1: the rounds only, over a SCALE_WORK folder built before
  echo "== warm-up (restore, generator and runtime), then a first build over the seeds (parses every seed)"
  dotnet build samples/Corpus.Sample "${common[@]}" -v:q -nologo > "$work/warmup.log" 2>&1 || { tail -50 "$work/warmup.log"; exit 1; }
fi

measure() { # label, CorpusReport value
  local log="$work/build-$1.log" start end
  start=$(date +%s.%N)
  dotnet build samples/Corpus.Sample "${common[@]}" --no-restore -nologo -v:n "-p:CorpusSeeds=$work/seeds" "-p:CorpusReport=$2" > "$log" 2>&1 \
    || { tail -30 "$log"; exit 1; }
  end=$(date +%s.%N)
  local report wait html
  report=$(grep -Eo 'Corpus: report Seeds: [0-9]+ ms' "$log" | grep -Eo '[0-9]+ ms' | head -1 || true)
  wait=$(grep -Eo 'Corpus: wait for the reports: [0-9]+ ms' "$log" | grep -Eo '[0-9]+ ms' | head -1 || true)
  html=$(find "$artifacts/obj/Corpus.Sample" -name 'Seeds.html' -printf '%s bytes' 2>/dev/null | head -1)
  printf '%-8s report=%-5s wall %6.2f s   report written in %8s, then waited for %7s   %s   load %s\n' \
    "$1" "$2" "$(echo "$end - $start" | bc)" "${report:--}" "${wait:-?}" "${html:-no report}" "$(cut -d' ' -f1 /proc/loadavg)"
}

[ -n "${SKIP_FIRST:-}" ] || measure first true
for round in $(seq 1 "$rounds"); do
  measure "round$round" false
  measure "round$round" true
done
grep -h 'Corpus Seeds:' "$work"/build-round1.log | head -1 | sed 's/^ */summary line: /'
