from collections import OrderedDict

o = OrderedDict.fromkeys(range(4))
for name, op in [("add", lambda: o.__setitem__(99, 0)),
                 ("del", lambda: o.__delitem__(99)),
                 ("move", lambda: o.move_to_end(1))]:
    try:
        for k in o:
            op()
    except RuntimeError as e:
        print(name, type(e).__name__, e)
    print(list(o))
try:
    for k in o.values():
        o.popitem()
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(o))
try:
    for k in reversed(o):
        o[k + 100] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
for k in o:
    o[k] = "changed"
print(o)
try:
    for k, v in o.items():
        del o[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(o))
