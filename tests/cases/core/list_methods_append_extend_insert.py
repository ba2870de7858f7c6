# append/extend/insert and their edge cases.
a = [1, 2]
a.append(3); print(a)
a.append([4, 5]); print(a, len(a))
a.extend([6, 7]); print(a)
a.extend('ab'); print(a)
a.extend(range(2)); print(a)
a.extend(x * 10 for x in [1, 2]); print(a)
b = [0]
b.insert(0, 'first'); b.insert(100, 'last'); b.insert(-1, 'before_last'); b.insert(-100, 'start')
print(b)
c = []
c.insert(0, 1); c.insert(1, 2); c.insert(1, 1.5)
print(c)
d = [1]
d.extend(d); print(d)
d.append(d); print(d)
r = a.append(99)
print(r, a[-1])
e = [1, 2]
e += (3, 4)
e += {5: 'x'}
print(e)
for bad in ['extend_int', 'insert_str', 'append_2']:
    try:
        if bad == 'extend_int':
            e.extend(5)
        elif bad == 'insert_str':
            e.insert('0', 1)
        else:
            e.append(1, 2)
    except TypeError as ex:
        print(bad, type(ex).__name__, ex)
try:
    e + (1,)
except TypeError as ex:
    print(type(ex).__name__, ex)
