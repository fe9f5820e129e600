# A closure stored in a variable and called two million times in a loop, as the
# nnbook cell in closure_var.md.
offset = 0.25
g = lambda x: x * 0.5 + offset
total = 0.0
for i in range(2_000_000):
    total += g(float(i % 100))
print(total)
