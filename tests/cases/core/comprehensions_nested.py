# Nested comprehensions: order of for clauses, matrices, flattening.
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({(i, j): i * j for i in range(2) for j in range(2)})
print([c for w in ['ab', 'cd'] for c in w.upper()])
print([[y for y in x if y % 2] for x in matrix])
words = ['apple', 'bob', 'kayak', 'dog']
print({w: [c for c in w if c in 'aeiou'] for w in words})
print([p for p in ((a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15)) if p[0] ** 2 + p[1] ** 2 == p[2] ** 2])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 7
print(grid, sum(sum(r) for r in grid))
try:
    print([x for x in range(3) for y in x])
except TypeError as e:
    print(type(e).__name__, e)
