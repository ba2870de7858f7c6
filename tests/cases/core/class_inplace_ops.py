# __iadd__ and friends mutate in place; without them += falls back to __add__.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __repr__(self):
        return f'Acc{self.items}'
a = Acc()
alias = a
a += 1
a += 'two'
print(a, alias is a)
class Imm:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Imm(self.v + other)
    def __repr__(self):
        return f'Imm({self.v})'
i = Imm(1)
j = i
i += 10
print(i, j, i is j)
class Bad:
    def __iadd__(self, other):
        return None
b = Bad()
b += 1
print(b)
class NoAdd:
    pass
n = NoAdd()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __add__(self, o):
        return 'add'
    def __iadd__(self, o):
        return NotImplemented
x = Both()
x += 1
print(x)
