# Function decorators: wrapping, preserving behaviour, registration.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def greet(name):
    return f'hello {name}'
print(greet('ann'), greet.__name__)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(sorted(registry), registry['two'](), one())
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
def trace(fn):
    def wrapper(*args):
        print('->', fn.__name__, args)
        result = fn(*args)
        print('<-', result)
        return result
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
def not_callable_result(fn):
    return 42
@not_callable_result
def gone():
    pass
print(gone)
try:
    gone()
except TypeError as e:
    print(type(e).__name__, e)
