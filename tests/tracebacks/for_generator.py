def gen():
    yield 1
    yield {}['k']

total = 0
for x in gen():
    total += x
