#!/usr/bin/env bash
# Cold first access to one article in a fresh process (docs/benchmarks.md, issue 12, "Cold first access"): builds
# the runtime benchmark over a synthetic corpus, then copies its output once more with the runtime library replaced
# by the ReadyToRun image for this machine's RID (the image a package user's app loads from
# runtimes/<rid>/lib/net10.0; the benchmark itself takes the library by ProjectReference, as IL). Then it runs
# `--cold corpus|resource|file` in turns, IL library and ReadyToRun library alternating, RUNS fresh processes each, and
# prints the median and best of the first access alone (µs) and the load average before and after.
#
#   scripts/cold-access.sh [megabytes=10] [runs=21]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-10}
runs=${2:-21}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
tmp=$(mktemp -d -t corpus-cold.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;; Darwin-arm64) rid=osx-arm64 ;; *) rid=win-x64 ;;
esac

dotnet run --project tools/Corpus.Synth -c Release -- --megabytes "$mb" --seed 1 --out "$tmp/seeds" >&2
# The repo's build task is found by the props in src/Corpus.Build/bin (an --artifacts-path build puts it elsewhere).
dotnet build src/Corpus.Build -c Release -v:q -nologo >&2
dotnet build benchmarks/Corpus.Benchmarks -c Release --artifacts-path "$tmp/art" "-p:BenchSeeds=$tmp/seeds" -v:q -nologo >&2
il=$(dirname "$(find "$tmp/art/bin/Corpus.Benchmarks" -name Corpus.Benchmarks.dll | head -1)")
dotnet build src/Corpus.Runtime -c Release -f net10.0 -v:q -nologo >&2
dotnet msbuild src/Corpus.Runtime -t:CorpusReadyToRunImages -p:Configuration=Release -p:TargetFramework=net10.0 "-p:CorpusReadyToRunIdentifiers=$rid" -v:q -nologo >&2
cp -r "$il" "$tmp/r2r"
cp "src/Corpus.Runtime/obj/Release/readytorun/$rid/Corpus.Runtime.dll" "$tmp/r2r/Corpus.Runtime.dll"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq "$runs"); do
  for lib in il r2r; do
    for kind in corpus resource file; do
      dir=$il; [ "$lib" = r2r ] && dir=$tmp/r2r
      dotnet "$dir/Corpus.Benchmarks.dll" --cold "$kind" | cut -d' ' -f1 >> "$tmp/$lib-$kind.txt"
    done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "| first access to one article (${mb} MB corpus, median of ${runs} fresh processes, in turns) | runtime library IL | runtime library ReadyToRun ($rid) |"
echo "|---|---:|---:|"
for kind in corpus resource file; do
  row="| $kind |"
  for lib in il r2r; do
    median=$(sort -n "$tmp/$lib-$kind.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    best=$(sort -n "$tmp/$lib-$kind.txt" | head -1)
    row="$row $(awk -v m="$median" -v b="$best" 'BEGIN {printf "%.2f ms (best %.2f)", m/1000, b/1000}') |"
  done
  echo "$row"
done
echo
echo "Load average before: $load_before; after: $load_after ($(nproc) cores)."
