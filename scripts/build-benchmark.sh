#!/usr/bin/env bash
# Whole `dotnet build` of one project over the same synthetic seeds, three ways:
# (projects are not named "corpus": NuGet confuses that with the Corpus package that Corpus.Runtime packs as)
#   gen:      the Corpus generator (ProjectReference to this repo) with AdditionalFiles Corpus="Seeds"
#   resource: the files as EmbeddedResource, read with GetManifestResourceStream
#   copy:     the files copied to the output folder, read with File.ReadAllText
# Each project is restored and built once (warm-up), then built RUNS times after touching its .cs file (Release,
# compiler in-process: --disable-build-servers, so /usr/bin/time -v sees the compiler's memory as a child's).
# Prints a markdown table: best and all wall times, peak RSS, assembly size.
#
#   scripts/build-benchmark.sh [megabytes=10] [runs=2] > table.md
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mb=${1:-10}
runs=${2:-2}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d -t corpus-buildbench.XXXXXX)
trap 'rm -rf "$work"' EXIT
# Empty props/targets stop MSBuild's upward search, so no Directory.Build.* above the temp folder applies.
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$work/Directory.Packages.props"

dotnet run --project "$repo/tools/Corpus.Synth" -c Release -- --megabytes "$mb" --seed 1 --out "$work/seeds" >&2
seed_bytes=$(cat "$work"/seeds/*.txt | wc -c)

# shellcheck source=bench-project.sh
source "$repo/scripts/bench-project.sh"
project() { # name, items, code: a library; the generator's project imports the package's props as the package would
  local extra=""
  [[ "$1" == gen* ]] && extra="  <Import Project=\"$repo/src/Corpus.Generator/build/Corpus.Generator.props\" />"
  bench_project "$work" "$1" Library "$extra" "$2" Use.cs "$3"
}

project gen "    <ProjectReference Include=\"$repo/src/Corpus.Generator/Corpus.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />
    <ProjectReference Include=\"$repo/src/Corpus.Runtime/Corpus.Runtime.csproj\" />
    <AdditionalFiles Include=\"$work/seeds/*.txt\" Corpus=\"Seeds\" />" \
  'namespace Bench; public static class Use { public static string First() => Seeds.Articles[0].Text; }'
project resource "    <EmbeddedResource Include=\"$work/seeds/*.txt\" LogicalName=\"seeds/%(Filename)%(Extension)\" />" \
  'namespace Bench; public static class Use { public static string First(string name) { using var r = new System.IO.StreamReader(typeof(Use).Assembly.GetManifestResourceStream("seeds/" + name)!); return r.ReadToEnd(); } }'
project copy "    <None Include=\"$work/seeds/*.txt\" Link=\"seeds/%(Filename)%(Extension)\" CopyToOutputDirectory=\"PreserveNewest\" />" \
  'namespace Bench; public static class Use { public static string First(string name) => System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "seeds", name)); }'

echo "| build ($mb MB, $(ls "$work/seeds" | wc -l) files, $seed_bytes bytes) | best wall time | all runs (s) | peak RSS | assembly | assembly / seed bytes |"
echo "|---|---|---|---|---|---|"
for name in resource copy gen; do
  dir="$work/$name"
  dotnet build "$dir" -c Release --disable-build-servers -v:q -nologo > "$dir/warmup.log" 2>&1 || { tail -30 "$dir/warmup.log" >&2; exit 1; }
  times=(); peak=0
  for ((r = 0; r < runs; r++)); do
    touch "$dir/Use.cs"
    /usr/bin/time -v -o "$dir/time.txt" dotnet build "$dir" -c Release --no-restore --disable-build-servers -v:q -nologo > "$dir/build.log" 2>&1 \
      || { tail -30 "$dir/build.log" >&2; exit 1; }
    wall=$(grep 'Elapsed (wall' "$dir/time.txt" | sed 's/.*: //' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(grep 'Maximum resident' "$dir/time.txt" | awk '{print $NF}')
    times+=("$wall"); [ "$rss" -gt "$peak" ] && peak=$rss
  done
  best=$(printf '%s\n' "${times[@]}" | sort -g | head -1)
  dll="$dir/bin/Release/net10.0/$name.dll"
  size=$(stat -c %s "$dll")
  echo "| $name | ${best} s | ${times[*]} | $((peak / 1024)) MB | $((size / 1024)) KiB | $(awk "BEGIN{printf \"%.2f\", $size/$seed_bytes}") |"
  echo "$name $best $peak $size" >> "$work/raw.txt"
done
# Ratios against the EmbeddedResource build (the ProjectReference form; scripts/package-build-benchmark.sh measures the packed package).
awk '$1=="resource"{rt=$2; rm=$3} $1=="gen"{ct=$2; cm=$3} END {
  printf "\ngen / resource: time %.2fx, peak memory %.2fx.\n", ct/rt, cm/rm }' "$work/raw.txt"
