big = {2**61, 2**61 - 1, 2**62, 2**64, 2**100, -2**61}
print(big)
print({10**18, 10**19, 10**20, 1})
print({-1, -2, 2**61 - 2})
print({2**31, 2**32, 2**33, 2**31 - 1})
print(set(x * 1000003 for x in range(8)))
print({x ** 5 for x in range(-4, 5)})
s = {2**63 - 1, -2**63, 12345678901234567890}
print(s)
s.discard(-2**63)
s.add(0)
print(s)
print({hash(2**61 - 1), hash(2**61), hash(-1), hash(-2)})
try:
    s.remove(2**70)
except KeyError as e:
    print(type(e).__name__, e)
