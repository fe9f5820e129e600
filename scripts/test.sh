#!/usr/bin/env bash
# The project's tests: formatting (.swift-format), unit and end-to-end tests, then
# every bundled lesson re-executed and compared with its stored outputs by the
# release build, then a short run of the libFuzzer targets.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift format lint --strict --recursive Sources Package.swift Tests/CellsTests Tests/NotebookTests Tests/EndToEndTests
# The two release builds, nnbook's and the fuzz targets' (instrumented, in .build-fuzz), spend
# most of their time in one compiler process each (the optimizer of one large module), so on
# two cores they run side by side. Their packages are fetched first, one build at a time.
swift package resolve
swift package --package-path Fuzz --scratch-path .build-fuzz resolve
fuzz_log=$(mktemp)
FUZZ_BUILD_ONLY=1 scripts/fuzz.sh > "$fuzz_log" 2>&1 &
fuzz_build=$!
trap 'kill "$fuzz_build" 2>/dev/null || true' EXIT
swift build -c release --static-swift-stdlib --product nnbook
if ! wait "$fuzz_build"; then
  cat "$fuzz_log"
  echo "test.sh: the fuzz targets did not build" >&2
  exit 1
fi
trap - EXIT
tail -n 1 "$fuzz_log"
rm -f "$fuzz_log"
swift build --build-tests
swift test --skip-build
.build/release/nnbook check notebooks/
# The libFuzzer targets (Fuzz/, docs/FUZZING.md): an instrumented build, then a fixed number
# of inputs per target, the same on every machine (about a minute each; at most 600 s).
FUZZ_RUNS=20000 scripts/fuzz.sh 600 FuzzDocument
FUZZ_RUNS=4000 scripts/fuzz.sh 600 FuzzCells
