# slice objects: attributes, indices(), use with lists/strings, repr and equality.
s = slice(1, 5)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1), slice(1, 2, 3))
a = list(range(10))
print(a[s], 'abcdefg'[s], a[slice(None, None, 2)], a[slice(-3, None)], (1, 2, 3)[slice(1, None)])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice('a', 'b')))
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)
q = Seq()
print(q[1], q[1:2], q[::3], q[:], q[-1:], q[1:2:3], q['x':'y'])
b = [0] * 6
b[slice(0, 6, 2)] = [1, 1, 1]
print(b)
del b[slice(1, None, 2)]
print(b)
try:
    slice(1, 2, 0).indices(10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[slice('a', 'b')]
except TypeError as e:
    print(type(e).__name__, e)
