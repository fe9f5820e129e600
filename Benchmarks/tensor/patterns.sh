#!/usr/bin/env bash
# patterns.md (or LESSON=small_matmul: small_matmul.md) against its NumPy twin, alternating in one run; per
# pattern the median over RUNS processes of each side's (already median) seconds.
#
#   Benchmarks/tensor/patterns.sh [NNBOOK_BINARY] [RUNS] [PYTHON]
#
# OpenBLAS reads OPENBLAS_CORETYPE from the environment; both sides see the same
# setting, printed first. "nnbook/NumPy" below 0.5 meets issue 17's goal.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nnbook="${1:-$here/../../.build/release/nnbook}"
runs="${2:-5}"
python="${3:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-<unset>}  nnbook=$nnbook  runs=$runs  python=$python  load: $(cut -d' ' -f1-3 /proc/loadavg)"
lesson="${LESSON:-patterns}"
for r in $(seq "$runs"); do
  "$nnbook" run --to md -o "$work/out.md" "$here/$lesson.md" >/dev/null
  grep "^RESULT" "$work/out.md" | sed "s/^/nnbook /" >>"$work/all"
  "$python" "$here/$lesson.py" | grep "^RESULT" | sed "s/^/numpy /" >>"$work/all"
done
python3 - "$work/all" <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    side, _, name, seconds = line.split()
    t.setdefault(name.split("=")[1], {}).setdefault(side, []).append(float(seconds.split("=")[1]))
print(f"{'pattern':34} {'NumPy s':>9} {'nnbook s':>9} {'nnbook/NumPy':>13}")
worst = 0
for name, sides in t.items():
    nb, np_ = statistics.median(sides["nnbook"]), statistics.median(sides["numpy"])
    worst = max(worst, nb / np_)
    print(f"{name:34} {np_:9.5f} {nb:9.5f} {nb / np_:13.2f}")
print(f"worst ratio {worst:.2f}")
PY
