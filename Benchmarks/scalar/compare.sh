#!/usr/bin/env bash
# Times each scalar workload with CPython and two nnbook binaries, interleaved in every
# round (CPython, A, B), so a machine that slows down mid-run slows all three alike;
# prints the median seconds and each binary's ratio to CPython.
# Usage: Benchmarks/scalar/compare.sh BINARY_A BINARY_B [RUNS] (PATTERNS="fib calls" for some).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
a="$1"
b="$2"
runs="${3:-5}"
work="$(mktemp -d)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); python3 -c "print($e - $s)"; }
printf "%-17s %10s %10s %10s %8s %8s\n" workload "CPython s" "A s" "B s" "A ratio" "B ratio"
for name in ${PATTERNS:-loop fib calls closure_map closure_var methods nested while strings class_methods closure_param local_loop recursion protocol_methods}; do
  cp "$here/$name.md" "$work/$name.md"
  py=(); ta=(); tb=()
  for _ in $(seq "$runs"); do
    py+=("$(seconds python3 "$here/$name.py")")
    ta+=("$(seconds "$a" run --to md -o "$work/out.md" "$work/$name.md")")
    tb+=("$(seconds "$b" run --to md -o "$work/out.md" "$work/$name.md")")
  done
  p=$(printf "%s\n" "${py[@]}" | median)
  x=$(printf "%s\n" "${ta[@]}" | median)
  y=$(printf "%s\n" "${tb[@]}" | median)
  printf "%-17s %10.3f %10.3f %10.3f %8.2f %8.2f\n" "$name" "$p" "$x" "$y" \
    "$(python3 -c "print($p / $x)")" "$(python3 -c "print($p / $y)")"
done
rm -rf "$work"
