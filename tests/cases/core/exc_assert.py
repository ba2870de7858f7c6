# assert statements: with and without messages, message evaluation laziness.
def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e, e.args)
calls = []
def msg():
    calls.append('msg evaluated')
    return 'm'
assert True, msg()
print(calls)
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert isinstance('s', int), 'not an int'
except Exception as e:
    print(type(e).__name__, e, isinstance(e, Exception))
