# Recursive fib(27), as the nnbook cell in fib.md.
import time
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
start = time.perf_counter()
print(fib(27))
print(f"RESULT name=fib seconds={time.perf_counter() - start:.4f}")
