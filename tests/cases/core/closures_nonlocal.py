# Closures capture variables (cells); nonlocal rebinds them.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = counter()
print(inc2(), get(), get2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(3))
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def broken():
    y = 1
    def f():
        y += 1
        return y
    return f()
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
