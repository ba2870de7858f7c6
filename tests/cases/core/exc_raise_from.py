# raise ... from ...: __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f'missing setting {key!r}') from e
try:
    load({}, 'port')
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError('hidden context') from None
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError('direct') from ValueError('cause')
except TypeError as e:
    print(e, repr(e.__cause__), e.__context__)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError('plain')
print(e.__cause__, e.__context__, e.__suppress_context__)
