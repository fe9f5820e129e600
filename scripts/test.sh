#!/usr/bin/env bash
# The project's tests: formatting (.swift-format), unit and end-to-end tests, then
# every bundled lesson re-executed and compared with its stored outputs by the
# release build, then a short run of the libFuzzer targets.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift format lint --strict --recursive Sources Package.swift Tests/CellsTests Tests/NotebookTests Tests/EndToEndTests
swift build --build-tests
swift test --skip-build
swift build -c release --static-swift-stdlib --product nnbook
.build/release/nnbook check notebooks/
# The libFuzzer targets (Fuzz/, docs/FUZZING.md): an instrumented build, then a fixed number
# of inputs per target, the same on every machine (about a minute each; at most 600 s).
FUZZ_RUNS=20000 scripts/fuzz.sh 600 FuzzDocument
FUZZ_RUNS=4000 scripts/fuzz.sh 600 FuzzCells
