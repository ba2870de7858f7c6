# Private names in classes are mangled to _Class__name (attributes, class
# attributes, parameters); a subclass gets its own.
class A:
    __count = 0
    def __init__(self):
        self.__x = 1
        A.__count += 1
    def get(self):
        return self.__x, self.__dict__, A._A__count
    def __repr__(self):
        return 'A'
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2
b = B()
print(b.get(), sorted(vars(b)))
try:
    b.__x
except AttributeError as e:
    print(e)
class _Priv:
    def m(self, __k=3):
        return [__k for _ in range(1)]
print(_Priv().m(), _Priv().m(_Priv__k=5) if False else 0)
