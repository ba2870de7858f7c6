d = {1: 2}
def g(x):
    return x['q']
r = sorted([d], key=lambda v: g(v))
