# The 3.12 repr of OrderedDict is OrderedDict({...}); nested and recursive forms.
from collections import OrderedDict
print(OrderedDict(), OrderedDict(a=1), OrderedDict([(1, 'x'), ((2, 3), [4])]))
inner = OrderedDict(k='v')
outer = OrderedDict(inner=inner, lst=[inner])
print(outer, [outer], {'od': inner})
rec = OrderedDict()
rec['self'] = rec
print(rec)
print(str(OrderedDict(a=None)), f'{OrderedDict(b=True)}', repr(OrderedDict({'q': "it's"})))
class Sub(OrderedDict):
    pass
print(Sub(x=1), Sub())
try:
    OrderedDict(1)
except TypeError as e:
    print(type(e).__name__, e)
