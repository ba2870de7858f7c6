# Operators whose operands are local variables or constants read them in
# place; Python code run by the operator must still see (and may change)
# everything else, and errors must be the usual ones.

class Noisy:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Noisy) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __add__(self, other):
        print("add", self.name, other)
        return Noisy(self.name + str(other))
    def __lt__(self, other):
        print("lt", self.name, other.name)
        return self.name < other.name
    def __contains__(self, x):
        print("contains", self.name, x)
        return x == 1

def main():
    a = Noisy("a")
    b = Noisy("a")
    d = {a: 1}
    # hash equal, identity differs: __eq__ runs
    print(b in d, b not in d)
    print(a in d, 5 in d, "x" not in d)
    print((a + 3).name, a < b, b < Noisy("b"))
    print(1 in a, 2 in a, 2 not in a)
    # a key whose __eq__ empties the dict being searched
    class Clearing:
        def __hash__(self):
            return 7
        def __eq__(self, other):
            print("clearing")
            d2.clear()
            return False
    d2 = {Clearing(): "v"}
    k = Clearing()
    print(k in d2, d2)
    # ints, strs and floats
    i, j, s, t = 7, 3, "ab", "cd"
    print(i + j, i - j, i * j, i // j, i % j, i ** j, i / j, i << j, i >> 1)
    print(s + t, s * j, s < t, i < j, i == 7, s == "ab", 2.5 * i)
    big = 2 ** 62
    print(big + big, big * i, -big - big)
    # subscripts of locals
    lst = [10, 20, 30]
    idx = -1
    print(lst[idx], d[a], {"k": 2}["k"], "xyz"[idx])
    try:
        print(lst[i])
    except IndexError as e:
        print("IndexError", e)
    try:
        d[j]
    except KeyError as e:
        print("KeyError", e)
    try:
        s + i
    except TypeError as e:
        print("TypeError", e)
    try:
        i in i
    except TypeError as e:
        print("TypeError", e)

def unbound():
    if False:
        u = 1
    try:
        print(u + 1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(1 in u)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(u[0])
    except UnboundLocalError as e:
        print("UnboundLocalError", e)

main()
unbound()
