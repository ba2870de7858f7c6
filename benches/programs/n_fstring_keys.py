# (n) string keys built with f-strings: composite keys, zero-padded ids, formatted values
def main():
    regions = ["eu", "us", "ap", "sa"]
    check = 0
    for rep in range(10):
        table = {}
        x = 555 + rep
        for i in range(40000):
            x = (x * 1103515245 + 12345) % 2147483648
            region = regions[x % 4]
            node = (x >> 8) % 500
            key = f"{region}:{node:04d}:{i % 16}"
            table[key] = table.get(key, 0) + 1
        labels = {}
        for key, n in table.items():
            labels[f"{key}/count"] = f"{n:>3}|{n * 1.5:.1f}"
        s = 0
        for r in regions:
            for node in range(0, 500, 9):
                k = f"{r}:{node:04d}:{node % 16}"
                if k in table:
                    s += table[k] + len(labels[f"{k}/count"])
        check = (check * 31 + s + len(table) + len(labels)) % 1000000007
    print("n_fstring_keys " + str(check))

main()
