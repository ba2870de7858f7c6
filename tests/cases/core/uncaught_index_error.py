# Ends with an uncaught IndexError from a list.
stack = [1, 2]
print(stack.pop(), stack.pop())
try:
    stack.pop()
except IndexError as e:
    print('caught:', type(e).__name__, e)
items = ['a', 'b', 'c']
for i in range(4):
    print(i, items[i])
