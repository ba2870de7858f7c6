# Equality of a builtin value with an instance tries the instance's
# reflected __eq__/__ne__ (dict values, list items, membership).
class AlwaysEq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

class NeOnly:
    def __ne__(self, other):
        return 'custom'

class Plain:
    pass

p = Plain()
print('anything' == AlwaysEq(), 1 == AlwaysEq(), ['a'] == [AlwaysEq()])
print({'k': AlwaysEq()} == {'k': 'anything'}, {'k': 'anything'} == {'k': AlwaysEq()})
print(AlwaysEq() in ['x'], 'x' in [AlwaysEq()], AlwaysEq() in {'k': 1}.values())
print(1 != NeOnly(), 'x' != NeOnly())
print('a' == p, 'a' != p, {1: p} == {1: p}, {1: p} == {1: Plain()}, p in [1, p])
for empty in ({}, {'a': 1}):
    try:
        print(empty.pop([], 'default'))
        empty.pop([])
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
