# Lexicographic comparison by code point.
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'Z' < 'a', 'a' < 'B', '10' < '9', 'é' > 'z')
print('abc' == 'abc', 'abc' != 'ABC', 'a' <= 'a', 'b' >= 'a', 'abc'.lower() == 'ABC'.lower())
print(sorted(['banana', 'Apple', 'cherry', 'apple', '10', '9', '', 'a']))
print(sorted(['banana', 'Apple', 'cherry', 'apple'], key=str.lower), max('hello'), min('hello'))
print(min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc']), 'a' < 'aa' < 'b')
print(ord('A'), ord('a'), ord('é'), chr(97) < chr(98))
print('abc' == ['a', 'b', 'c'], 'a' == 97, ('a', 'b') < ('a', 'c'))
try:
    print('a' < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(sorted(['b', 1, 'a']))
except TypeError as e:
    print(type(e).__name__, e)
