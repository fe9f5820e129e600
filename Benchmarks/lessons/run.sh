#!/usr/bin/env bash
# Lessons 01 and 02, run by nnbook from the command line, against the original
# notebook executed by Jupyter: whole processes, alternating, median of N runs.
# Usage: Benchmarks/lessons/run.sh NNBOOK JUPYTER [RUNS]
#   NNBOOK   the nnbook binary (release build)
#   JUPYTER  the jupyter executable of a venv made as in ../shared/peers/README.md
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
nnbook="$1"
jupyter="$2"
runs="${3:-5}"
notebook="${SEED_NOTEBOOK:-$root/../shared/peers/seed.ipynb}"
work="$(mktemp -d)"
cp "$root/notebooks/01-neural-network-from-scratch.md" "$root/notebooks/02-activation-functions.md" "$work/"
# A run that fails (a notebook whose imports are missing fails in a few seconds) stops the
# benchmark with its output, instead of timing the failure.
seconds() {
  local s log
  log=$(mktemp)
  s=$(date +%s.%N)
  if ! "$@" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "run.sh: failed: $*" >&2
    exit 1
  fi
  python3 -c "print($(date +%s.%N) - $s)"
  rm -f "$log"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
nb=(); jp=()
for _ in $(seq "$runs"); do
  nb+=("$(seconds "$nnbook" run "$work/01-neural-network-from-scratch.md" "$work/02-activation-functions.md")")
  jp+=("$(seconds env MPLBACKEND=Agg "$jupyter" nbconvert --to notebook --execute --output "$work/seed_out.ipynb" "$notebook")")
done
n=$(printf "%s\n" "${nb[@]}" | median)
j=$(printf "%s\n" "${jp[@]}" | median)
printf "nnbook run 01+02: %.3f s   jupyter nbconvert --execute seed.ipynb: %.3f s   nnbook is %.1fx faster\n" \
  "$n" "$j" "$(python3 -c "print($j / $n)")"
rm -rf "$work"
