# Unbounded recursion raises RecursionError (a RuntimeError), which can be caught.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth()
print(d > 100, d < sys.getrecursionlimit() + 10)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for _ in range(300):
    n = Node(n)
print(n.length())
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print(type(e).__name__)
print('still running', ok(10))
