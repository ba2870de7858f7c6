# Only BaseException instances/subclasses can be raised or caught.
for thing in ['string', 42, None, [1]]:
    try:
        raise thing
    except TypeError as e:
        print(repr(thing), type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print('class instantiated:', repr(e))
try:
    try:
        raise KeyError('k')
    except 'not a class':
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
