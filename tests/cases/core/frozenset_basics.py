# frozenset is hashable and immutable; mixes with set in operations.
f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, type(f).__name__, frozenset(), repr(frozenset()))
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1, 9}, f - {1}, f ^ frozenset([3, 5]))
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, hash(f) == hash(frozenset([1, 2, 3])))
d = {f: 'frozen key', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s), sorted(sorted(x) for x in s))
print(frozenset('aab') == frozenset('ab'), sorted(frozenset('cab')), f.union([9]), f.copy() == f)
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
