if True: raise KeyError('x')
