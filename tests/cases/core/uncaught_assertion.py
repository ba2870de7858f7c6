# Ends with an uncaught AssertionError carrying a message.
def check_sorted(xs):
    assert all(a <= b for a, b in zip(xs, xs[1:])), f'not sorted: {xs}'
    return 'ok'
print(check_sorted([1, 2, 3]))
try:
    check_sorted([2, 1])
except AssertionError as e:
    print('caught:', type(e).__name__, e)
print(check_sorted([]))
check_sorted([3, 1, 2])
