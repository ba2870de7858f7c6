# Mutating set methods and their errors.
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 1], (7,), range(2))
print(s)
s.discard(100); s.discard(5)
print(s)
s.remove(7)
print(s)
p = s.pop()
print(type(p).__name__, len(s))
t = s.copy()
t.add(42)
print(42 in s, 42 in t)
s.clear()
print(s, len(s), bool(s), bool(t))
u = {10, 20, 30}
u.intersection_update([20, 30, 40]); print(u)
u.difference_update({30}); print(u)
u.symmetric_difference_update({20, 50}); print(u)
print(sorted({'pear', 'apple', 'fig'}), sorted({'b', 'a'} | {'c'}))
words = ['x', 'y', 'x', 'z', 'y', 'x']
print(len(set(words)), sorted(set(words)), list(dict.fromkeys(words)))
for name, f in [('remove', lambda: u.remove(999)), ('pop_empty', lambda: set().pop()),
                ('add_list', lambda: u.add([1])), ('update_int', lambda: u.update(5))]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(name, type(e).__name__, e)
