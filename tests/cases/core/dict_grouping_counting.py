# Everyday dict patterns: counting, grouping, indexing, dedup preserving order, two-sum.
text = 'it was the best of times it was the worst of times'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
records = [{'id': 3, 'dept': 'eng'}, {'id': 1, 'dept': 'ops'}, {'id': 2, 'dept': 'eng'}]
by_id = {r['id']: r for r in records}
print(by_id[2], sorted(by_id))
dept_ids = {}
for r in records:
    dept_ids.setdefault(r['dept'], []).append(r['id'])
print(dept_ids)
print(list(dict.fromkeys([3, 1, 3, 2, 1])), ''.join(dict.fromkeys('mississippi')))
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))
matrix = {(r, c): v for r, row in enumerate([[1, 0], [0, 5]]) for c, v in enumerate(row) if v}
print(matrix, sum(matrix.values()))
hist = {}
for n in [1, 5, 12, 18, 25, 7]:
    bucket = n // 10 * 10
    hist[bucket] = hist.get(bucket, 0) + 1
print(dict(sorted(hist.items())))
try:
    for r in records:
        dept_ids[r['manager']] = r
except KeyError as e:
    print(type(e).__name__, e)
