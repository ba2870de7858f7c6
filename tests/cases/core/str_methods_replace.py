# str.replace with counts, empty patterns and overlapping text.
s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('at', 'og', 1), s.replace('at', 'og', 0), s.replace('at', 'og', -1))
print(s.replace('the ', ''), s.replace('xyz', 'abc'), s.replace(' ', ''))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'), 'abc'.replace('', '-'), ''.replace('', 'x'))
print('abc'.replace('', '-', 2), 'a.b.c'.replace('.', '', 1), 'ABab'.replace('a', 'X'))
print('tab\there'.replace('\t', '    '), 'line1\nline2'.replace('\n', ' | '))
t = 'banana'
print(t.replace('an', 'AN'), t.replace('ana', '*'), t, t.count('ana'))
print('x'.replace('x', 'x' * 3).replace('x', 'yy'))
try:
    'abc'.replace('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.replace(1, 'b')
except TypeError as e:
    print(type(e).__name__, e)
