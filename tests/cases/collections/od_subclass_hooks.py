from collections import OrderedDict

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated()
lu["a"] = 1; lu["b"] = 2; lu["a"] = 3
print(lu, list(lu))
lu.update(b=5)
print(list(lu))

class Capped(OrderedDict):
    def __init__(self, cap, *args):
        self.cap = cap
        super().__init__(*args)
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        if len(self) > self.cap:
            print("evict", self.popitem(last=False))

c = Capped(2)
for i in range(4):
    c[i] = i * 10
print(c)

class Loud(OrderedDict):
    def __repr__(self):
        return "Loud" + repr(list(self.items()))
print(Loud(x=1), str(Loud(y=2)), [Loud(z=3)])
try:
    Capped()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(lu, OrderedDict), isinstance(lu, dict), LastUpdated.__mro__[1].__name__)
