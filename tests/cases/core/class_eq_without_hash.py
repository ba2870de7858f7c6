# Defining __eq__ without __hash__ sets __hash__ to None: instances become unhashable.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
m = Money(5)
print(m == Money(5), m != Money(6), Money.__hash__ is None, m in [Money(5)])
for action in ['hash', 'set', 'dict', 'dict_get', 'frozenset']:
    try:
        if action == 'hash':
            hash(m)
        elif action == 'set':
            {m}
        elif action == 'dict':
            {m: 1}
        elif action == 'dict_get':
            {}.get(m)
        else:
            frozenset([m])
    except TypeError as e:
        print(action, type(e).__name__, e)
class Hashable(Money):
    def __hash__(self):
        return hash(self.cents)
print(len({Hashable(1), Hashable(1), Hashable(2)}))
class Inherits(Money):
    pass
try:
    hash(Inherits(1))
except TypeError as e:
    print(type(e).__name__, e)
class NoEq:
    pass
print(type(hash(NoEq())).__name__)
class ExplicitNone:
    __hash__ = None
try:
    {ExplicitNone()}
except TypeError as e:
    print(type(e).__name__, e)
