# Passing dicts as **kwargs and collecting **kwargs into new dicts.
def connect(host, port=80, **options):
    return f'{host}:{port} {options}'
params = {'host': 'example.org', 'port': 443, 'timeout': 5}
print(connect(**params))
print(connect(**{'host': 'h'}), connect('h', **{'retries': 3}))
def capture(**kw):
    return kw
original = {'a': 1}
captured = capture(**original)
captured['b'] = 2
print(original, captured, captured is original)
print(capture(**{'x': 1}, **{'y': 2}), capture(**dict(zip('pq', [1, 2]))))
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({'a': 1}, {'b': 2}, a=0), merge())
def explicit(a, b):
    return a - b
print(explicit(**{'b': 1, 'a': 10}), explicit(*{'a': 5, 'b': 3}.values()))
from collections import OrderedDict
print(capture(**OrderedDict([('z', 1), ('y', 2)])))
for bad in [{'a': 1, 'b': 2, 'c': 3}, {'a': 1}, {1: 'int key'}]:
    try:
        explicit(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    capture(**{'x': 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
