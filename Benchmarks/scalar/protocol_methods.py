# Scalar benchmark: methods on protocol values (CPython twin of protocol_methods.md).
class Square:
    __slots__ = ("side",)

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def scaled(self, f):
        return self.side * f


class Rect:
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def scaled(self, f):
        return (self.w + self.h) * f


class Circle:
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r

    def scaled(self, f):
        return self.r * f


shapes = [Square(2.0), Rect(1.0, 3.0), Circle(0.5), Square(1.5)]
total = 0.0
for i in range(250_000):
    for s in shapes:
        total += s.area() + s.scaled(float(i % 3))
print(total)
