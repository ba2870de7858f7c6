# Conditional (ternary) expressions and their laziness.
for n in [-5, 0, 7]:
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
def boom():
    raise RuntimeError('evaluated!')
print(1 if True else boom(), boom() if False else 2)
vals = [x if x % 2 else -x for x in range(6)]
print(vals)
f = (lambda x: 'big' if x > 10 else 'small')
print(f(3), f(30))
label = ('even' if 4 % 2 == 0 else 'odd').upper()
print(label, (1 if [] else 2), ('yes' if 'non-empty' else 'no'), (3 if None else 4))
nested = 'a' if False else ('b' if False else 'c')
print(nested, [('x' if i else 'y') for i in range(3)])
try:
    print(boom() if True else 0)
except RuntimeError as e:
    print(type(e).__name__, e)
