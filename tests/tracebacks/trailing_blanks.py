def f():
    raise ValueError("trailing blanks count")

f()   
