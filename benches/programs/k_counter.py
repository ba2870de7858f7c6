# (k) collections.Counter: update() from token lists, c[k] += 1, subtract(), most_common(n)
from collections import Counter

def make_tokens(n, nv, seed):
    x = seed
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        r = (x >> 8) % nv
        out.append("t" + str((r * r) // nv))  # skewed towards small ranks
    return out

def main():
    batches = [make_tokens(35000, 6000, 1000 + s) for s in range(8)]
    check = 0
    for rep in range(8):
        c = Counter()
        for b in batches:
            c.update(b)
        for w in batches[rep]:
            c[w] += 1
        c.subtract(batches[(rep + 3) % 8])
        s = 0
        for k, v in c.most_common(20):
            s = (s * 31 + v * 7 + len(k)) % 1000000007
        per = Counter(batches[rep])
        check = (check * 31 + s + len(c) + c["t0"] + c["t5999"] + per.most_common(1)[0][1]) % 1000000007
    print("k_counter " + str(check))

main()
