# Ends with an uncaught ValueError raised from inside a generator pipeline.
def parse(lines):
    for line in lines:
        key, _, value = line.partition('=')
        if not _:
            try:
                raise ValueError(f'bad line: {line!r}')
            finally:
                print('finally in generator for', repr(line))
        yield key.strip(), int(value)
good = dict(parse(['a = 1', 'b=2']))
print(good)
try:
    dict(parse(['x=1', 'broken']))
except ValueError as e:
    print('caught:', type(e).__name__, e)
result = dict(parse(['c=3', 'd=four']))
print(result)
