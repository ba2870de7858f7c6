# f-strings with expressions and format specs.
name, n, x = 'Ann', 42, 3.14159
print(f'{name} {n} {x}', f'{name!r}', f'{n:5d}|', f'{n:<5}|', f'{n:^7}|', f'{x:.2f}', f'{x:8.3f}|')
print(f'{n:#x} {n:#o} {n:#b} {n:08b} {n:,} {10**7:_}', f'{0.256:.1%}', f'{1e6:.2e}')
w, p = 10, 3
print(f'{x:{w}.{p}f}|', f'{name:>{w}}|', f'{name:*^{w}}', f'{"q":{"<"}{4}}|')
items = {'apple': 1.5, 'kiwi': 0.25}
for k, v in items.items():
    print(f'{k:<8}{v:>6.2f}')
print(f'{n + 1} {n * 2} {n // 5} {[i for i in range(3)]} {"yes" if n > 40 else "no"}')
print(f'{items["kiwi"]} {len(name)} {name.upper()} {name[0]} {name[::-1]}')
print(f'{{literal}} {{{n}}}', f'{n!s:>4}', f'{name!r:>7}', f'{3.0!r}', f'{None}', f'{True:>5}')
print(f'''{name}
{n}''', f"{'nested'}", F'{n}', rf'\n{n}', f'{"a" "b"}')
print(f'{-5:+}', f'{5:+}', f'{-5: }', f'{5: }', f'{1234.5:,.1f}', f'{0:03}')
def fmt(v):
    return f'<{v:>4}>'
print([fmt(v) for v in [1, 22, 333]])
try:
    print(f'{name:d}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{n:.2s}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{undefined_name}')
except NameError as e:
    print(type(e).__name__, e)
