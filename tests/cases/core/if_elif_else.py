# if/elif/else chains, truthiness of conditions, nested ifs, pass.
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    else:
        return 'F'
print([grade(s) for s in [95, 85, 75, 10, 90, 80]])
for v in [0, 1, '', 'x', [], [0], None, {}, 0.0, -1]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 0:
    if x % 2:
        print('positive odd')
    else:
        print('positive even')
if x < 0:
    pass
elif x == 5:
    pass
else:
    print('unreached')
print('after pass')
def sign(n):
    if n < 0: return -1
    elif n == 0: return 0
    return 1
print(sign(-3), sign(0), sign(7))
class Weird:
    def __bool__(self):
        raise ValueError('no truth value')
try:
    if Weird():
        pass
except ValueError as e:
    print(type(e).__name__, e)
