# getattr/setattr/hasattr/delattr with defaults and errors.
class Obj:
    cls_attr = 'class-level'
    def method(self):
        return 'method called'
o = Obj()
setattr(o, 'x', 10)
print(getattr(o, 'x'), o.x, hasattr(o, 'x'), hasattr(o, 'y'), getattr(o, 'y', 'default'))
print(getattr(o, 'cls_attr'), getattr(o, 'method')(), getattr(Obj, 'method')(o), hasattr(Obj, 'x'))
name = 'dynamic_' + 'attr'
setattr(o, name, [1, 2])
print(o.dynamic_attr, sorted(vars(o)))
delattr(o, 'x')
print(hasattr(o, 'x'), getattr(o, 'x', None))
print(getattr([1, 2], 'append') is not None, getattr('abc', 'upper')(), hasattr(5, 'real'), getattr(5, 'imag'))
setattr(Obj, 'added', 'to class')
print(o.added, Obj.added)
for f in [lambda: getattr(o, 'x'), lambda: delattr(o, 'x'), lambda: getattr(o, 5), lambda: setattr(5, 'a', 1), lambda: setattr([], 'a', 1), lambda: getattr(o)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
