# A loop of function calls over an array, as the nnbook cell in calls.md.
import time
def scale(x, factor):
    return x * factor + 1.0
start = time.perf_counter()
values = [float(i % 100) for i in range(1_000)]
total = 0.0
for _ in range(2_000):
    for v in values:
        total += scale(v, 0.5)
print(total)
print(f"RESULT name=calls seconds={time.perf_counter() - start:.4f}")
