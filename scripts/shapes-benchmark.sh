#!/usr/bin/env bash
# Parse, story-facts and whole-generator time per MB for one seed of each pathological shape (a file of quotation
# marks, one 4 MB line, one article naming thousands of people, ...) at 0.25, 0.5, 1, 2 and 4 MB. A stopwatch run,
# the least of three runs per cell after a warm-up: the question is whether time per MB stays flat (linear) as the file
# grows, not nanoseconds. Prints a markdown table for docs/benchmarks.md ("Pathological shapes"). ~5-10 minutes on
# 2 cores.
#
#   scripts/shapes-benchmark.sh [max-megabytes=4] [shape...]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
dotnet run -c Release --project benchmarks/Corpus.Shapes -- "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
