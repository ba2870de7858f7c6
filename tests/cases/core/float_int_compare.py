# Exact comparisons between ints and floats, including huge ints.
print(1 == 1.0, 1 < 1.5, 2 > 1.99, -1 == -1.0, 0 == -0.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float('inf'))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(0.1 == 1 / 10, 0.5 == 1 / 2, 1 / 3 == 0.3333333333333333)
print(sorted([3, 1.5, 2, 0.5, -1, True]), max([1, 1.0]), max([1.0, 1]))
print(1 in [1.0], 1.0 in {1}, [1, 2] == [1.0, 2.0], (1,) < (1.5,))
print(float('nan') == float('nan'), float('nan') != 1, float('inf') > 10 ** 300)
print(3 <= 3.0 < 4 <= 4.0, 5 == 5.0 == True + 4)
print({1: 'int'}[1.0], {2.0: 'float'}[2])
try:
    print(1 < 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.5 >= None)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == 'a', 1.0 != 'a')
