#!/usr/bin/env bash
# Regenerates the measured part of docs/benchmarks.md (between the "generated" markers; the analysis around it is
# written by hand). Takes about 15-25 minutes on 2 cores:
#   1. BenchmarkDotNet, generator stages at 1, 10 and 100 MB of synthetic news (benchmarks/Corpus.Benchmarks);
#   2. BenchmarkDotNet, run-time access over a 10 MB synthetic corpus compiled into the benchmark assembly, with
#      the same files as embedded resources and as files beside it; then cold first access in fresh processes;
#   3. scripts/build-benchmark.sh: whole `dotnet build` of generator vs EmbeddedResource vs copy-to-output, 10 MB;
#   4. BenchmarkDotNet, the generator re-run after one seed (or one C# file) is edited in a 1,000-file corpus.
# The 100 MB sample build is scripts/scale-build.sh (its last result is pasted into the doc by hand: ~15 min).
#
#   scripts/benchmarks.sh [runtime-megabytes=10] [build-megabytes=10]
set -euo pipefail
cd "$(dirname "$0")/.."
rt_mb=${1:-10}
build_mb=${2:-10}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
tmp=$(mktemp -d -t corpus-bench.XXXXXX)
# Kept when a step fails, so the finished steps' BenchmarkDotNet reports can still be read.
trap 'status=$?; [ "$status" -eq 0 ] && rm -rf "$tmp" || echo "kept $tmp (exit $status)" >&2' EXIT
doc=docs/benchmarks.md
out="$tmp/generated.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

bdn_table() { # results folder -> the github markdown table without BenchmarkDotNet's environment header
  local report
  report=$(find "$1" -name '*-report-github.md' | head -1)
  sed -n '/^|/,$p' "$report"
}

echo "== 1. generator stages" >&2
dotnet build benchmarks/Corpus.Benchmarks -c Release --artifacts-path "$tmp/art-gen" -v:q -nologo >&2
gen_dll=$(find "$tmp/art-gen/bin/Corpus.Benchmarks" -name Corpus.Benchmarks.dll | head -1)
dotnet "$gen_dll" --filter '*GeneratorBenchmarks*' --artifacts "$tmp/bdn-gen" >&2
dotnet "$gen_dll" --filter '*IncrementalBenchmarks*' --artifacts "$tmp/bdn-inc" >&2

echo "== 2. run time over ${rt_mb} MB" >&2
dotnet run --project tools/Corpus.Synth -c Release -- --megabytes "$rt_mb" --seed 1 --out "$tmp/seeds" >&2
dotnet build benchmarks/Corpus.Benchmarks -c Release --artifacts-path "$tmp/art-rt" "-p:BenchSeeds=$tmp/seeds" -v:q -nologo >&2
rt_dll=$(find "$tmp/art-rt/bin/Corpus.Benchmarks" -name Corpus.Benchmarks.dll | head -1)
dotnet "$rt_dll" --filter '*RuntimeBenchmarks*' --artifacts "$tmp/bdn-rt" >&2
cold="$tmp/cold.md"
{
  echo "| first access to one article, fresh process (median of 5) | that access alone | process start to done |"
  echo "|---|---|---|"
  for kind in corpus resource file; do
    for i in 1 2 3 4 5; do dotnet "$rt_dll" --cold "$kind"; done > "$tmp/cold-$kind.txt"
    first=$(sort -n -k1 "$tmp/cold-$kind.txt" | sed -n 3p | cut -d' ' -f1)
    total=$(sort -n -k2 "$tmp/cold-$kind.txt" | sed -n 3p | cut -d' ' -f2)
    echo "| $kind | ${first} µs | ${total} ms |"
  done
} > "$cold"

echo "== 3. whole builds over ${build_mb} MB" >&2
scripts/build-benchmark.sh "$build_mb" 2 > "$tmp/build.md"

{
  echo "<!-- generated:start (scripts/benchmarks.sh; do not edit by hand) -->"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit \`$(git rev-parse --short HEAD)\`$(git diff --quiet || echo ' (plus uncommitted changes)')."
  echo
  echo "**Machine:** $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB,"
  echo "$(. /etc/os-release; echo "$PRETTY_NAME"), .NET SDK $(dotnet --version). Shared with other engineers' builds: load average"
  echo "$load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (2 cores), so absolute times are inflated and noisy; compare ratios."
  echo
  echo "### 1. Generator throughput (BenchmarkDotNet, in-process, 1 warm-up + 5 iterations)"
  echo
  echo "Synthetic news, seed 1. \`Utf8Scan\` (baseline) validates and counts the UTF-8 bytes; \`Utf8Decode\` decodes them to"
  echo "strings (what the compiler does before the generator sees a file); \`Parse\` is the parse stage; \`ParseAndEmit\` adds the"
  echo "emitter (the C# text of every article); \`WholeGenerator\` runs every step through \`CSharpGeneratorDriver\`, as the compiler"
  echo "does (parse, names, stories, text index, every file's source). MB/s from the median."
  echo
  bdn_table "$tmp/bdn-gen"
  echo
  echo "### 2. Whole \`dotnet build\` (scripts/build-benchmark.sh, Release, after a touch, compiler in-process)"
  echo
  cat "$tmp/build.md"
  echo
  echo "### 3. Run time (BenchmarkDotNet, ${rt_mb} MB synthetic corpus compiled into the benchmark assembly)"
  echo
  echo "Steady state, after first use. \`Article*\` read one article of the compiled corpus, \`Resource*\` the same file as an"
  echo "embedded resource (GetManifestResourceStream), \`File*\` the same file beside the assembly. \`Scan*\` read every article:"
  echo "UTF-8 spans, cached strings, every paragraph through the offset tables, and (prototype) spans over the embedded"
  echo "resources in the mapped image. MB/s from the median."
  echo
  bdn_table "$tmp/bdn-rt"
  echo
  cat "$cold"
  echo
  echo "### 4. Incremental edit (BenchmarkDotNet, 1,000 synthetic articles, generator driver already run once)"
  echo
  echo "\`FullRun\` (baseline) is a cold run over the corpus; \`OneSeedEdited\` re-runs the warm driver after one seed gains a"
  echo "sentence; \`CodeFileEdited\` after a C# file is added to the compilation. Ratio = edit / full run."
  echo
  bdn_table "$tmp/bdn-inc"
  echo
  echo "<!-- generated:end -->"
} > "$out"

python3 - "$doc" "$out" <<'PY'
import sys, re
doc, gen = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
new = re.sub(r"<!-- generated:start.*?<!-- generated:end -->\n", lambda m: gen, text, flags=re.S)
open(doc, "w", encoding="utf-8").write(new if new != text or gen in text else text + "\n" + gen)
PY
echo "== wrote $doc" >&2
