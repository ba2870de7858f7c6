# d[k] = v where d is a local and k a local or constant: dicts of str
# keys (new and existing keys, growth), other containers, and the errors.
class Store:
    def __setitem__(self, k, v):
        print("setitem", k, v)

def main():
    d = {}
    words = ["w" + str(i % 37) for i in range(200)]
    for w in words:
        d[w] = d.get(w, 0) + 1
    print(len(d), d["w0"], d["w36"], list(d)[:3])
    k = "w5"
    d[k] = "replaced"
    d["new"] = 1
    print(d[k], d["new"], len(d))
    e = {1: "int"}
    k = "str"
    e[k] = 2           # a str key in a dict of int keys
    print(e)
    lst = [0, 1, 2]
    i = 1
    lst[i] = "one"
    lst[-1] = "last"
    print(lst)
    s = Store()
    s[k] = 5
    s["c"] = 6
    for target, key in ((lst, 7), (d, []), (i, 0), ("abc", 0), ((1,), 0)):
        try:
            target[key] = 1
        except (IndexError, TypeError) as err:
            print(type(err).__name__, err)
    if False:
        u = {}
    try:
        u[k] = 1
    except UnboundLocalError as err:
        print("UnboundLocalError", err)

main()
