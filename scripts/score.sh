#!/usr/bin/env bash
# Scores the sample's --json over a labelled folder with tests/data/eval/score.py (a copy of the shared scorer).
#
#   scripts/score.sh seeds [score.py flags...]     the five seeds (samples/Corpus.Sample/seeds, tests/data/seeds.gold.json)
#   scripts/score.sh dev   [score.py flags...]     the 23 real articles of tests/data/dev (see its SOURCES.md)
#   scripts/score.sh mess  [score.py flags...]     every messy variant that tests/data/eval/mess.py makes of the dev set
#   scripts/score.sh DIR GOLD.json [flags...]      any folder of seeds and its gold file
#
# Flags go to score.py: --min METRIC=VALUE (exit 1 below it), --per-article.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
what=${1:?usage: scripts/score.sh seeds|dev|mess|DIR GOLD [flags]}
shift

score_folder() { # seeds folder, gold file, flags...
  local seeds=$1 gold=$2 out
  shift 2
  out=$(mktemp)
  dotnet build "$repo/samples/Corpus.Sample" -v q -nologo -p:CorpusSeeds="$seeds" -p:TreatWarningsAsErrors=false >/dev/null
  dotnet run --project "$repo/samples/Corpus.Sample" --no-build -p:CorpusSeeds="$seeds" -- --json > "$out"
  python3 "$repo/tests/data/eval/score.py" "$gold" "$out" "$@"
  rm -f "$out"
}

case "$what" in
  seeds) score_folder "$repo/samples/Corpus.Sample/seeds" "$repo/tests/data/seeds.gold.json" "$@" ;;
  dev) score_folder "$repo/tests/data/dev/seeds" "$repo/tests/data/dev/gold.json" "$@" ;;
  mess)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    python3 "$repo/tests/data/eval/mess.py" "$repo/tests/data/dev/seeds" "$repo/tests/data/dev/gold.json" "$work" >/dev/null
    status=0
    for variant in "$work"/*/; do
      name=$(basename "$variant")
      score_folder "${variant}seeds" "${variant}gold.json" "$@" | sed "s/^/$name: /" || status=1
    done
    exit $status ;;
  *) score_folder "$what" "${1:?gold file}" "${@:2}" ;;
esac
