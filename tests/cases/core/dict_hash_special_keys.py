# Keys with special hashing rules: slices are hashable in 3.12, None has a
# constant hash, NaN keys are found by identity, and classes defining __eq__
# without __hash__ (and the mutable builtins) are unhashable.
d = {slice(1, 2): 'x'}
print(d[slice(1, 2)], slice(1, 2) in d, slice(1, 2, None) in d, slice(1, 3) in d)
print(hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)))
try:
    hash(slice([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(None), set([None, 8, 16, 0, 1, 2]))
nan = float('nan')
print({'k': nan} == {'k': nan}, {'k': float('nan')} == {'k': float('nan')})
nd = {nan: 1}
print(nan in nd, nd[nan], float('nan') in nd, len({nan, nan, float('nan')}))
print(list.__hash__ is None, dict.__hash__ is None, set.__hash__ is None, tuple.__hash__ is None)

class EqOnly:
    def __eq__(self, other):
        return True

class Child(EqOnly):
    pass

class Rehashed(EqOnly):
    __hash__ = object.__hash__

print(EqOnly.__hash__)
for cls in (EqOnly, Child):
    try:
        {cls(): 1}
    except TypeError as e:
        print(type(e).__name__, e)
print(len({Rehashed(): 1}))
# ranges hash like (len, start, step), so equal ranges are the same key.
print({range(3): 1}[range(0, 3)], {range(0): 'e'}[range(7, 2)], {range(1, 2): 'one'}[range(1, 5, 9)])
print(len({range(0, 10, 3), range(0, 12, 3), range(0, 11, 3)}), hash(range(0)) == hash(range(5, 5)))
