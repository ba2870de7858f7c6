pairs = {'a': 1}
a, b = pairs
