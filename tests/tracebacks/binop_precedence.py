a, b, c = 1, 2, 0
r = a + b / c
