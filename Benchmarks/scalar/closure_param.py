# A closure passed as a parameter and called in a loop over a list (a million
# calls), as the nnbook cell in closure_param.md.

def apply(f, values):
    total = 0
    for v in values:
        total += f(v)
    return total
values = list(range(1_000))
k = 3
s = 0
for _ in range(1_000):
    s += apply(lambda x: x * k + 1, values)
print(s)
