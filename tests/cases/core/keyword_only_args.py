# Keyword-only parameters after * or *args.
def connect(host, *, port=80, secure=False):
    return f'{host}:{port} secure={secure}'
print(connect('a'), connect('b', port=443, secure=True), connect(secure=True, host='c'))
def required_kw(*, name):
    return name
print(required_kw(name='n'))
def mixed(a, *args, flag, **rest):
    return a, args, flag, rest
print(mixed(1, 2, 3, flag=True, other=0))
for call in ['connect("x", 8080)', 'required_kw()', 'required_kw("n")', 'mixed(1, 2)', 'connect("h", porrt=1)']:
    try:
        if call == 'connect("x", 8080)':
            connect('x', 8080)
        elif call == 'required_kw()':
            required_kw()
        elif call == 'required_kw("n")':
            required_kw('n')
        elif call == 'mixed(1, 2)':
            mixed(1, 2)
        else:
            connect('h', porrt=1)
    except TypeError as e:
        print(call, '->', type(e).__name__, e)
def two_kw(*, a, b):
    return a - b
try:
    two_kw()
except TypeError as e:
    print(type(e).__name__, e)
print(two_kw(b=1, a=10))
