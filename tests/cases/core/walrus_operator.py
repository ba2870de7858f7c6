# Assignment expressions (:=) in conditions, loops and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
print(n)
it = iter(data)
total = 0
while (x := next(it, None)) is not None:
    total += x
print(total, x)
squares = [y for v in data if (y := v * v) > 10]
print(squares, y)
print([last := v for v in range(3)], last)
def f(v):
    print('f called', v)
    return v * 2
results = [r for v in [1, 2, 3] if (r := f(v)) > 2]
print(results)
print((z := 10) + z, z)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print('popped', top)
print(top, stack)
try:
    if (w := int('nope')):
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(w)
except NameError as e:
    print(type(e).__name__, e)
