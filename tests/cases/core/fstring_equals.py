# Self-documenting f-string expressions with '=' (use repr by default).
x, name = 10, 'Ann'
print(f'{x=}', f'{name=}', f'{x + 1=}', f'{x * 2 = }', f'{name=!s}', f'{x=:>5}', f'{3.5=}')
items = [1, 2]
print(f'{items=}', f'{len(items)=}', f'{items[0]=}', f'{x > 5=}', f'{None=}')
d = {'k': 'v'}
print(f'{d=}', f"{d['k']=}", f'{name.upper()=}', f'{x=:#x}', f'{x = !r}')
try:
    print(f'{missing=}')
except NameError as e:
    print(type(e).__name__, e)
