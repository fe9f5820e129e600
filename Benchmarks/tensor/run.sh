#!/usr/bin/env bash
# The tensor benchmarks of BENCHMARKS.md, nnbook and its reference side by side in
# one run, alternating, median of N runs of each.
#
#   Benchmarks/tensor/run.sh [NNBOOK_BINARY] [RUNS] [PYTHON]
#
# PYTHON needs numpy and, for seed_mlp_numpy.py, scikit-learn (see
# ../shared/peers/README.md). OpenBLAS reads OPENBLAS_CORETYPE from the
# environment: both sides of every pair see the same setting, printed first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nnbook="${1:-$here/../../.build/release/nnbook}"
runs="${2:-5}"
python="${3:-python3}"
peers="$here/../../../shared/peers/bench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The value of `key=` on the RESULT line of a run's output.
field() { grep "^RESULT" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
lesson() { "$nnbook" run --to md -o "$work/out.md" "$1" >/dev/null && cat "$work/out.md"; }

echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-<unset>}  nnbook=$nnbook  runs=$runs  python=$python"
cc -O2 -o "$work/gemm_openblas" "$here/gemm_openblas.c" $(pkg-config --cflags --libs openblas)
sed 's/let dtype: DType = .float64/let dtype: DType = .float32/' "$here/seed_mlp.md" >"$work/seed_mlp_float32.md"

declare -a nb_add py_add nb_mm c_mm np_mm nb_mlp nb_mlp32 py_mlp
for _ in $(seq "$runs"); do
  nb_add+=("$(lesson "$here/add_loop.md" | field seconds)")
  py_add+=("$("$python" "$here/add_loop.py" | field seconds)")
  nb_mm+=("$(lesson "$here/matmul.md" | field seconds)")
  c_mm+=("$("$work/gemm_openblas" | field seconds)")
  np_mm+=("$("$python" "$here/gemm_numpy.py" | field seconds)")
  nb_mlp+=("$(lesson "$here/seed_mlp.md" | field seconds)")
  nb_mlp32+=("$(lesson "$work/seed_mlp_float32.md" | field seconds)")
  py_mlp+=("$(cd "$peers" && "$python" seed_mlp_numpy.py | field seconds)")
done

m() { printf "%s\n" "$@" | median; }
report() {  # name, reference name, reference seconds, nnbook seconds
  printf "%-34s %-22s %10.5f %10.5f %8.2f\n" "$1" "$2" "$3" "$4" "$(echo "$3 / $4" | bc -l)"
}
printf "%-34s %-22s %10s %10s %8s\n" workload reference "ref s" "nnbook s" "speedup"
report "add_loop (100k x 16 float32 adds)" "NumPy" "$(m "${py_add[@]}")" "$(m "${nb_add[@]}")"
report "matmul 1024 float32" "OpenBLAS alone (C)" "$(m "${c_mm[@]}")" "$(m "${nb_mm[@]}")"
report "matmul 1024 float32" "NumPy (own OpenBLAS)" "$(m "${np_mm[@]}")" "$(m "${nb_mm[@]}")"
report "seed_mlp training, float64" "seed_mlp_numpy.py" "$(m "${py_mlp[@]}")" "$(m "${nb_mlp[@]}")"
report "seed_mlp training, float32" "seed_mlp_numpy.py" "$(m "${py_mlp[@]}")" "$(m "${nb_mlp32[@]}")"
