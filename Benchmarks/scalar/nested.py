# A 120x120 matrix product by three nested loops over flat lists, as the nnbook
# cell in nested.md.
n = 120
a = []
b = []
for i in range(n * n):
    a.append(float(i % 7))
    b.append(float(i % 5))
c = [0.0] * (n * n)
for i in range(n):
    for j in range(n):
        s = 0.0
        for k in range(n):
            s += a[i * n + k] * b[k * n + j]
        c[i * n + j] = s
print(c[0], c[n * n - 1])
