# Generator functions: yield, iteration, exhaustion, and generator state.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(4)), list(countdown(0)))
g = countdown(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, 'done'))
print(list(g), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def pairs(seq):
    for i in range(len(seq) - 1):
        yield seq[i], seq[i + 1]
print(list(pairs('abcd')), dict(pairs([1, 2, 3])))
def gen_with_return():
    yield 1
    return 'finished'
    yield 2
print(list(gen_with_return()))
def evens(limit):
    for n in range(limit):
        if n % 2:
            continue
        yield n
print(list(evens(9)), max(evens(9)), 4 in evens(9), 5 in evens(9))
g2 = countdown(2)
for x in g2:
    print('got', x)
try:
    next(g2)
except StopIteration as e:
    print(type(e).__name__, e.value)
def bad():
    yield 1
    raise ValueError('inside generator')
try:
    for v in bad():
        print('v', v)
except ValueError as e:
    print(type(e).__name__, e)
