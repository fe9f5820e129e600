#!/usr/bin/env bash
# The digits MLP trained by nnbook's `fit` against the same training in PyTorch and
# in NumPy (../shared/peers/bench/digits_mlp_{torch,numpy}.py): the three processes
# alternate, N runs of each, and the medians of their training seconds (timed
# inside each program around the 30 epochs), test accuracy and memory peak (the
# whole process's maximum resident set size, from /usr/bin/time -v) are printed.
#
#   Benchmarks/training/run.sh [NNBOOK_BINARY] [RUNS] [PYTHON]
#
# PYTHON needs torch, numpy and scikit-learn (see ../shared/peers/README.md).
# /usr/bin/time is Debian's `time` package.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nnbook="${1:-$here/../../.build/release/nnbook}"
runs="${2:-5}"
python="${3:-python3}"
peers="${PEERS_BENCH:-$here/../../../shared/peers/bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The value of `key=` on the RESULT line of a run's output.
field() { grep "^RESULT" "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
# Peak resident memory of the process, in MiB.
peak() { awk -F': ' '/Maximum resident set size/ {printf "%.1f\n", $2 / 1024}' "$1"; }

# One run: label, output file, then the command. Appends to the label's arrays.
declare -A seconds accuracy memory
measure() {
  local label="$1" out="$2"
  shift 2
  /usr/bin/time -v -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || {
    cat "$work/stdout" "$work/stderr" >&2
    exit 1
  }
  seconds[$label]+="$(field "$out" seconds) "
  accuracy[$label]+="$(field "$out" metric) "
  memory[$label]+="$(peak "$work/time") "
}

echo "nnbook=$nnbook  runs=$runs  python=$python  OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-<unset>}  $(uptime | sed 's/.*load/load/')"
cp "$here/digits_mlp.md" "$work/digits_mlp.md"
for _ in $(seq "$runs"); do
  measure nnbook "$work/out.md" "$nnbook" run --to md -o "$work/out.md" "$work/digits_mlp.md"
  measure torch "$work/stdout" env -C "$peers" "$python" digits_mlp_torch.py
  measure numpy "$work/stdout" env -C "$peers" "$python" digits_mlp_numpy.py
done
grep -E "^(train |epoch|train_acc)" "$work/out.md" | sed 's/^/nnbook last run: /'

m() { printf "%s\n" $1 | median; }
printf "%-8s %12s %14s %12s\n" "" "training s" "test accuracy" "peak MiB"
for label in nnbook torch numpy; do
  printf "%-8s %12.4f %14.4f %12.1f\n" "$label" "$(m "${seconds[$label]}")" "$(m "${accuracy[$label]}")" \
    "$(m "${memory[$label]}")"
done
nb="$(m "${seconds[nnbook]}")"
printf "nnbook / torch training time: %.3f   nnbook / numpy: %.3f\n" \
  "$(echo "$nb / $(m "${seconds[torch]}")" | bc -l)" "$(echo "$nb / $(m "${seconds[numpy]}")" | bc -l)"
