# A recursive sum over a list (400 sums of 500 elements) and Ackermann's
# function (ack(2, 300), ack(3, 5)), as the nnbook cell in recursion.md.
import sys
sys.setrecursionlimit(10_000)

def sum_from(xs, i):
    if i == len(xs):
        return 0
    return xs[i] + sum_from(xs, i + 1)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
xs = list(range(500))
total = 0
for _ in range(400):
    total += sum_from(xs, 0)
print(total, ack(2, 300), ack(3, 5))
