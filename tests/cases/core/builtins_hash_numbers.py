# hash() of numbers and tuples of numbers is deterministic and consistent with ==.
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False), hash(None) == hash(None))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 20), hash(2 ** 64), hash(1e20), hash(2.0 ** 70) == hash(2 ** 70), hash(float('inf')), hash(-float('inf')))
print(hash(1) == hash(1.0) == hash(True), hash(0.1), hash(123456789.125))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((1.0, True)) == hash((1, 1)))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(2 ** 100), hash(-(2 ** 100)), hash(1 / 3))
class H:
    def __hash__(self):
        return 2 ** 100
print(hash(H()))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
for v in [[1], {'a': 1}, {1}, (1, [2])]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return 'str'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
