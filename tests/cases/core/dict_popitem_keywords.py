# dict.popitem takes no arguments (OrderedDict.popitem takes last=).
from collections import OrderedDict
d = {'a': 1, 'b': 2}
for call in [lambda: d.popitem(last=False), lambda: d.popitem(0), lambda: {}.popitem()]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(d.popitem(), d)
od = OrderedDict(d, z=0)
print(od.popitem(last=False), od)
