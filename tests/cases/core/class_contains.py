# __contains__ controls `in`; fallbacks via __iter__ and __getitem__.
class Evens:
    def __contains__(self, x):
        print('contains', x)
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 'a' not in e)
class IterOnly:
    def __iter__(self):
        print('iterating')
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return 'abc'[i]
print('b' in GetItemOnly(), 'z' in GetItemOnly())
class Truthy:
    def __contains__(self, x):
        return 'yes'
print(1 in Truthy(), type(1 in Truthy()).__name__)
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
