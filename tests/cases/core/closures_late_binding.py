# Closures see the variable, not its value at creation time.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
def make(i):
    return lambda: i
print([make(i)() for i in range(3)])
def outer():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(outer())
fns = [lambda: j for j in range(3)]
print([f() for f in fns])
def gen_closures():
    result = {}
    for name in ['a', 'b']:
        def show(name=name):
            return name.upper()
        result[name] = show
    return result
print({k: f() for k, f in gen_closures().items()})
def later():
    def f():
        return value
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    value = 'now bound'
    return f()
print(later())
