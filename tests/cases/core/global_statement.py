# global declarations, reading globals, and UnboundLocalError for shadowing.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make_global():
    global created
    created = 'made inside'
make_global()
print(created)
config = {'debug': False}
def toggle():
    config['debug'] = not config['debug']
toggle()
print(config)
x = 'global x'
def read_only():
    return x
def shadows():
    x = 'local x'
    return x
print(read_only(), shadows(), x)
def bad():
    print(x)
    x = 'too late'
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def nested():
    def inner():
        global x
        x = 'set by inner'
    inner()
nested()
print(x)
try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, e)
