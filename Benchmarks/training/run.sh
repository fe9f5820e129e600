#!/usr/bin/env bash
# nnbook's `fit` against PyTorch (and NumPy for the MLP) on the four training
# workloads of ../shared/peers/bench: digits_mlp, digits_cnn, seq_lstm and
# tiny_transformer, each a lesson here (<name>.md) and a script there
# (<name>_torch.py, and digits_mlp_numpy.py). For each workload the processes
# alternate, N runs of each, and the medians of their training seconds (timed
# inside each program around its epochs), test accuracy and memory peak (the
# whole process's maximum resident set size, from /usr/bin/time -v) are printed,
# with the ratio nnbook / PyTorch.
#
#   Benchmarks/training/run.sh [NNBOOK_BINARY] [RUNS] [PYTHON] [WORKLOAD...]
#
# With no WORKLOAD, all four run. PYTHON needs torch, numpy and scikit-learn (see
# ../shared/peers/README.md). /usr/bin/time is Debian's `time` package.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nnbook="${1:-$here/../../.build/release/nnbook}"
runs="${2:-5}"
python="${3:-python3}"
shift $(($# < 3 ? $# : 3))
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(digits_mlp digits_cnn seq_lstm tiny_transformer)
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
m() { printf "%s\n" $1 | median; }

echo "nnbook=$nnbook  runs=$runs  python=$python  OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-<unset>}  PEER_THREADS=${PEER_THREADS:-<unset>}"
for workload in "${workloads[@]}"; do
  [ -f "$here/$workload.md" ] || { echo "no lesson $here/$workload.md" >&2; exit 2; }
  peers_of=(torch)
  [ -f "$peers/${workload}_numpy.py" ] && peers_of+=(numpy)
  cp "$here/$workload.md" "$work/$workload.md"
  echo
  echo "== $workload ($(uptime | sed 's/.*load/load/'))"
  for _ in $(seq "$runs"); do
    measure "$workload/nnbook" "$work/out.md" "$nnbook" run --to md -o "$work/out.md" "$work/$workload.md"
    for peer in "${peers_of[@]}"; do
      measure "$workload/$peer" "$work/stdout" env -C "$peers" "$python" "${workload}_$peer.py"
    done
  done
  grep -E "^(train [0-9]|epoch [0-9]|train_acc|positives|test_)" "$work/out.md" | sed 's/^/nnbook last run: /'
  printf "%-8s %12s %14s %12s\n" "" "training s" "test accuracy" "peak MiB"
  for label in nnbook "${peers_of[@]}"; do
    printf "%-8s %12.4f %14.4f %12.1f\n" "$label" "$(m "${seconds[$workload/$label]}")" \
      "$(m "${accuracy[$workload/$label]}")" "$(m "${memory[$workload/$label]}")"
  done
  nb="$(m "${seconds[$workload/nnbook]}")"
  line="$(printf "%s nnbook / torch training time: %.3f" "$workload" \
    "$(echo "$nb / $(m "${seconds[$workload/torch]}")" | bc -l)")"
  for peer in "${peers_of[@]:1}"; do
    line+="$(printf "   nnbook / %s: %.3f" "$peer" "$(echo "$nb / $(m "${seconds[$workload/$peer]}")" | bc -l)")"
  done
  echo "$line"
done
echo
echo "after: $(uptime | sed 's/.*load/load/')"
