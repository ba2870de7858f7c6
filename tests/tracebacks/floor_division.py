# A two-character operator is marked with two carets.
a, b, c = 1, 2, 0
r = a + b // c
