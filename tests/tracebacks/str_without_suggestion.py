# str(e) has no suggestion: CPython adds it only to the printed traceback.
try:
    cuonts
except NameError as e:
    print(type(e).__name__, e, e.name)
try:
    {}.itms
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj)
counts = {}
print(cuonts)
