# Size changes during iteration raise RuntimeError; value updates are fine; safe patterns.
def run(name, fn):
    try:
        print(name, fn())
    except RuntimeError as e:
        print(name, type(e).__name__, e)
def add_in_values():
    d = {'a': 1}
    for v in d.values():
        d['b'] = 2
def pop_in_items():
    d = {'a': 1, 'b': 2}
    for k, v in d.items():
        d.pop('b')
def setdefault_new():
    d = {'a': 1}
    for k in d:
        d.setdefault('new', 0)
def setdefault_existing():
    d = {'a': 1}
    for k in d:
        d.setdefault('a', 0)
    return d
def update_existing():
    d = {'a': 1, 'b': 2}
    for k in d:
        d.update({k: d[k] * 10})
    return d
def safe_filter():
    d = {i: i * i for i in range(6)}
    for k in [k for k in d if k % 2]:
        del d[k]
    return d
def rebuild():
    d = {'a': 1, 'b': -1, 'c': 2}
    return {k: v for k, v in d.items() if v > 0}
def popitem_loop():
    d = {'a': 1}
    for k in d:
        d.popitem()
def clear_in_loop():
    d = {'x': 1}
    for k in d:
        d.clear()
    return d
for fn in [add_in_values, pop_in_items, setdefault_new, setdefault_existing, update_existing,
           safe_filter, rebuild, popitem_loop, clear_in_loop]:
    run(fn.__name__, fn)
