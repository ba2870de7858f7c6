def gen():
    yield {}['k']

list(gen())
