counts = {'a': 1}
for k, v in counts.itms():
    print(k, v)
