"""The NumPy twin of small_matmul.md: square float32 products of 8 to 64, and the
transposed forms at 64; loops of 2,000 products, median of 5 timed loops."""
import time

import numpy as np


def report(name, seconds):
    print(f"RESULT name={name} seconds={seconds:.5f}")


def measure(body):
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        body()
        times.append(time.perf_counter() - t0)
    return sorted(times)[2]


rng = np.random.default_rng(1)
for n in [8, 16, 32, 64]:
    a = rng.standard_normal((n, n)).astype(np.float32)
    b = rng.standard_normal((n, n)).astype(np.float32)

    def plain():
        for _ in range(2000):
            c = a @ b

    def a_t_b():
        for _ in range(2000):
            c = a.T @ b

    def a_b_t():
        for _ in range(2000):
            c = a @ b.T

    report(f"matmul{n}", measure(plain))
    if n == 64:
        report(f"matmul{n}_aT_b", measure(a_t_b))
        report(f"matmul{n}_a_bT", measure(a_b_t))
