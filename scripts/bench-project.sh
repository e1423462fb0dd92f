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

