# send() into a generator, and close().
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print('cleanup', received)
e = echo()
print(next(e), e.send('a'), e.send('b'))
e.close()
print('closed')
g = accumulator()
try:
    g.send(1)
except TypeError as err:
    print(type(err).__name__, err)
def gen():
    yield 1
    yield 2
h = gen()
print(next(h))
h.close()
print(next(h, 'exhausted after close'))
