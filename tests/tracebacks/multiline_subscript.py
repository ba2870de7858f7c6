d = {}
x = d[
    'k']
