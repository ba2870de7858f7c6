# Builtin methods called with locals and constants only (`d.get(k, 0)`)
# get them in place: the values must stay alive and correct whatever the
# method runs (user __eq__/__hash__), and unbound names must still raise.
class Key:
    def __init__(self, name, table):
        self.name = name
        self.table = table
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        # Empties the dict being searched and drops other references.
        self.table.clear()
        return isinstance(other, Key) and other.name == self.name

def lookups():
    d = {}
    k1 = Key("a", d)
    d[k1] = [1, 2, 3]
    k2 = Key("a", d)
    default = ["default"]
    for _ in range(3):
        got = d.get(k2, default)
        print(got, len(d))
        d[k1] = [4]
    words = ["x", "y", "z"]
    sep = "-"
    for _ in range(3):
        print(sep.join(words), ",".join(words), words.index("y"), words.count("z"))
    counts = {}
    for w in ["a", "b", "a", "c", "a"]:
        counts[w] = counts.get(w, 0) + 1
    print(counts, counts.get("zz"), counts.get("a", None))
    s = "hello"
    print(s.upper(), s.find("l"), s.replace("l", "L"), s.startswith("he"))

def unbound_receiver():
    for i in range(4):
        if i >= 1:
            print(d.get(1))
        d = {1: i}
        if i == 2:
            del d

def unbound_argument():
    d = {0: "zero", 1: "one"}
    for i in range(4):
        if i >= 1:
            print(d.get(k, "?"))
        k = i
        if i == 2:
            del k

def rebinding_in_eq():
    holder = {}
    class Sneaky:
        def __hash__(self):
            return 1
        def __eq__(self, other):
            holder.clear()
            return True
    d = {Sneaky(): "first"}
    holder["d"] = d
    k = Sneaky()
    for _ in range(2):
        print(d.get(k, "missing"), d.pop(k, "gone"), len(d))
        d[Sneaky()] = "again"

lookups()
try:
    unbound_receiver()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    unbound_argument()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
rebinding_in_eq()
