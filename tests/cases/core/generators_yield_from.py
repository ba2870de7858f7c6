# yield from delegates to sub-iterables and returns the sub-generator's value.
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    yield 'inner returned ' + r
    yield from 'ab'
    yield from range(3, 5)
    yield from []
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1], (2, 3), {4: 'x'}, 'yz')))
def walk(tree, depth=0):
    name, children = tree
    yield '  ' * depth + name
    for c in children:
        yield from walk(c, depth + 1)
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [])])
for line in walk(tree):
    print(line)
def delegating():
    yield from 5
try:
    list(delegating())
except TypeError as e:
    print(type(e).__name__, e)
