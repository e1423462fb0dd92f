#!/usr/bin/env bash
# Rebuild cost a user pays, packed Corpus package against the EmbeddedResource of the same files (issue 12):
#   resource:  the seeds as EmbeddedResource, read with GetManifestResourceStream
#   package:   the packed Corpus package (PackageReference from a local feed) with AdditionalFiles Corpus="Seeds"
# Both projects are restored and built once (warm-up), then, interleaved, RUNS times each: the resource project and
# the package project rebuilt after touching their .cs file, and the package project after editing one seed. Release, no build servers (so /usr/bin/time -v
# sees the compiler as a child process). Finally the package build's program reads every article (time, peak memory).
# Prints a markdown table and the ratios, from one run.
#
#   scripts/package-build-benchmark.sh [megabytes=10] [runs=3] > table.md
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mb=${1:-10}
runs=${2:-3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d -t corpus-pkgbench.XXXXXX)
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
trap 'rm -rf "$work" "$packages/corpus/$version"' EXIT
# shellcheck source=bench-project.sh
source "$repo/scripts/bench-project.sh"
bench_feed "$work"

bench_package_and_seeds "$work" "$version" "$mb"

project() { # name, items, code: a console program
  bench_project "$work" "$1" Exe "" "$2" Program.cs "$3"
}

project package "    <PackageReference Include=\"Corpus\" Version=\"$version\" />
    <AdditionalFiles Include=\"$work/seeds/*.txt\" Corpus=\"Seeds\" />" \
  'long bytes = 0; int paragraphs = 0; foreach (var a in Bench.Seeds.Articles) { bytes += a.Utf8.Length; paragraphs += a.Paragraphs.Count; } System.Console.WriteLine($"{Bench.Seeds.Articles.Count} articles, {bytes} bytes, {paragraphs} paragraphs");'
project resource "    <EmbeddedResource Include=\"$work/seeds/*.txt\" LogicalName=\"seeds/%(Filename)%(Extension)\" />" \
  'long bytes = 0; foreach (var name in typeof(Program).Assembly.GetManifestResourceNames()) { using var s = typeof(Program).Assembly.GetManifestResourceStream(name)!; bytes += s.Length; } System.Console.WriteLine($"{bytes} bytes");'

once() { # dir, label, prepare-command: one timed build, appended to $work/runs.txt as "label|wall|rss"
  local dir=$1 label=$2 prepare=$3
  eval "$prepare"
  /usr/bin/time -v -o "$dir/time.txt" dotnet build "$dir" -c Release --no-restore --disable-build-servers -v:q -nologo > "$dir/build.log" 2>&1 \
    || { tail -30 "$dir/build.log" >&2; exit 1; }
  local wall rss
  wall=$(grep 'Elapsed (wall' "$dir/time.txt" | sed 's/.*: //' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(grep 'Maximum resident' "$dir/time.txt" | awk '{print $NF}')
  echo "$label|$wall|$rss|$(stat -c %s "$dir/bin/Release/net10.0/$(basename "$dir").dll")" >> "$work/runs.txt"
}

row() { # label: best wall, all walls, peak rss, assembly size
  awk -F'|' -v l="$1" -v seed="$seed_bytes" '$1==l { all = all " " $2; if (best == "" || $2 < best) best = $2; if ($3 > peak) peak = $3; size = $4 }
    END { printf "| %s | %s s |%s | %d MB | %d KiB | %.3f |\n", l, best, all, peak / 1024, size / 1024, size / seed }' "$work/runs.txt"
}

echo "| rebuild ($mb MB, $files files, $seed_bytes bytes) | best wall time | all runs (s) | peak RSS | assembly | assembly / seed bytes |"
echo "|---|---|---|---|---|---|"
for name in resource package; do
  /usr/bin/time -v -o "$work/$name/first.txt" dotnet build "$work/$name" -c Release --disable-build-servers -v:q -nologo > "$work/$name/warmup.log" 2>&1 || { tail -30 "$work/$name/warmup.log" >&2; exit 1; }
done
# Interleaved, so that a change in the machine's load falls on both alike.
one=$(ls "$work/seeds" | sed -n 1p)
for ((r = 0; r < runs; r++)); do
  once "$work/resource" "resource, .cs touched" 'touch "$dir/Program.cs"'
  once "$work/package" "package, .cs touched" 'touch "$dir/Program.cs"'
  once "$work/package" "package, one seed edited" 'echo "Officials said the talks would resume on day $r." >> "$work/seeds/$one"'
done
for label in "resource, .cs touched" "package, .cs touched" "package, one seed edited"; do row "$label"; done

first() { grep "$1" "$work/$2/first.txt" | sed 's/.*: //'; }
cache="$work/package/obj/Release/net10.0/corpus/seeds"
[ -d "$cache" ] && echo "Parse cache under obj/: $(find "$cache" -type f | wc -l) file(s), $(( $(du -sb "$cache" | cut -f1) / 1048576 )) MB."
echo
echo "First build (restore, task, compile): resource $(first 'Elapsed (wall' resource), package $(first 'Elapsed (wall' package) (peak $(( $(first 'Maximum resident' package) / 1024 )) MB)."
/usr/bin/time -v -o "$work/run.txt" dotnet "$work/package/bin/Release/net10.0/package.dll" > "$work/run.log"
echo "Reading every article (text and paragraphs) in a fresh process: $(cat "$work/run.log"); $(grep 'Elapsed (wall' "$work/run.txt" | sed 's/.*: //') wall, peak $(( $(grep 'Maximum resident' "$work/run.txt" | awk '{print $NF}') / 1024 )) MB."
awk -F'|' '{ if (!($1 in best) || $2 < best[$1]) best[$1] = $2; if ($3 > peak[$1]) peak[$1] = $3 } END {
  r = "resource, .cs touched"; p = "package, .cs touched"; e = "package, one seed edited"
  printf "\npackage / resource after a .cs touch: time %.2fx, peak memory %.2fx; one seed edited / .cs touch: %.2fx (best of each).\n", best[p]/best[r], peak[p]/peak[r], best[e]/best[p] }' "$work/runs.txt"
