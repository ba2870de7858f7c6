# sorted returns a new list from any iterable; reversed needs a sequence or __reversed__.
data = {'b': 2, 'a': 3, 'c': 1}
print(sorted(data), sorted(data.values()), sorted(data.items()), sorted(data, key=data.get))
print(sorted('zyx'), sorted((3, 1, 2), reverse=True), sorted({5, 1, 3}), sorted(range(3), key=lambda x: -x))
original = [3, 1, 2]
s = sorted(original)
print(original, s, s is original)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed(data)), list(reversed(data.items())), ''.join(reversed('hello')))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
class Rev:
    def __reversed__(self):
        return iter(['custom', 'reverse'])
print(list(reversed(Rev())))
class SeqLike:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(SeqLike())))
for bad in [{1, 2}, 5, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
