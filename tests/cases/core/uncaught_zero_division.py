# Ends with an uncaught ZeroDivisionError.
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
try:
    average([])
except ZeroDivisionError as e:
    print('caught:', type(e).__name__, e)
print(10 // 3, 10 % 3)
totals = {'a': [4, 6], 'b': []}
for k, vals in totals.items():
    print(k, average(vals))
