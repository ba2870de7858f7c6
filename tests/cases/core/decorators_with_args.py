# Decorator factories and decorators applied to methods.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return f'ping {x}'
print(ping(1))
def prefix(p):
    return lambda fn: (lambda *a: p + fn(*a))
@prefix('>> ')
def msg(s):
    return s
print(msg('hi'))
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f'{k} must be {t.__name__}')
            return fn(**kwargs)
        return wrapper
    return deco
@validate(n=int, s=str)
def build(n, s):
    return s * n
print(build(n=2, s='ab'))
try:
    build(n='2', s='ab')
except TypeError as e:
    print(type(e).__name__, e)
def log_method(fn):
    def wrapper(self, *a):
        return f'{type(self).__name__}.{fn.__name__}{a} = {fn(self, *a)}'
    return wrapper
class Calc:
    @log_method
    def add(self, a, b):
        return a + b
print(Calc().add(2, 3))
