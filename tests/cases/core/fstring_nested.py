# f-strings: conversions, nested fields, quotes, and calls.
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'P({self.v!r})'
    def __str__(self):
        return f'<{self.v}>'
    def __format__(self, spec):
        return f'P[{spec}]' if spec else str(self)
p = P('a')
print(f'{p}', f'{p!r}', f'{p!s}', f'{p:xyz}', f'{p!r:>8}', str(p), repr(p), format(p, 'q'))
print(f'{[p, p]}', f'{(p,)}', f'{ {"k": p} }', f"{'it''s'}")
vals = [1.23456, 22.5, 333.0]
print(' '.join(f'{v:{w}.{d}f}' for v, w, d in zip(vals, [6, 7, 8], [1, 2, 3])))
print(f'{",".join(str(i) for i in range(4))}', f'{sum(range(10)):03d}', f"{'a' if 1 else 'b'}")
width = 6
print(f'{"x":>{width}}', f'{f"{1 + 1}":>3}', f'{"%d" % 5}', f'{3:{"0"}{4}d}')
print(f'{"ok":>4}', len(f'{chr(10)}'), f'{"a" + "b"!r}', f'{{{"x"}}}')
try:
    print(f'{p:!r}' + f'{1:{"bad"}}')
except ValueError as e:
    print(type(e).__name__, e)
