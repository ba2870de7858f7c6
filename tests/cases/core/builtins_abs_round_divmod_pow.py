# abs, round, divmod and pow as builtins with ints, floats and bools, plus __abs__/__round__.
print(abs(-3), abs(3), abs(-0.0), abs(-2.5), abs(True), abs(-10 ** 30), type(abs(-1)).__name__)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(5.5, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(2.0, 3), pow(-2, 3), pow(4, 0.5))
class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Num(abs(self.v))
    def __round__(self, n=None):
        return f'rounded({self.v}, {n})'
    def __divmod__(self, other):
        return ('dm', self.v, other)
    def __pow__(self, e, mod=None):
        return ('pow', self.v, e, mod)
    def __repr__(self):
        return f'Num({self.v})'
print(abs(Num(-4)), round(Num(1.5)), round(Num(1.5), 1), divmod(Num(7), 2), pow(Num(2), 3), pow(Num(2), 3, 5), Num(2) ** 4)
for f in [lambda: abs('x'), lambda: round(None), lambda: divmod(1, 'a'), lambda: pow('a', 2)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
