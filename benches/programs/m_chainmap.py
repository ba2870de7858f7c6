# (m) ChainMap: scoped lookups through 3 layers, new_child(), writes to maps[0]
from collections import ChainMap

def main():
    builtins_ = {"b" + str(i): i for i in range(500)}
    globals_ = {"g" + str(i): i * 2 for i in range(300)}
    names = ["b" + str(i) for i in range(0, 500, 7)] + ["g" + str(i) for i in range(0, 300, 5)]
    names = names + ["l" + str(i) for i in range(40)] + ["nope" + str(i) for i in range(20)]
    check = 0
    for rep in range(900):
        scope = ChainMap({}, globals_, builtins_)
        for i in range(40):
            scope["l" + str(i)] = i + rep
        inner = scope.new_child({"g0": -1, "b0": -2})
        s = 0
        for n in names:
            s += inner.get(n, 3)
            if n in scope:
                s += scope[n]
        s += len(scope) + len(inner.maps) + inner["g0"] + inner.parents["g0"]
        check = (check * 31 + s) % 1000000007
    print("m_chainmap " + str(check))

main()
