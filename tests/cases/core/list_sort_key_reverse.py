# list.sort and sorted with key= and reverse=.
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ['banana', 'Apple', 'fig', 'cherry', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]), sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}))
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
r = nums.sort(key=lambda v: v % 3)
print(r, nums)
pts = [[1, 2], [1, -1], [0, 5]]
pts.sort(); print(pts)
print(sorted([], reverse=True), sorted([1]), sorted([2.5, 1, True, 0]))
for bad in [[1, 'a', 2], [None, 1], [[1], (1,)]]:
    try:
        bad.sort()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x[0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
