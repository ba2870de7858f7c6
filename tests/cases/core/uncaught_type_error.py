# Ends with an uncaught TypeError from a bad call.
def area(w, h):
    return w * h
print(area(2, 3))
try:
    area(1, 2, 3)
except TypeError as e:
    print('caught:', type(e).__name__, e)
print(area('ab', 2))
print(area({'w': 1}, 2))
