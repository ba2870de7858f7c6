# Class attributes are shared; assignment on an instance shadows them.
class Config:
    count = 0
    shared = []
    def __init__(self):
        Config.count += 1
        self.own = []
a, b = Config(), Config()
print(Config.count, a.count, b.count)
a.count = 100
print(Config.count, a.count, b.count)
a.shared.append('from a')
print(b.shared, Config.shared, a.shared is b.shared)
a.own.append(1)
print(a.own, b.own)
del a.count
print(a.count)
Config.count = 42
print(a.count, b.count)
Config.new_attr = 'added later'
print(b.new_attr)
class Sub(Config):
    count = -1
s = Sub()
print(s.count, Config.count, Sub.count, s.shared is a.shared)
print('count' in vars(Sub), 'shared' in vars(Sub), sorted(vars(a)))
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Config.missing
except AttributeError as e:
    print(type(e).__name__, e)
