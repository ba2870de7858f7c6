# Seed 001: move_to_end and the 3.12 repr of OrderedDict (the seed shows 3.11's list form).
from collections import OrderedDict
d = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
d.move_to_end('a')
print(d)
print(repr(d), str(d), list(d.items()))
d.move_to_end('c', last=False)
print(d)
print(OrderedDict(), repr(OrderedDict()), OrderedDict(x=[1], y={'z': 2}))
d["aa"] = 4
print(d, d['aa'])
try:
    d.move_to_end('zz', last=False)
except KeyError as e:
    print(type(e).__name__, e)
