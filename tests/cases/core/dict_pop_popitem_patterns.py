# pop with and without defaults; popitem LIFO including after deletions and re-insertions.
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(d.pop('b'), d.pop('zz', 'default'), d.pop('zz', None), d)
d['b'] = 'back'
print(d, d.popitem(), d.popitem(), d)
d['x'] = 10
d['a'] = 'updated'
print(d.popitem(), d)
stack = {}
for i in range(5):
    stack[f'k{i}'] = i
out = []
while stack:
    out.append(stack.popitem())
print(out)
queue = {'first': 1, 'second': 2, 'third': 3}
while queue:
    k = next(iter(queue))
    print('dequeued', k, queue.pop(k))
e = {1: 'one'}
print(e.pop(1.0), e, e.pop(True, 'gone'))
for call in [lambda: {}.popitem(), lambda: {'a': 1}.pop('b'), lambda: {}.pop(), lambda: {}.pop([]), lambda: {}.popitem(1)]:
    try:
        call()
    except (KeyError, TypeError) as err:
        print(type(err).__name__, err)
