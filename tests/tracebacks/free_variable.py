def f():
    def g():
        return zz
    g()
    zz = 1

f()
