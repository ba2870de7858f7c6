# Starred assignment targets and star-unpacking in displays and calls.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_ = 'hello'
print(first, _)
[x, *rest] = (9,)
print(x, rest, type(rest).__name__)
print([*range(3), *'ab', *(7,)], (*[1, 2], 3), {*[1, 1, 2]}, [*[], *[]])
def f(*args):
    return args
print(f(*[1, 2], 3, *(4,)), f(*'ab'), f(*{}), f(*{'k': 1}))
head, *middle, tail = 'a b c d e'.split()
print(head, middle, tail)
for n, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(n, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*None)
except TypeError as e:
    print(type(e).__name__, e)
