# Repetition copies references: the [[0]] * 3 gotcha.
row = [0] * 3
print(row, [1, 2] * 2, [] * 5, [0] * 0, [1] * -1)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[1])
a = [1]
a *= 3
print(a)
b = [[]] * 2
b[0].append('x')
print(b)
c = 2 * ['ab']
print(c, len(c * 4))
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
