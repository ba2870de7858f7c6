# List slicing creates copies; bounds clamp; indexes.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[5:2], a[100:], a[-100:2])
b = a[:]
b[0] = 'changed'
print(a[0], b[0], a[:] == a, a[:] is a)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = 'replaced'
print(nested, shallow)
print(a[1:-1][1:-1][1:-1], a[len(a) // 2:], a[:0], a[0:1], a[-1:])
print(a[slice(1, 4)], a[slice(None)], a[slice(-2, None)])
print(a[0], a[-1], a[-10], a[9])
for idx in [10, -11]:
    try:
        print(a[idx])
    except IndexError as e:
        print(idx, type(e).__name__, e)
try:
    a['1']
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1:2:0]
except ValueError as e:
    print(type(e).__name__, e)
