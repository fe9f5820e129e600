# Methods on a small class (value-returning, in-place and a getter), 500,000
# times each, as the nnbook cell in methods.md.

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, d):
        return Point(self.x + d, self.y - d)
    def shift(self, d):
        self.x += d
        self.y -= d
    def norm1(self):
        return self.x + self.y
p = Point(0.0, 0.0)
q = Point(1.0, 1.0)
total = 0.0
for _ in range(500_000):
    p = p.moved(0.5)
    q.shift(0.25)
    total += p.norm1() + q.norm1()
print(p.x, q.y, total)
