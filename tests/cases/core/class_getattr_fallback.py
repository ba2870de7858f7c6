# __getattr__ is called only for missing attributes; __setattr__ intercepts all sets.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1), p.target is p.__dict__['target'])
class Record:
    def __init__(self, **fields):
        self.__dict__['fields'] = dict(fields)
    def __getattr__(self, name):
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(f'no field {name!r}') from None
    def __setattr__(self, name, value):
        self.fields[name] = value
r = Record(a=1)
r.b = 2
print(r.a, r.b, r.fields, hasattr(r, 'c'), getattr(r, 'c', 'default'))
try:
    r.c
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.nothing_here
except AttributeError as e:
    print(type(e).__name__, e)
class Dyn:
    def __getattr__(self, name):
        return name.upper()
d = Dyn()
d.real = 'set'
print(d.real, d.anything, d.x)
