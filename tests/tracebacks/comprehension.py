# Comprehensions are inlined in CPython 3.12: no frame of their own.
d = {}
x = [d[k] for k in 'ab']
