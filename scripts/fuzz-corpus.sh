#!/usr/bin/env bash
# Writes the libFuzzer seed corpus to DIR (default .build-fuzz/corpus): every bundled
# lesson and test-fixture lesson to DIR/document; their cells, the fixture programs, the
# hostile cells and the extreme library calls of Sources/nnbook/FuzzSeeds.swift to
# DIR/cells. Made at run time from the tree, so no generated corpus is committed.
# Uses NNBOOK (default .build/release/nnbook, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-.build-fuzz/corpus}
nnbook=${NNBOOK:-.build/release/nnbook}
if [ ! -x "$nnbook" ]; then
  swift build -c release --static-swift-stdlib --product nnbook
fi
rm -rf "$dir"
"$nnbook" fuzz --corpus "$dir" notebooks Tests/Fixtures
