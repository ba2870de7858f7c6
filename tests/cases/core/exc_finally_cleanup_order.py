# Nested try/finally unwinding order across function calls.
log = []
def inner():
    try:
        log.append('inner try')
        raise ValueError('deep')
    finally:
        log.append('inner finally')
def middle():
    try:
        inner()
    finally:
        log.append('middle finally')
def outer():
    try:
        middle()
    except ValueError as e:
        log.append(f'outer caught {e}')
        return 'handled'
    finally:
        log.append('outer finally')
print(outer())
for entry in log:
    print(entry)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
for x in gen():
    print('got', x)
    break
print('after break')
def counted():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError as e:
            print('handled', e)
        finally:
            print('finally', i)
counted()
try:
    try:
        {}['k']
    finally:
        print('finally before the handler')
except KeyError as e:
    print(type(e).__name__, e)
