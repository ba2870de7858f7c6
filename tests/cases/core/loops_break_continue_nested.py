# break and continue affect only the innermost loop; loop variables after loops.
result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
total = 0
for n in range(20):
    if n % 3 == 0:
        continue
    if n > 10:
        break
    total += n
print(total, n)
grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v < 0:
            found = (r, c)
            break
    if found:
        break
print(found)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
i = 0
out = []
while i < 10:
    i += 1
    if i in (3, 5):
        continue
    if i == 8:
        break
    out.append(i)
print(out)
for c in 'abc':
    c = c.upper()
print(c)
try:
    for x in [1, 2, 0, 4]:
        print(10 // x)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
