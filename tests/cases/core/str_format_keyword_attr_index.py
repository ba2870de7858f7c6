# str.format with keyword fields, attribute access and indexing in fields.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print('{name} is {age}'.format(name='Ann', age=30), '{x}{x}'.format(x='!'))
print('({0.x}, {0.y})'.format(p), '({p.x}, {p.y})'.format(p=p))
print('{0[0]} {0[2]} {1[key]}'.format([10, 20, 30], {'key': 'v'}), '{d[a]}'.format(d={'a': 1}))
print('{0[1][0]} {m[k][1]}'.format([[1], [2]], m={'k': 'ab'}), '{0[-1]}'.format({'-1': 'str key'}))
print('{t[0]:>4}|{t[1]:<4}|'.format(t=('a', 'b')), '{0.x:03d}'.format(p))
data = {'user': 'bob', 'n': 3}
print('{user} has {n} items'.format(**data), '{0} {user}'.format('hi', **data))
print('{:{width}}|'.format('x', width=5), '{:{fill}{align}{w}}'.format('y', fill='*', align='^', w=7))
for fmt in ['{missing}', '{0.z}', '{0[5]}', '{d[nokey]}']:
    try:
        print(fmt.format(p if 'z' in fmt else [1], d={}))
    except (KeyError, AttributeError, IndexError) as e:
        print(fmt, type(e).__name__, e)
