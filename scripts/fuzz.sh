#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (scratch path .build-fuzz, out of git) and runs
# each for SECONDS (default 60) on the seed corpus of scripts/fuzz-corpus.sh.
#   scripts/fuzz.sh                      # 60 s per target
#   FUZZ_RUNS=20000 scripts/fuzz.sh 600 FuzzDocument   # CI's short run: the same inputs everywhere
#   scripts/fuzz.sh 1800                 # an hour: 30 minutes per target
#   scripts/fuzz.sh 3600 FuzzCells       # one target only
#   FUZZ_BUILD_ONLY=1 scripts/fuzz.sh    # only the instrumented build (scripts/test.sh runs it
#                                        # beside nnbook's own release build)
# Inputs that grew coverage are kept in .build-fuzz/runs/TARGET/corpus (reused by the
# next run); a crash, a broken property or a timeout leaves its input in
# .build-fuzz/runs/TARGET/ (crash-*, timeout-*, oom-*) and fails the script. Replay one
# with: .build-fuzz/release/TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(FuzzDocument FuzzCells); fi

flags=(-c release --scratch-path .build-fuzz --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library)
start=$(date +%s)
swift build "${flags[@]}"
echo "fuzz: build took $(($(date +%s) - start)) s"
if [ -n "${FUZZ_BUILD_ONLY:-}" ]; then exit 0; fi
bin=$(swift build "${flags[@]}" --show-bin-path)
scripts/fuzz-corpus.sh .build-fuzz/corpus

# The BLAS kernel nnbook itself picks on this CPU (it re-execs with it; these binaries do not).
export OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-Haswell}
# Cells stop at 1 GB, well inside libFuzzer's RSS limit, so a cell that allocates a lot is
# a located error as in nnbook, not an out-of-memory report of the fuzzer.
export NNBOOK_MEMORY_LIMIT_MB=${NNBOOK_MEMORY_LIMIT_MB:-1024}
# libFuzzer, not Swift's backtracer, handles a crash, so that it saves the input.
export SWIFT_BACKTRACE=enable=no
for target in "${targets[@]}"; do
  case $target in
    FuzzDocument) seeds=.build-fuzz/corpus/document timeout=10 ;;
    FuzzCells) seeds=.build-fuzz/corpus/cells timeout=30 ;;
    *) echo "fuzz: unknown target $target" >&2; exit 2 ;;
  esac
  runs=.build-fuzz/runs/$target
  mkdir -p "$runs/corpus"
  echo "fuzz: $target for $seconds s"
  # FUZZ_RUNS=N stops after N inputs instead (SECONDS is then only a cap): with the fixed
  # seed the same inputs run on every machine, fast or slow, so CI's run is repeatable.
  budget=()
  if [ -n "${FUZZ_RUNS:-}" ]; then budget=(-runs="$FUZZ_RUNS"); fi
  "$bin/$target" -seed="${FUZZ_SEED:-1}" "${budget[@]}" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=4096 \
    -print_final_stats=1 \
    -artifact_prefix="$runs/" "$runs/corpus" "$seeds"
done
