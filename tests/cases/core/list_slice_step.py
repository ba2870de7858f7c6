# Extended slices with steps, positive and negative.
a = list(range(10))
print(a[::2], a[1::2], a[::3], a[::-1], a[::-2], a[8:2:-2], a[2:8:-1], a[-1:-5:-1])
print(a[7::-3], a[:3:-3], a[::-11], a[::11], a[1:9:4], a[9:0:-4])
print(list(reversed(a)) == a[::-1], a[::-1][::-1] == a)
s = 'abcdefgh'
print(s[::2] + s[1::2], [s[i::3] for i in range(3)])
m = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[1] for row in m], [m[i][i] for i in range(3)], [row[::-1] for row in m[::-1]])
print(len(a[::2]), len(a[::3]), len(a[5:5:2]), len(a[::-1]))
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
