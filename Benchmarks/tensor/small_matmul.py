"""The NumPy twin of small_matmul.md: square float32 products of 8 to 128, the
transposed forms at 64, lesson 01's five training-step products; loops of 2,000
products, median of 5 timed loops."""
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
for n in [8, 16, 32, 48, 64, 80, 96, 128]:
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


x = rng.standard_normal((800, 2)).astype(np.float32)
w1 = rng.standard_normal((2, 10)).astype(np.float32)
a1 = rng.standard_normal((800, 10)).astype(np.float32)
w2 = rng.standard_normal((10, 1)).astype(np.float32)
dz2 = rng.standard_normal((800, 1)).astype(np.float32)
dz1 = rng.standard_normal((800, 10)).astype(np.float32)


def loop(f):
    def body():
        for _ in range(2000):
            d = f()

    return body


report("lesson_x_W1", measure(loop(lambda: x @ w1)))
report("lesson_a1_W2", measure(loop(lambda: a1 @ w2)))
report("lesson_a1T_dz2", measure(loop(lambda: a1.T @ dz2)))
report("lesson_dz2_W2T", measure(loop(lambda: dz2 @ w2.T)))
report("lesson_xT_dz1", measure(loop(lambda: x.T @ dz1)))
