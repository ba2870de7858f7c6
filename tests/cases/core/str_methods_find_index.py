# find/rfind/index/rindex with start and end bounds.
s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'), s.find('xyz'), s.rfind('xyz'), s.find(''), s.rfind(''))
print(s.find('o'), s.find('o', 5), s.find('o', 5, 7), s.find('o', -6), s.rfind('o', 0, 10))
print(s.index('world'), s.rindex('o'), s.index('h', 1), s.find('l', -100, 100))
print('abc'.find('c', 3), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.find('abcd'))
print('aaa'.find('aa'), 'aaa'.rfind('aa'), 'mississippi'.find('ssi'), 'mississippi'.rfind('ssi'))
print('x' in s, 'world' in s, s.startswith('hello'), s[s.find(',') + 2:])
for args in [('xyz',), ('o', 20, 22), ('hello', 1, 10)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
try:
    s.rindex('zzz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.find(5)
except TypeError as e:
    print(type(e).__name__, e)
