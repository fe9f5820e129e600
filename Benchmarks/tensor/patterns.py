"""The NumPy twin of patterns.md: six operations on 16-element float32 arrays held
in globals, locals, closure cells, object attributes and list elements; loops of
20,000 iterations, median of 5 timed loops each."""
import time

import numpy as np

n = 20_000


def measure(body):
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        body()
        times.append(time.perf_counter() - t0)
    return sorted(times)[2]


def report(name, seconds):
    print(f"RESULT name={name} seconds={seconds:.5f}")


def ones():
    return np.ones(16, dtype=np.float32)


def relu(x):
    return np.maximum(x, 0)


# Globals: module-level loops, timed around the loop as measure() times the closure.
ga = ones()
gb = ones()


def timed_globals(name, code):
    compiled = compile(code, name, "exec")
    report(name, measure(lambda: exec(compiled, globals())))


timed_globals("global_assign_add", "for _ in range(n):\n    ga = ga + gb")
timed_globals("global_add_assign", "for _ in range(n):\n    ga += gb")
timed_globals("global_scale_add", "for _ in range(n):\n    ga = ga * 0.5 + gb")
timed_globals("global_relu", "for _ in range(n):\n    gc = relu(ga)")
timed_globals("global_sum", "for _ in range(n):\n    gs = ga.sum()")
timed_globals("global_index", "for _ in range(n):\n    gx = ga[3]")
print("check", ga.sum(), gc.sum(), gs, gx)


# Locals of the function that runs the loop.
def local_assign_add():
    a = ones(); b = ones()
    for _ in range(n):
        a = a + b


def local_add_assign():
    a = ones(); b = ones()
    for _ in range(n):
        a += b


def local_scale_add():
    a = ones(); b = ones()
    for _ in range(n):
        a = a * 0.5 + b


def local_relu():
    a = ones(); c = a
    for _ in range(n):
        c = relu(a)


def local_sum():
    a = ones(); s = a
    for _ in range(n):
        s = a.sum()


def local_index():
    a = ones(); x = a
    for _ in range(n):
        x = a[3]


for f in [local_assign_add, local_add_assign, local_scale_add, local_relu, local_sum, local_index]:
    report(f.__name__, measure(f))


# Variables of a function, captured (nonlocal) by the closure it returns.
def captured(op):
    a = ones()
    b = ones()
    r = a

    def assign_add():
        nonlocal a
        for _ in range(n):
            a = a + b

    def add_assign():
        nonlocal a
        for _ in range(n):
            a += b

    def scale_add():
        nonlocal a
        for _ in range(n):
            a = a * 0.5 + b

    def relu_():
        nonlocal r
        for _ in range(n):
            r = relu(a)

    def sum_():
        nonlocal r
        for _ in range(n):
            r = a.sum()

    def index():
        nonlocal r
        for _ in range(n):
            r = a[3]

    return [assign_add, add_assign, scale_add, relu_, sum_, index][op]


names = ["assign_add", "add_assign", "scale_add", "relu", "sum", "index"]
for op in range(6):
    report("captured_" + names[op], measure(captured(op)))


# Object attributes (the struct of patterns.md).
class Pair:
    def __init__(self, a, b, r):
        self.a = a
        self.b = b
        self.r = r


p = Pair(ones(), ones(), ones())


def field_assign_add():
    for _ in range(n):
        p.a = p.a + p.b


def field_add_assign():
    for _ in range(n):
        p.a += p.b


def field_scale_add():
    for _ in range(n):
        p.a = p.a * 0.5 + p.b


def field_relu():
    for _ in range(n):
        p.r = relu(p.a)


def field_sum():
    for _ in range(n):
        p.r = p.a.sum()


def field_index():
    for _ in range(n):
        p.r = p.a[3]


for f in [field_assign_add, field_add_assign, field_scale_add, field_relu, field_sum, field_index]:
    report(f.__name__, measure(f))

# List elements.
xs = [ones(), ones(), ones()]


def element_assign_add():
    for _ in range(n):
        xs[0] = xs[0] + xs[1]


def element_add_assign():
    for _ in range(n):
        xs[0] += xs[1]


def element_scale_add():
    for _ in range(n):
        xs[0] = xs[0] * 0.5 + xs[1]


def element_relu():
    for _ in range(n):
        xs[2] = relu(xs[0])


def element_sum():
    for _ in range(n):
        xs[2] = xs[0].sum()


def element_index():
    for _ in range(n):
        xs[2] = xs[0][3]


for f in [element_assign_add, element_add_assign, element_scale_add, element_relu, element_sum, element_index]:
    report(f.__name__, measure(f))
