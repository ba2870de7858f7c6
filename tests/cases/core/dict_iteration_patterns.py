# Iterating dicts: keys, values, items, enumerate, zip, sorted, and unpacking pitfalls.
prices = {'apple': 1.25, 'pear': 0.5, 'kiwi': 0.75}
for k in prices:
    print(k, end=' ')
print()
for v in prices.values():
    print(v, end=' ')
print()
for k, v in prices.items():
    print(f'{k}={v:.2f}', end=' ')
print()
for i, (k, v) in enumerate(prices.items()):
    print(i, k, v)
total = sum(prices.values())
print(total, round(total / len(prices), 3), max(prices.values()), min(prices, key=prices.get))
for (k1, v1), (k2, v2) in zip(prices.items(), list(prices.items())[1:]):
    print(k1, '->', k2, round(v2 - v1, 2))
a, b, c = prices
print(a, b, c)
print([*prices], [*prices.values()], {**prices}.keys() == prices.keys())
keys, values = zip(*prices.items())
print(keys, values)
try:
    for k, v in prices:
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    for k, v in {'ab': 1, 'xyz': 2}:
        print(k, v)
except ValueError as e:
    print(type(e).__name__, e)
