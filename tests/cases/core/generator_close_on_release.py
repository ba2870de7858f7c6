# A suspended generator that is no longer referenced is closed: its finally blocks run right away.
log = []
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        log.append(name + ' closed')
        print(name, 'finally')
for x in gen('loop'):
    break
print('after break', log)
g = gen('rebound')
next(g)
g = None
print('after rebind')
def outer():
    inner = gen('inner')
    next(inner)
    yield 'outer'
o = outer()
print(next(o))
del o
print('after del', log)
items = [gen('item%d' % i) for i in range(3)]
for it in items:
    next(it)
del it
items.clear()
print('after clear', sorted(log))
unstarted = gen('never')
del unstarted
print('unstarted generators have nothing to close', 'never closed' not in log)
def noisy():
    try:
        yield 1
    finally:
        raise ValueError('ignored on close')
n = noisy()
next(n)
try:
    n.close()
except ValueError as e:
    print(type(e).__name__, e)
