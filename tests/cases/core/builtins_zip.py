# zip: shortest wins by default, strict=True checks lengths, unzip with *.
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1, 2])), list(zip('ab', 'cd', 'ef')))
print(dict(zip('abc', range(3))), list(zip(range(3), range(10, 13), strict=True)))
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, letters = zip(*pairs)
print(nums, letters)
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)])
z = zip('xy', [1, 2])
print(type(z).__name__, next(z), list(z), list(z))
print(list(zip([1, 2, 3], [4, 5], strict=False)))
log = []
def gen(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i
print(list(zip(gen('a', 3), gen('b', 1))), log)
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
