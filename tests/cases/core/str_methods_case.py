# upper/lower/title/capitalize/swapcase/casefold and the is* case predicates.
words = ['hello', 'HELLO', 'hello world', "they're bill's", 'mIxEd CaSe', '123abc', 'a1b2', '', 'ß', 'éTÉ']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print('Hello'.isupper(), 'HELLO'.isupper(), 'hello'.islower(), 'Hello World'.istitle(), 'Hello world'.istitle())
print('123'.isupper(), 'A1'.isupper(), ''.islower(), 'ABC DEF'.isupper())
print('straße'.upper(), 'x'.upper().lower(), 'ÀÉÎ'.lower(), 'àéî'.title())
try:
    'abc'.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.lowercase()
except AttributeError as e:
    print(type(e).__name__, e)
