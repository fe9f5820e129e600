# Methods on a class (one that changes the instance, one that returns a value),
# 500,000 times each, as the nnbook cell in class_methods.md.

class Counter:
    __slots__ = ("value", "steps")
    def __init__(self, value):
        self.value = value
        self.steps = 0
    def add(self, d):
        self.value += d
        self.steps += 1
    def scaled(self, f):
        return self.value * f
c = Counter(0.0)
total = 0.0
for i in range(500_000):
    c.add(float(i % 10))
    total += c.scaled(0.5)
print(c.value, c.steps, total)
