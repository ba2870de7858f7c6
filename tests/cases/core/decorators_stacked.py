# Stacked decorators apply bottom-up; decoration happens at definition time.
order = []
def tag(name):
    order.append('factory ' + name)
    def deco(fn):
        order.append('decorate ' + name)
        def wrapper():
            return f'<{name}>' + fn() + f'</{name}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'hi'
print(order)
print(text())
def add_one(fn):
    return lambda x: fn(x) + 1
def double(fn):
    return lambda x: fn(x) * 2
@add_one
@double
def ident(x):
    return x
@double
@add_one
def ident2(x):
    return x
print(ident(5), ident2(5))
def bad_deco(fn):
    raise ValueError('cannot decorate ' + fn.__name__)
try:
    @bad_deco
    def target():
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    target
except NameError as e:
    print(type(e).__name__, e)
