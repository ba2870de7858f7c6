from collections.abc import Mapping, MutableMapping

class Squares(Mapping):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, k):
        if isinstance(k, int) and 0 <= k < self.n:
            return k * k
        raise KeyError(k)
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.n

s = Squares(4)
print(s[3], s.get(9), s.get(9, -1), 2 in s, 7 in s, len(s))
print(list(s.keys()), list(s.values()), list(s.items()))
print(s == {0: 0, 1: 1, 2: 4, 3: 9}, s == Squares(4), s != Squares(3))
print(dict(s), sorted(s.keys() & {1, 2, 10}))
try:
    s[10]
except KeyError as e:
    print(type(e).__name__, e)
try:
    s["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(s, "pop"), hasattr(s, "setdefault"), isinstance(s, Mapping), isinstance(s, MutableMapping))
print({**s}, dict(s, extra=1))
