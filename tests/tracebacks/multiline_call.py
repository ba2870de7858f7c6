def f(a, b):
    return a['z']

r = f(
    {},
    2)
