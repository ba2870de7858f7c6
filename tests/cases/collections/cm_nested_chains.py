from collections import ChainMap

defaults = {"color": "red", "size": 1}
env = {"size": 2}
cli = {}
conf = ChainMap(cli, env, defaults)
print(conf["color"], conf["size"])
cli["color"] = "blue"
print(conf["color"], dict(conf))
inner = ChainMap({"a": 1}, {"b": 2})
outer = ChainMap({"c": 3}, inner)
print(outer["a"], outer["b"], outer["c"], len(outer))
outer["a"] = 100
print(inner["a"], outer.maps[0])
inner["b"] = 200
print(outer["b"])
del inner["a"]
print(outer["a"])
try:
    del outer["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(outer), list(outer))
scopes = ChainMap()
for depth in range(3):
    scopes = scopes.new_child({"depth": depth, "v%d" % depth: depth})
print(scopes["depth"], sorted(scopes), len(scopes.maps))
print(scopes.parents["depth"], scopes.parents.parents["depth"])
