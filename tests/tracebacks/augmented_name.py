def f():
    global total
    total += 1

f()
