# 20 million iterations of % and +=, as the nnbook cell in loop.md.
import time
start = time.perf_counter()
total = 0
for i in range(20_000_000):
    total += i % 7
print(total)
print(f"RESULT name=loop seconds={time.perf_counter() - start:.4f}")
