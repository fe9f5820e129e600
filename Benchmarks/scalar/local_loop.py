# A for loop over a list with local accumulators inside a function (3,000,000
# elements in all), as the nnbook cell in local_loop.md.

def stats(xs):
    s = 0.0
    squares = 0.0
    for x in xs:
        s += x
        squares += x * x
    return squares - s
xs = [float(i % 17) * 0.5 for i in range(10_000)]
total = 0.0
for _ in range(300):
    total += stats(xs)
print(total)
