# A plain function called a million times from inside each of map, forEach and
# reduce closures, as the nnbook cell in closure_map.md.
from functools import reduce

def f(x):
    return x * 3 + 1
mapped = list(map(lambda i: f(i), range(1_000_000)))
total = 0
def add(v):
    global total
    total += f(v)
for v in mapped:
    add(v)
reduced = reduce(lambda acc, v: acc + f(v), mapped, 0)
print(len(mapped), total, reduced)
