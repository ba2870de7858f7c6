# Ends with an uncaught NameError for an undefined name.
def greet(name):
    return 'hello ' + name
print(greet('ann'))
try:
    print(greet(nobody))
except NameError as e:
    print('caught:', type(e).__name__, e)
total = 0
for i in range(3):
    total += i
print(total)
print(x)
