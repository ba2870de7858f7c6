# Reflected operators and NotImplemented fallback; sum() with __radd__.
class Money:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f'Money({self.c})'
    def __add__(self, other):
        print('  __add__', other)
        if isinstance(other, Money):
            return Money(self.c + other.c)
        if isinstance(other, int):
            return Money(self.c + other)
        return NotImplemented
    def __radd__(self, other):
        print('  __radd__', other)
        if isinstance(other, int):
            return Money(self.c + other)
        return NotImplemented
    def __eq__(self, other):
        print('  __eq__', other)
        if not isinstance(other, Money):
            return NotImplemented
        return self.c == other.c
print(Money(1) + Money(2))
print(5 + Money(1))
print(Money(1) + 5)
print(sum([Money(1), Money(2)]))
print(Money(3) == Money(3), Money(3) == 3, 3 == Money(3), Money(1) != Money(2))
try:
    Money(1) + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + Money(1)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Money):
    def __radd__(self, other):
        print('  Sub.__radd__', other)
        return Money(-1)
print(Money(1) + Sub(2))
class Num:
    def __init__(self, v):
        self.v = v
    def __mul__(self, other):
        return NotImplemented
    def __rmul__(self, other):
        return f'rmul({other})'
print(3 * Num(1), 'x' * Num(2))
try:
    Num(1) * Num(2)
except TypeError as e:
    print(type(e).__name__, e)
