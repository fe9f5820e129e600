# Collatz steps for every start below 30,000 with while loops, as the nnbook cell
# in while.md.
steps = 0
start = 1
while start < 30_000:
    n = start
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    start += 1
print(steps)
