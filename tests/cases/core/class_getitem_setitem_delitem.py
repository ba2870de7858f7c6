# Container dunders: a sparse vector type.
class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def _check(self, i):
        if not isinstance(i, int):
            raise TypeError(f'indices must be int, not {type(i).__name__}')
        if not -self.size <= i < self.size:
            raise IndexError('Sparse index out of range')
        return i % self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._check(i), 0)
    def __setitem__(self, i, v):
        self.data[self._check(i)] = v
    def __delitem__(self, i):
        self.data.pop(self._check(i), None)
    def __len__(self):
        return self.size
v = Sparse(5)
v[1] = 10
v[-1] = 40
print(v[0], v[1], v[4], v[-4], v[:], v[::2], len(v), v.data)
del v[1]
print(v[:], list(v), 40 in v, v.data)
v[2] += 5
print(v[2])
for bad in ['get', 'set', 'del', 'type']:
    try:
        if bad == 'get':
            v[5]
        elif bad == 'set':
            v[-6] = 1
        elif bad == 'del':
            del v[10]
        else:
            v['x']
    except (IndexError, TypeError) as e:
        print(bad, type(e).__name__, e)
class ReadOnly:
    def __getitem__(self, k):
        return k
r = ReadOnly()
print(r['any'], r[1, 2], r[1:2])
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
