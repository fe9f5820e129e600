#!/usr/bin/env bash
# Counts the instructions each scalar workload executes, with callgrind, at a tenth of
# its size: the whole process and the cells' execution alone (Session.execute,
# inclusive; start-up, parsing and lowering excluded). Repeatable on a loaded machine
# where the clock is not. Usage: Benchmarks/scalar/count.sh [NNBOOK_BINARY]
# (PATTERNS="fib calls" to count some of them). Needs valgrind and callgrind_annotate.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nnbook="${1:-$here/../../.build/release/nnbook}"
work="$(mktemp -d)"
# valgrind 3.19 cannot read the DWARF 5 of Swift's debug information.
objcopy --strip-debug "$nnbook" "$work/nnbook"
tenth() {
  case "$1" in
    loop) sed 's/0\.\.<20_000_000/0..<2_000_000/' ;;
    fib) sed 's/fib(27)/fib(20)/' ;;
    calls) sed 's/0\.\.<2_000 {/0..<200 {/' ;;
    closure_map) sed 's/1_000_000/100_000/' ;;
    closure_var) sed 's/2_000_000/200_000/' ;;
    methods | class_methods) sed 's/500_000/50_000/' ;;
    nested) sed 's/let n = 120/let n = 50/' ;;
    while) sed 's/30_000/3_000/' ;;
    strings) sed 's/200_000/20_000/' ;;
    closure_param) sed 's/for _ in 0\.\.<1_000 {/for _ in 0..<100 {/' ;;
    local_loop) sed 's/0\.\.<300 {/0..<30 {/' ;;
    recursion) sed 's/0\.\.<400 {/0..<40 {/; s/ack(2, 300)/ack(2, 30)/; s/ack(3, 5)/ack(3, 3)/' ;;
    protocol_methods) sed 's/250_000/25_000/' ;;
    *) cat ;;
  esac
}
printf "%-17s %14s %14s\n" workload "process" "cells"
for name in ${PATTERNS:-loop fib calls closure_map closure_var methods nested while strings class_methods closure_param local_loop recursion protocol_methods}; do
  tenth "$name" < "$here/$name.md" > "$work/$name.md"
  OPENBLAS_CORETYPE=Haswell valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$work/cg.out" \
    "$work/nnbook" run --to md -o "$work/out.md" "$work/$name.md" > /dev/null 2>&1
  total=$(callgrind_annotate "$work/cg.out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
  cells=$(callgrind_annotate --inclusive=yes "$work/cg.out" 2>/dev/null |
    awk '/Cells7SessionC7execute/ {gsub(",", "", $1); print $1; exit}') || true  # awk's early exit closes the pipe
  printf "%-17s %14s %14s\n" "$name" "$total" "$cells"
done
rm -rf "$work"
