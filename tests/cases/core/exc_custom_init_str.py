# Custom __init__ and __str__ on exceptions; what str(), repr() and args show.
class HTTPError(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'{self.code}: {self.msg}'
e = HTTPError(404, 'Not Found')
print(str(e), e.args, repr(e), f'{e}', [str(e)])
try:
    raise HTTPError(500, 'Server Error')
except HTTPError as err:
    print(type(err).__name__, err, err.code)
class Quiet(Exception):
    def __init__(self, value):
        super().__init__()
        self.value = value
q = Quiet(3)
print(repr(str(q)), q.args, q.value, repr(q))
class Tagged(ValueError):
    def __str__(self):
        return 'tagged: ' + super().__str__()
print(Tagged('x'), Tagged('a', 'b'), Tagged())
class Args(Exception):
    pass
print(str(Args(1)), str(Args('one')), str(Args(1, 2)), str(Args([1])), str(Args(None)), repr(Args(None)))
print(str(KeyError('k')), str(KeyError('k', 'v')), str(KeyError()), str(IndexError('i')), repr(KeyError('k')))
try:
    raise Tagged('bad input')
except ValueError as err:
    print(type(err).__name__, err)
