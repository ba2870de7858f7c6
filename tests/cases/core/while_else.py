# while/else: else runs when the condition becomes false, not after break.
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found')
    return i
print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))
n = 0
while n < 3:
    n += 1
else:
    print('loop finished with n =', n)
while False:
    print('never')
else:
    print('else of a loop that never ran')
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
print(count)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(7, 13), gcd(0, 9))
k = 10
while k > 0:
    k -= 3
    if k == 4:
        continue
    print('k', k)
try:
    while undefined_condition:
        pass
except NameError as e:
    print(type(e).__name__, e)
