# str.format field parsing: conversions, nested specs, brackets and the errors for malformed fields.
for fmt in ['{0!r', '{0!r:', '{0!rx}', '{0:{1}', '{0[}]}', '{0:}}', '{0]}', '{!r}', '{0!r:>5}', '{0:>{1}}',
            '{:{}{}}', '{0[a}', '}{', '{0.}', '{0[]}', '{00}', '{0:{{}}}', '{', 'x{{y}}z', '{0[-1]}', '{0[+1]}']:
    try:
        print(repr(fmt.format('ab', 7, 'c')))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(fmt, type(e).__name__, e)
print('{0[-1]}'.format({'-1': 'key'}), '{0[1]}'.format(['a', 'b']), '{d[k]!r:>6}|'.format(d={'k': 'v'}))
try:
    '{0}'.format_map({})
except ValueError as e:
    print(type(e).__name__, e)
