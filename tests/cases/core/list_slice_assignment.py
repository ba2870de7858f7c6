# Slice assignment can grow/shrink lists; extended slices need equal lengths.
a = list(range(6))
a[1:3] = ['x', 'y', 'z']; print(a)
a[1:4] = []; print(a)
a[:0] = [-2, -1]; print(a)
a[len(a):] = [100]; print(a)
a[2:2] = 'ab'; print(a)
a[:] = [1, 2, 3]; print(a)
a[::2] = ['even0', 'even2']; print(a)
a[::-1] = [7, 8, 9]; print(a)
b = [0, 1, 2, 3, 4, 5]
b[1::2] = [10, 30, 50]; print(b)
b[10:20] = ['tail']; print(b)
b[-2:] = range(3); print(b)
c = [1, 2, 3]
c[1:2] = c; print(c)
d = [1, 2, 3, 4]
d[0:2] = (x * 10 for x in range(3)); print(d)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
