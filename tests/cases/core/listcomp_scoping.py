# Comprehension variables don't leak; class bodies and comprehensions.
x = 'outer'
squares = [x * x for x in range(4)]
print(squares, x)
print({x: 1 for x in 'ab'}, x, {x for x in [1]}, x, list(x for x in [2]), x)
try:
    [y for y in range(3)]
    print(y)
except NameError as e:
    print(type(e).__name__, e)
n = 10
print([n + i for i in range(3)])
def f():
    k = 5
    return [k * i for i in range(3)]
print(f())
fns = [lambda: i for i in range(3)]
print([g() for g in fns])
i = 'unchanged'
result = [[i for i in range(2)] for _ in range(2)]
print(result, i)
for j in range(3):
    pass
print('for leaks', j)
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(C.doubled)
total = 0
values = [total := total + v for v in [1, 2, 3]]
print(values, total)
