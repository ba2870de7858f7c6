# Bare raise re-raises the current exception; re-raising from helpers.
def risky():
    raise ValueError('original problem')
def wrapper():
    try:
        risky()
    except ValueError:
        print('logging, then re-raising')
        raise
try:
    wrapper()
except ValueError as e:
    print(type(e).__name__, e)
def convert():
    try:
        risky()
    except ValueError as e:
        err = e
    raise err
try:
    convert()
except ValueError as e:
    print('raised saved exception:', e)
def retry(times):
    for attempt in range(1, times + 1):
        try:
            if attempt < 3:
                raise ConnectionError(f'attempt {attempt} failed')
            return f'succeeded on attempt {attempt}'
        except ConnectionError as e:
            print('retrying after:', e)
            if attempt == times:
                raise
print(retry(5))
try:
    retry(2)
except ConnectionError as e:
    print('gave up:', e)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            raise ValueError('nested')
        except ValueError:
            pass
        raise
except KeyError as e:
    print('re-raised the outer one:', e)
