# repr and == of deeply nested containers hit CPython's C recursion limit
# (independent of sys.setrecursionlimit); moderate nesting works.
import sys

def nest(n, make):
    a = make()
    for i in range(n):
        a = make(a)
    return a

def lst(*inner):
    return list(inner)

def dct(*inner):
    return {'k': inner[0]} if inner else {}

for n in [10, 500, 5000]:
    for name, make in [('list', lst), ('dict', dct)]:
        x = nest(n, make)
        try:
            print(name, n, len(repr(x)))
        except RecursionError as e:
            print(name, n, type(e).__name__, e)
        try:
            print(name, n, x == nest(n, make))
        except RecursionError as e:
            print(name, n, type(e).__name__, e)

sys.setrecursionlimit(100)
print(len(repr(nest(500, lst))))
