# (l) grouping with defaultdict(list) and counting with defaultdict(int)
from collections import defaultdict

def main():
    x = 2024
    records = []
    for i in range(100000):
        x = (x * 1103515245 + 12345) % 2147483648
        records.append(("user" + str((x >> 8) % 4000), (x >> 4) % 100, (x >> 16) % 1000))
    check = 0
    for rep in range(12):
        by_user = defaultdict(list)
        by_kind = defaultdict(int)
        for user, kind, amount in records:
            by_user[user].append(amount)
            by_kind[kind] += amount
        s = 0
        for user in by_user:
            vs = by_user[user]
            s = (s + len(vs) * 13 + vs[0] + vs[-1] + max(vs)) % 1000000007
        for kind in range(100):
            s = (s * 31 + by_kind[kind]) % 1000000007
        check = (check * 31 + s + len(by_user) + len(by_kind)) % 1000000007
    print("l_defaultdict_group " + str(check))

main()
