# The iterator protocol with iter()/next(), StopIteration, and iter(callable, sentinel).
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), list(di), list(di))
s = iter('xy')
print(iter(s) is s, list(s))
nums = [3, 1, 2]
pos = 0
def next_num():
    global pos
    pos += 1
    return nums[pos - 1] if pos <= len(nums) else None
print(list(iter(next_num, None)))
counter = iter(range(5))
print(list(zip(counter, counter)))
chunks = []
it2 = iter(range(7))
while True:
    chunk = [x for _, x in zip(range(3), it2)]
    if not chunk:
        break
    chunks.append(chunk)
print(chunks)
for bad in [5, None, 3.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
