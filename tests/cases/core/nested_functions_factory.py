# Nested functions returning closures: function factories and partial application.
def multiplier(k):
    def mul(x):
        return x * k
    return mul
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double.__name__, [multiplier(i)(10) for i in range(4)])
def partial(fn, *fixed, **fixed_kw):
    def call(*args, **kw):
        return fn(*fixed, *args, **{**fixed_kw, **kw})
    return call
def volume(l, w, h=1):
    return l * w * h
area10 = partial(volume, 10)
print(area10(2), area10(2, h=3), partial(volume, h=5)(1, 2))
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return {'push': push, 'pop': pop, 'size': size}
s = make_stack()
s['push'](1); s['push'](2)
print(s['size'](), s['pop'](), s['size']())
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(' ', '_'))
print(p('  Hello World '))
def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(outer(1)(2)(3), outer('a')('b')('c'))
try:
    s['pop']()
    s['pop']()
except IndexError as e:
    print(type(e).__name__, e)
