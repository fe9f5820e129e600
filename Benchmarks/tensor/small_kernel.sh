#!/usr/bin/env bash
# nnbook's small-product kernel (Sources/Cells/Numerics/Tensor/SmallProduct.swift, compiled
# alone with swiftc -O) against OpenBLAS's sgemm alone (small_gemm_openblas.c), on the same
# float32 products, in CPU time of the calling thread: best of 5 loops of 2,000.
#
#   OPENBLAS_CORETYPE=Haswell Benchmarks/tensor/small_kernel.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
  echo 'protocol TensorScalar: BinaryFloatingPoint {}'
  echo 'extension Float: TensorScalar {}'
  echo 'extension Double: TensorScalar {}'
  cat "$here/../../Sources/Cells/Numerics/Tensor/SmallProduct.swift"
  cat <<'SWIFT'
#if canImport(Glibc)
  import Glibc
#endif
func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}
@inline(never)
func run(m: Int, n: Int, k: Int, ta: Bool, tb: Bool) {
  let a = UnsafeMutablePointer<Float>.allocate(capacity: m * k)
  let b = UnsafeMutablePointer<Float>.allocate(capacity: k * n)
  let c = UnsafeMutablePointer<Float>.allocate(capacity: m * n)
  for i in 0..<m * k { a[i] = Float(i % 7) - 3 }
  for i in 0..<k * n { b[i] = Float(i % 5) - 2 }
  var best = 1e9
  for _ in 0..<5 {
    let t0 = now()
    for _ in 0..<2000 {
      SmallProduct.gemm(UnsafePointer(a), transposeA: ta, UnsafePointer(b), transposeB: tb, c, m: m, n: n, k: k, accumulate: false)
    }
    best = min(best, now() - t0)
  }
  print("\(m)x\(k)x\(n) tA=\(ta ? 1 : 0) tB=\(tb ? 1 : 0): \((best / 2000 * 1e6 * 1000).rounded() / 1000) us")
}
for s in [8, 12, 16, 24, 32, 64] { run(m: s, n: s, k: s, ta: false, tb: false) }
run(m: 800, n: 10, k: 2, ta: false, tb: false)
run(m: 800, n: 1, k: 10, ta: false, tb: false)
run(m: 10, n: 1, k: 800, ta: true, tb: false)
run(m: 800, n: 10, k: 1, ta: false, tb: true)
run(m: 2, n: 10, k: 800, ta: true, tb: false)
SWIFT
} >"$work/kernel.swift"
swiftc -O "$work/kernel.swift" -o "$work/kernel"
cc -O2 -o "$work/blas" "$here/small_gemm_openblas.c" $(pkg-config --cflags --libs openblas)
echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-<unset>}  load: $(cut -d' ' -f1-3 /proc/loadavg)"
paste <("$work/kernel" | sed 's/^/Swift /') <("$work/blas" | sed 's/^/sgemm /')
