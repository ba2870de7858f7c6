class A:
    @property
    def p(self): return {}['k']
A().p
