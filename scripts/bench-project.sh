# Sourced by the build benchmarks (build-benchmark.sh, package-build-benchmark.sh, large-build.sh): throw-away projects.
#   bench_project DIR NAME OUTPUT_TYPE EXTRA ITEMS CODE_FILE CODE
# OUTPUT_TYPE is Exe or Library; EXTRA is XML put first in the project (e.g. an <Import>), or empty.
bench_project() {
  local dir=$1 name=$2 output=$3 extra=$4 items=$5 file=$6 code=$7
  mkdir -p "$dir/$name"
  cat > "$dir/$name/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
$extra
  <PropertyGroup>
    <OutputType>$output</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Bench</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
$items
  </ItemGroup>
</Project>
XML
  echo "$code" > "$dir/$name/$file"
}

# bench_feed DIR: keeps DIR out of this repo's build settings and points NuGet at DIR/feed alone (the packed package).
bench_feed() {
  local dir=$1
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Build.targets"
  echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$dir/Directory.Packages.props"
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$dir/feed" /></packageSources></configuration>
XML
}

# bench_package_and_seeds DIR VERSION MB: packs this repo's package as VERSION into DIR/feed and synthesises MB of news
# (seed 1) into DIR/seeds; sets seed_bytes and files (counted with find, so 200,000 seeds are no argument list).
bench_package_and_seeds() {
  local dir=$1 version=$2 mb=$3
  dotnet pack "$repo/src/Corpus.Runtime/Corpus.Runtime.csproj" -c Release -o "$dir/feed" -p:Version="$version" -v:q -nologo >&2
  dotnet run --project "$repo/tools/Corpus.Synth" -c Release -- --megabytes "$mb" --seed 1 --out "$dir/seeds" >&2
  seed_bytes=$(find "$dir/seeds" -name '*.txt' -print0 | xargs -0 cat | wc -c)
  files=$(find "$dir/seeds" -name '*.txt' | wc -l)
}

