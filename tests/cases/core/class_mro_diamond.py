# Multiple inheritance: C3 linearization, cooperative super() in a diamond.
class Base:
    def __init__(self):
        self.trail = ['Base']
    def hello(self):
        return 'Base'
class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append('Left')
    def hello(self):
        return 'Left>' + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append('Right')
    def hello(self):
        return 'Right>' + super().hello()
class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append('Diamond')
    def hello(self):
        return 'Diamond>' + super().hello()
d = Diamond()
print([c.__name__ for c in Diamond.__mro__])
print(d.trail, d.hello())
print([c.__name__ for c in Diamond.mro()], isinstance(d, Right))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([c.__name__ for c in Z.__mro__], [c.__name__ for c in W.__mro__])
class M1:
    who = 'M1'
class M2:
    who = 'M2'
    only2 = 'only in M2'
class Mixed(M1, M2):
    pass
print(Mixed.who, Mixed().only2)
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
