# Tuples: packing, single-element syntax, immutability, hashing, methods.
t = (1, 2, 3)
u = 4, 5
single = (7,)
not_tuple = (7)
empty = ()
print(t, u, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__, len(empty))
print(t[0], t[-1], t[1:], t[::-1], t + u, u * 2, 2 in t, t.count(2), t.index(3))
print(tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'a': 1}), tuple(), tuple(x for x in 'xy'))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (1, 'a') == (1, 'a'))
print({(1, 2): 'pair'}[(1, 2)], hash((1, 2)) == hash((1, 2)), (1, [2])[1])
mixed = (1, [2, 3])
mixed[1].append(4)
print(mixed)
print(repr((1,)), repr(()), str((None, True)), ((1, 2), (3,)), max((3, 9, 2)))
a, b = t[:2]
print(a, b, *t)
print(sorted((3, 1, 2)), list(t), t * 0, (0,) * 3)
for bad in ['assign', 'del', 'append', 'hash', 'index', 'concat']:
    try:
        if bad == 'assign':
            t[0] = 9
        elif bad == 'del':
            del t[0]
        elif bad == 'append':
            t.append(4)
        elif bad == 'hash':
            hash(mixed)
        elif bad == 'index':
            t.index(9)
        else:
            t + [4]
    except (TypeError, AttributeError, ValueError) as e:
        print(bad, type(e).__name__, e)
