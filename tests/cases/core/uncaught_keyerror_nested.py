# Ends with an uncaught KeyError raised inside nested calls.
inventory = {'apples': 3, 'pears': 0}
def stock(name):
    return inventory[name]
def report(names):
    for n in names:
        print(n, stock(n))
try:
    stock('kiwis')
except KeyError as e:
    print('caught first:', type(e).__name__, e)
report(['apples', 'pears', 'plums', 'never'])
print('not reached')
