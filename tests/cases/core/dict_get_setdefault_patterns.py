# get and setdefault: defaults, no insertion by get, setdefault returns stored object.
inventory = {'apples': 3, 'pears': 0}
print(inventory.get('apples'), inventory.get('pears', 99), inventory.get('kiwis'), inventory.get('kiwis', 0))
print(inventory, 'kiwis' in inventory)
print(inventory.setdefault('kiwis', 5), inventory.setdefault('kiwis', 100), inventory.setdefault('none_default'))
print(inventory)
index = {}
for pos, word in enumerate('the cat and the hat and the bat'.split()):
    index.setdefault(word, []).append(pos)
print(index)
lst = index.setdefault('the', ['ignored'])
lst.append('mutated via returned list')
print(index['the'])
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print({}.get(1, {}).get(2, 'nested default'))
d = {None: 'none key', 0: 'zero'}
print(d.get(None), d.get(False), d.get(0.0), d.get(''))
for call in [lambda: d.get(), lambda: d.get([1]), lambda: d.setdefault({}), lambda: d.get(1, 2, 3), lambda: d.get(key=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
