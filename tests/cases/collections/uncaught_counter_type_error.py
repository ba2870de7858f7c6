# Ends with an uncaught TypeError from adding a plain dict to a Counter.
from collections import Counter
stock = Counter(apples=3)
stock.update({'apples': 2, 'pears': 1})
print(stock)
try:
    stock + 5
except TypeError as e:
    print('caught:', type(e).__name__, e)
print(stock + Counter(pears=1))
print(stock + {'pears': 1})
