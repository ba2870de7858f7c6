e = AttributeError('m', name='n', obj=[1])
print(e.name, e.obj, e.args)
print(NameError('x', name='y').name, NameError('x').name)
try:
    NameError(x=1)
except TypeError as e:
    print(e)
class E(AttributeError):
    pass
print(E('a', name='n').name)
raise NameError('custom', name='lenn')
