# User-defined exception classes: args, hierarchy, extra attributes.
class AppError(Exception):
    pass
class NotFound(AppError):
    pass
class Invalid(AppError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason
for exc in [AppError(), AppError('msg'), AppError('a', 2), NotFound('item 7'), Invalid('age', 'negative')]:
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))
try:
    raise NotFound('user 42')
except AppError as e:
    print('caught as AppError:', type(e).__name__, e, isinstance(e, Exception))
try:
    raise Invalid('email', 'no @')
except Invalid as e:
    print(e.field, e.reason, e.args, e)
try:
    raise NotFound
except NotFound as e:
    print('class raised:', type(e).__name__, e.args, repr(e))
def find(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]
results = []
for k in ['a', 'b']:
    try:
        results.append(find({'a': 1}, k))
    except NotFound as e:
        results.append(f'not found: {e}')
print(results)
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(WithDefault(), WithDefault('custom'), WithDefault().args)
