"""1024 x 1024 float32 matmul in NumPy (its bundled OpenBLAS): warm-up, then the median of 10."""
import time

import numpy as np

rng = np.random.default_rng(0)
a = rng.standard_normal((1024, 1024), dtype=np.float32)
b = rng.standard_normal((1024, 1024), dtype=np.float32)
a @ b
times = []
for _ in range(10):
    t0 = time.perf_counter()
    a @ b
    times.append(time.perf_counter() - t0)
times.sort()
median = (times[4] + times[5]) / 2
print(f"RESULT name=gemm_numpy seconds={median:.5f} gflops={2 * 1024**3 / median / 1e9:.1f}")
