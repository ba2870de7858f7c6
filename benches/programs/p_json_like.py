# (p) JSON-like documents: nested dicts and lists built, walked recursively, queried by path
def make_doc(i, x):
    tags = []
    for t in range(i % 5):
        tags.append("tag" + str((x >> t) % 50))
    return {
        "id": i,
        "name": "item" + str(i),
        "tags": tags,
        "meta": {"score": (x >> 3) % 1000, "owner": {"id": x % 300, "team": "t" + str(x % 12)}},
        "parts": [{"sku": "p" + str((x >> j) % 400), "qty": j + 1} for j in range(i % 4)],
    }

def walk(node):
    if isinstance(node, dict):
        s = len(node)
        for k, v in node.items():
            s += len(k) + walk(v)
        return s
    if isinstance(node, list):
        s = 1
        for v in node:
            s += walk(v)
        return s
    if isinstance(node, str):
        return len(node)
    return node % 1000

def main():
    check = 0
    for rep in range(3):
        x = 31 + rep
        docs = []
        for i in range(15000):
            x = (x * 1103515245 + 12345) % 2147483648
            docs.append(make_doc(i, x))
        root = {"version": rep, "docs": docs, "index": {}}
        index = root["index"]
        for d in docs:
            team = d["meta"]["owner"]["team"]
            if team not in index:
                index[team] = {"count": 0, "ids": []}
            index[team]["count"] += 1
            index[team]["ids"].append(d["id"])
        s = walk(root) % 1000000007
        for team in index:
            s += index[team]["count"] * 3 + index[team]["ids"][-1]
        qty = 0
        for d in docs:
            for p in d["parts"]:
                qty += p["qty"]
        check = (check * 31 + s + qty) % 1000000007
    print("p_json_like " + str(check))

main()
