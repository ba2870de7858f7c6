# for/else with break; primes search; nested loops with flags.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
for x in []:
    print('never')
else:
    print('else runs for empty iterable')
for i in range(3):
    if i == 10:
        break
else:
    print('no break, i =', i)
target = 12
for a in range(1, 6):
    for b in range(1, 6):
        if a * b == target:
            print('found', a, b)
            break
    else:
        continue
    break
else:
    print('none found')
for word in ['alpha', 'beta', 'gamma']:
    if 'z' in word:
        print('has z')
        break
else:
    print('no word has z')
for i, ch in enumerate('abc'):
    pass
print('after loop', i, ch)
try:
    for v in 12:
        pass
except TypeError as e:
    print(type(e).__name__, e)
