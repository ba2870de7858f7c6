x = 1
if x: assert x == 2, 'x should be 2'
