# Ends with an uncaught AttributeError on a dict.
d = {'a': 1}
print(d.get('a'), d.keys())
try:
    d.has_key('a')
except AttributeError as e:
    print('caught:', type(e).__name__, e)
d.foo
