# startswith/endswith with tuples and bounds.
s = 'report_2024.csv'
print(s.startswith('report'), s.startswith('Report'), s.endswith('.csv'), s.endswith(('.txt', '.csv')))
print(s.startswith(('a', 'b', 'r')), s.startswith(()), s.endswith(''), s.startswith(''))
print(s.startswith('2024', 7), s.startswith('2024', 7, 9), s.endswith('report', 0, 6), s.endswith('v', -1))
print(''.startswith(''), ''.endswith('a'), 'abc'.startswith('abc', 3), 'abc'.startswith('', 3), 'abc'.startswith('', 4))
files = ['a.py', 'b.rs', 'c.py', 'README', 'd.PY']
print([f for f in files if f.endswith('.py')], [f for f in files if f.lower().endswith('.py')])
try:
    s.startswith(['report'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(('.txt', 1))
except TypeError as e:
    print(type(e).__name__, e)
