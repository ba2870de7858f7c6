# Exception hierarchy: base classes catch subclasses; handler order matters.
def trigger(kind):
    if kind == 'key':
        {}['k']
    elif kind == 'index':
        [][0]
    elif kind == 'zero':
        1 / 0
    elif kind == 'overflow':
        float(10 ** 400)
    elif kind == 'value':
        int('x')
    elif kind == 'type':
        None + 1
    elif kind == 'attr':
        None.x
    elif kind == 'name':
        undefined_name
    elif kind == 'recursion':
        raise RecursionError('deep')
    elif kind == 'stop':
        next(iter([]))
for kind in ['key', 'index', 'zero', 'overflow', 'value', 'type', 'attr', 'name', 'recursion', 'stop']:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, 'LookupError caught', type(e).__name__)
    except ArithmeticError as e:
        print(kind, 'ArithmeticError caught', type(e).__name__)
    except (TypeError, ValueError) as e:
        print(kind, 'TypeError/ValueError caught', type(e).__name__)
    except RuntimeError as e:
        print(kind, 'RuntimeError caught', type(e).__name__)
    except Exception as e:
        print(kind, 'Exception caught', type(e).__name__)
chain = [KeyError, IndexError, ZeroDivisionError, OverflowError, UnboundLocalError, RecursionError,
         NotImplementedError, UnicodeDecodeError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit]
for cls in chain:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception), issubclass(bool, Exception))
try:
    try:
        raise KeyError('inner')
    except IndexError:
        print('not here')
except LookupError as e:
    print('outer caught', type(e).__name__, e)
