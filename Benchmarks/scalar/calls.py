# A loop of function calls over an array, as the nnbook cell in calls.md.

def scale(x, factor):
    return x * factor + 1.0
values = [float(i % 100) for i in range(1_000)]
total = 0.0
for _ in range(2_000):
    for v in values:
        total += scale(v, 0.5)
print(total)

