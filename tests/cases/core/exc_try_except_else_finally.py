# Ordering of try/except/else/finally blocks.
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('boom')
        if action == 'other':
            raise KeyError('k')
        log.append('try end')
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
try:
    run('other')
except KeyError as e:
    print('propagated', type(e).__name__, e)
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
def handler_raises():
    try:
        raise ValueError('first')
    except ValueError:
        raise RuntimeError('second')
    finally:
        print('finally runs before propagation')
try:
    handler_raises()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    pass
except Exception:
    print('never')
else:
    print('else without exception')
e_var = 'before'
try:
    raise ValueError('bound')
except ValueError as e_var:
    print(e_var)
try:
    print(e_var)
except NameError as err:
    print(type(err).__name__, err)
