# return/break/continue interacting with finally.
def f():
    try:
        return 'try'
    finally:
        print('finally ran')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'exception swallowed'
print(swallow())
def value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x set to', x)
print(value_evaluated_before_finally())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(loop())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('cleanup', n)
print(while_finally())
def raise_in_finally():
    try:
        raise KeyError('original')
    finally:
        raise ValueError('replacement')
try:
    raise_in_finally()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
