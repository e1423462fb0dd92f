#!/usr/bin/env bash
# A very large corpus through the packed package, as a user would build it (issue 12: "1 GB builds and the built
# program reads every article"): pack, synthesise MB of seeds, make one console project over them, build it once
# (restore, task, compile), rebuild it after touching Program.cs, and run it: the program reads every article's text
# and paragraphs. Prints wall time and peak RSS of each step (/usr/bin/time -v), and the assembly size.
#
#   scripts/large-build.sh [megabytes=1000] [extra project XML, e.g. '<CorpusTextIndex>false</CorpusTextIndex>']
#
# At 1 GB the text index would make the resource larger than one assembly holds (CORPUS023), so pass
# '<CorpusTextIndex>false</CorpusTextIndex>'. The work folder is kept (its path is printed) for inspection.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mb=${1:-1000}
extra=${2:-}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d -t corpus-large.XXXXXX)
version="0.1.0-large.$(date -u +%Y%m%d%H%M%S)"
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
trap 'rm -rf "$packages/corpus/$version" "$work/seeds"' EXIT
echo "work folder: $work"
# shellcheck source=bench-project.sh
source "$repo/scripts/bench-project.sh"
bench_feed "$work"

bench_package_and_seeds "$work" "$version" "$mb"

bench_project "$work" large Exe "${extra:+  <PropertyGroup>$extra</PropertyGroup>}" "    <PackageReference Include=\"Corpus\" Version=\"$version\" />
    <AdditionalFiles Include=\"$work/seeds/*.txt\" Corpus=\"Seeds\" />" Program.cs \
  'long bytes = 0; int paragraphs = 0, quotations = 0; foreach (var a in Bench.Seeds.Articles) { bytes += a.Utf8.Length; paragraphs += a.Paragraphs.Count; quotations += a.Quotations.Count; } System.Console.WriteLine($"{Bench.Seeds.Articles.Count} articles, {bytes} bytes, {paragraphs} paragraphs, {quotations} quotations");'

timed() { # label, command...: wall time and peak RSS of one step
  local label=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/$label.log" 2>&1 || { tail -40 "$work/$label.log" >&2; exit 1; }
  echo "| $label | $(grep 'Elapsed (wall' "$work/time.txt" | sed 's/.*: //') | $(( $(grep 'Maximum resident' "$work/time.txt" | awk '{print $NF}') / 1024 )) MB |"
}

echo "$mb MB of synthetic seeds: $files files, $seed_bytes bytes; project options: ${extra:-(none)}"
echo
echo "| step | wall | peak RSS |"
echo "|---|---|---|"
timed "first build" dotnet build "$work/large" -c Release --disable-build-servers -v:q -nologo
touch "$work/large/Program.cs"
timed "rebuild, .cs touched" dotnet build "$work/large" -c Release --no-restore --disable-build-servers -v:q -nologo
timed "run: read every article" dotnet "$work/large/bin/Release/net10.0/large.dll"
echo
echo "Program output: $(cat "$work/run: read every article.log")"
echo "Assembly: $(stat -c %s "$work/large/bin/Release/net10.0/large.dll") bytes ($(awk -v a="$(stat -c %s "$work/large/bin/Release/net10.0/large.dll")" -v s="$seed_bytes" 'BEGIN { printf "%.3f", a / s }') of the seed bytes)."
echo "Diagnostics in the first build's log: $(grep -c 'CORPUS0' "$work/first build.log" || true) lines."
