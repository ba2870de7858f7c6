# Implicit chaining: __context__ is set when raising inside except or finally.
def level3():
    raise KeyError('level3')
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError('level2') from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError('level1')
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f'{type(cur).__name__}({cur})')
        cur = cur.__cause__ or cur.__context__
    print(' <- '.join(chain))
try:
    try:
        raise TypeError('a')
    finally:
        raise IndexError('b')
except IndexError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__, e.__context__)
try:
    try:
        raise OSError('os')
    except OSError as inner:
        saved = inner
    raise ValueError('after handler')
except ValueError as e:
    print('context after handler ended:', e.__context__)
print(type(saved).__name__, saved, saved.__context__)
