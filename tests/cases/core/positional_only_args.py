# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2), g('pos', y=3))
def h(a, b=2, /):
    return a + b
print(h(1), h(1, 5))
print(divmod(7, 2), len([1]), abs(-1))
for label in ['f_kw_a', 'h_kw', 'len_kw', 'f_missing']:
    try:
        if label == 'f_kw_a':
            f(a=1, b=2, c=3, d=4)
        elif label == 'h_kw':
            h(1, b=3)
        elif label == 'len_kw':
            len(obj=[1])
        else:
            f(1, d=4)
    except TypeError as e:
        print(label, type(e).__name__, e)
