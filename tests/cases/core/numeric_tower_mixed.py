# Mixed bool/int/float arithmetic and result types.
vals = [True, 3, 2.5]
for a in vals:
    for b in vals:
        r = a + b
        print(repr(a), repr(b), repr(r), type(r).__name__, type(a * b).__name__, type(a / b).__name__)
print(type(7 // 2.0).__name__, type(True // True).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__)
print(sum([1, 2.0, True]), sum([True, True]), type(sum([1, 2])).__name__)
print(int.__name__, float.__name__, isinstance(1, float), isinstance(1.0, int))
print(abs(True), abs(-2.0), -True, +False)
print(10 / 5 == 2, 10 // 5 == 2.0, hash(2) == hash(2.0) == hash(2.0 + 0))
try:
    print(int('3') + float('x'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print([] + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 - [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(2.0 * 'ab')
except TypeError as e:
    print(type(e).__name__, e)
