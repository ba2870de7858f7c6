d = {"a": 1}
ok = "a" in d and d["b"] > 0
