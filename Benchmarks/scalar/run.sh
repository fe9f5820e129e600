#!/usr/bin/env bash
# Times each scalar workload as a whole process, CPython and nnbook side by side,
# alternating, median of N runs. Usage: Benchmarks/scalar/run.sh [NNBOOK_BINARY] [RUNS]
# (PATTERNS="fib calls" to run some of them).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nnbook="${1:-$here/../../.build/release/nnbook}"
runs="${2:-5}"
work="$(mktemp -d)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); python3 -c "print($e - $s)"; }
printf "%-12s %12s %12s %8s\n" workload "CPython s" "nnbook s" ratio
for name in ${PATTERNS:-loop fib calls closure_map closure_var methods nested while strings class_methods closure_param local_loop recursion protocol_methods}; do
  cp "$here/$name.md" "$work/$name.md"
  py=(); nb=()
  for _ in $(seq "$runs"); do
    py+=("$(seconds python3 "$here/$name.py")")
    nb+=("$(seconds "$nnbook" run --to md -o "$work/out.md" "$work/$name.md")")
  done
  p=$(printf "%s\n" "${py[@]}" | median)
  n=$(printf "%s\n" "${nb[@]}" | median)
  printf "%-12s %12.3f %12.3f %8.2f\n" "$name" "$p" "$n" "$(python3 -c "print($p / $n)")"
done
rm -rf "$work"
