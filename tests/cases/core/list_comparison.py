# Lists compare lexicographically element by element.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [1.0] == [1], [[]] > [], ['a'] < ['b'])
print(max([[1, 2], [1, 3], [0, 9]]), sorted([[2], [1, 5], [1], []]))
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [3] > [2, 100, 100])
a = [1, 2, 3]
print(a == a[:], a is a[:], a == list(a))
nan = float('nan')
print([nan] == [nan], [nan, 1] < [nan, 2])
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'a'] == [1, 2], [None] == [None])
