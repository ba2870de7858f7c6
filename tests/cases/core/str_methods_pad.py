# center/ljust/rjust/zfill/expandtabs.
s = 'abc'
print(repr(s.center(9)), repr(s.center(8)), repr(s.center(9, '*')), repr(s.center(2)), repr('ab'.center(5, '-')))
print(repr(s.ljust(6)), repr(s.ljust(6, '.')), repr(s.rjust(6)), repr(s.rjust(6, '0')), repr(s.ljust(-1)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(3), '-'.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('ab\tc'.expandtabs(2)), repr('\t'.expandtabs(0)))
rows = [('apple', 3), ('kiwi', 12), ('banana', 100)]
for name, qty in rows:
    print('|' + name.ljust(8) + '|' + str(qty).rjust(5) + '|' + name.center(10, '~') + '|')
for bad in [lambda: s.center(5, 'ab'), lambda: s.ljust(5, ''), lambda: s.rjust('5'), lambda: s.zfill(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
