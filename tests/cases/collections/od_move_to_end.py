from collections import OrderedDict

o = OrderedDict.fromkeys("abcde")
o.move_to_end("b")
print("".join(o))
o.move_to_end("b", last=False)
print("".join(o))
o.move_to_end("e", False)
print("".join(o))
o.move_to_end("e")
o.move_to_end("e")
print("".join(o))
for k in ("z", 5):
    try:
        o.move_to_end(k)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    o.move_to_end("z", last=False)
except KeyError as e:
    print(type(e).__name__, e)
try:
    o.move_to_end()
except TypeError as e:
    print(type(e).__name__, e)
p = OrderedDict([(1, 1)])
p.move_to_end(1, last=False)
print(p)
o["a"] = 99
print(list(o.items())[-1], list(o)[0])
del o["c"]
o["c"] = 3
print(list(o))
q = OrderedDict([(i, i * i) for i in range(6)])
for i in range(0, 6, 2):
    q.move_to_end(i, last=False)
print(list(q), q[4])
