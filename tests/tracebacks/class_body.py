class A:
    x = {}['k']
