# partition/rpartition always return 3-tuples.
s = 'key=value=more'
print(s.partition('='), s.rpartition('='), s.partition('#'), s.rpartition('#'))
print('abc'.partition('abc'), 'abc'.partition('a'), 'abc'.partition('c'), ''.partition('x'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
for line in ['name: Alice', 'age:30', 'broken', 'url: http://x:80']:
    k, sep, v = line.partition(':')
    print(repr(k), bool(sep), repr(v.strip()))
host, _, port = 'localhost:8080'.rpartition(':')
print(host, int(port) + 1)
try:
    s.partition('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
