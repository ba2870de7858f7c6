# except with tuples, multiple handlers, exceptions in handlers, and exceptions in loops.
def classify(v):
    try:
        return 10 // int(v)
    except (ValueError, TypeError) as e:
        return f'bad input ({type(e).__name__})'
    except ZeroDivisionError:
        return 'zero'
print([classify(v) for v in ['5', 'x', None, '0', 3]])
errors = (KeyError, IndexError)
def lookup(c, k):
    try:
        return c[k]
    except errors as e:
        return 'missing ' + type(e).__name__
print(lookup({}, 1), lookup([], 1), lookup({1: 'one'}, 1))
total = 0
for item in [1, 'two', 3, None, 5]:
    try:
        total += item
    except TypeError:
        continue
    finally:
        total += 100
print(total)
def first_handler_wins():
    try:
        raise KeyError('x')
    except LookupError:
        return 'LookupError handler'
    except KeyError:
        return 'KeyError handler'
print(first_handler_wins())
try:
    try:
        raise ValueError('v')
    except ValueError:
        undefined_in_handler
except NameError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    raise Exception('base')
except (ValueError, Exception) as e:
    print('caught by tuple', e)
