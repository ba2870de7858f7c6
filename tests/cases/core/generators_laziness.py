# Generators run lazily: prints show exactly when each step executes.
def produce():
    for i in range(3):
        print('produce', i)
        yield i
    print('produce done')
def double(it):
    for x in it:
        print('double', x)
        yield x * 2
g = double(produce())
print('created pipeline')
print('first', next(g))
print('rest', list(g))
gexp = (print('genexp', x) or x for x in range(2))
print('genexp created')
print(list(gexp))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())), list(take(0, naturals())))
first_big = next(x for x in naturals() if x * x > 50)
print(first_big)
lst = [1, 2, 3]
lazy = (x * 10 for x in lst)
lst.append(4)
print(list(lazy))
src = [1, 2]
early = (x for x in src)
src = [9, 9]
print(list(early))
try:
    gen = (1 / x for x in [1, 0])
    print('made')
    print(list(gen))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
