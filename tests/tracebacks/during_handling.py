try:
    {}['a']
except KeyError:
    print(1 / 0)
