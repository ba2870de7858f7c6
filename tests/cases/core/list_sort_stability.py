# Sorting is stable: equal keys keep their original order, even with reverse=True.
records = [('a', 2), ('b', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_then_score = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(by_name_then_score)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
class Item:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, other):
        return self.k < other.k
items = [Item(1, 'x'), Item(0, 'y'), Item(1, 'z'), Item(0, 'w')]
print([i.tag for i in sorted(items)], [i.tag for i in sorted(items, reverse=True)])
print(min(items).tag, max(items).tag)
pairs = [(1, 'b'), (1, 'a'), (0, 'c')]
pairs.sort(key=lambda p: p[0])
print(pairs)
try:
    sorted([Item(1, 'x'), 3])
except TypeError as e:
    print(type(e).__name__, e)
