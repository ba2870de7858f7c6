# OrderedDict-specific methods: move_to_end both ways, popitem(last=...), reversed, setdefault.
from collections import OrderedDict
od = OrderedDict.fromkeys('abcde', 0)
print(od)
od.move_to_end('b')
od.move_to_end('d', last=False)
od.move_to_end('d', False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od.popitem(True), list(od))
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
od.setdefault('z', 26)
od.update([('a', 'A')], q=1)
print(od)
print(od.pop('z'), od.pop('missing', 'dflt'), od)
od['c'] = 'moved?'
print(list(od))
del od['c']
od['c'] = 'now at end'
print(od)
od.clear()
print(od, len(od))
for call in [lambda: od.popitem(), lambda: od.popitem(last=False), lambda: od.move_to_end('x'), lambda: od.pop('y')]:
    try:
        call()
    except KeyError as e:
        print(type(e).__name__, e)
