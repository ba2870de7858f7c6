# A set display of 3+ constants iterates in the order CPython's frozenset
# constant folding gives; displays with variables and comprehensions add in order.
print({8, 16, 0, 1, 2}, {24, 8, 16, 0}, {100, 36, 4, 68, 132, 5})
print({x for x in (8, 16, 0, 1, 2)}, {-1, -2, 7, 15, 31, 63})
s = {1, 9, 17, 25, 33, 41, 49, 57}
print(s, {1000, 2000, 24, 8})
a = 8
print({a, 16, 0, 1, 2})
