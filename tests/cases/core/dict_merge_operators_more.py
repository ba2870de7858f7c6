# | creates a new dict (left order, right values); |= mutates in place and accepts pairs.
defaults = {'host': 'localhost', 'port': 80, 'debug': False}
user = {'port': 8080, 'user': 'ann'}
cfg = defaults | user
print(cfg, defaults, user)
print(user | defaults)
alias = defaults
defaults |= user
print(defaults is alias, alias)
defaults |= [('extra', 1)]
defaults |= zip(['z1', 'z2'], [1, 2])
defaults |= {}.items()
print(defaults)
chain = {'a': 1} | {'b': 2} | {'a': 3}
print(chain, {} | {}, {1: 1} | {1.0: 'float', True: 'bool'})
x = {'k': [1]}
y = x | {}
y['k'].append(2)
print(x, y is x)
acc = {}
for part in [{'a': 1}, {'b': 2}, {'a': 10}]:
    acc |= part
print(acc)
for bad in [[('a', 1)], {('a', 1)}, 'ab', None, 1]:
    try:
        print({'a': 0} | bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ({'a': 1}.keys()) | {'b': 2}
    print(sorted({'a': 1}.keys() | {'b': 2}))
except TypeError as e:
    print(type(e).__name__, e)
d = {'a': 1}
try:
    d |= 5
except TypeError as e:
    print(type(e).__name__, e, d)
try:
    d |= ['xyz']
except ValueError as e:
    print(type(e).__name__, e, d)
