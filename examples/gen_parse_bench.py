"""Writes a large, varied Python program for the parser benchmark.

Usage: python3 examples/gen_parse_bench.py OUT.py [MEGABYTES]   (default 10)
Then:  cargo run --release --example parse_bench OUT.py
       PYENV_VERSION=3.12.1 python3 -c "import time,sys; s=open(sys.argv[1]).read(); t=time.time(); compile(s, sys.argv[1], 'exec'); print(time.time()-t)" OUT.py
"""
import random, sys

out, mb = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 10
rnd = random.Random(42)
names = ["counts", "data", "key", "value", "items", "result", "cache", "total", "word", "line", "node", "idx"]

def name():
    return rnd.choice(names) + str(rnd.randrange(20))

def expr(d=0):
    r = rnd.randrange(14 if d < 3 else 5)
    if r == 0: return str(rnd.randrange(100000))
    if r == 1: return repr(rnd.choice(["alpha", "beta", "gamma delta", "x\ny", "it's"]))
    if r == 2: return name()
    if r == 3: return f"{rnd.random():.4f}"
    if r == 4: return f"{name()}.{rnd.choice(names)}"
    if r == 5: return f"{expr(d+1)} {rnd.choice(['+', '-', '*', '//', '%', '|', '&', '<<'])} {expr(d+1)}"
    if r == 6: return f"{name()}({', '.join(expr(d+1) for _ in range(rnd.randrange(4)))})"
    if r == 7: return f"{name()}[{expr(d+1)}]"
    if r == 8: return "{" + ", ".join(f"{expr(d+1)}: {expr(d+1)}" for _ in range(rnd.randrange(4))) + "}"
    if r == 9: return "[" + ", ".join(expr(d+1) for _ in range(rnd.randrange(5))) + "]"
    if r == 10: return f"{{k: v for k, v in {name()}.items() if v > {rnd.randrange(10)}}}"
    if r == 11: return f"({expr(d+1)} if {expr(d+1)} else {expr(d+1)})"
    if r == 12: return f"f\"{{{name()}!r}} and {{{name()}:>10}}\""
    return f"(lambda x, y=1: x + y * {expr(d+1)})"

def block(indent, depth):
    lines = []
    for _ in range(rnd.randrange(2, 6)):
        r = rnd.randrange(10 if depth < 3 else 5)
        p = "    " * indent
        if r == 0: lines.append(f"{p}{name()} = {expr()}")
        elif r == 1: lines.append(f"{p}{name()}[{expr()}] += {expr()}")
        elif r == 2: lines.append(f"{p}{name()} |= {{{expr()}: {expr()}}}  # merge")
        elif r == 3: lines.append(f"{p}print({expr()}, sep='')")
        elif r == 4: lines.append(f"{p}return {expr()}" if depth else f"{p}pass")
        elif r == 5: lines += [f"{p}for {name()}, {name()} in {expr()}:"] + block(indent + 1, depth + 1)
        elif r == 6: lines += [f"{p}if {expr()} and {name()} not in {name()}:"] + block(indent + 1, depth + 1) + [f"{p}else:"] + block(indent + 1, depth + 1)
        elif r == 7: lines += [f"{p}while {name()} < {expr()}:"] + block(indent + 1, depth + 1)
        elif r == 8: lines += [f"{p}try:"] + block(indent + 1, depth + 1) + [f"{p}except (KeyError, ValueError) as e:"] + block(indent + 1, depth + 1)
        else: lines += [f"{p}with open({expr()}) as f:"] + block(indent + 1, depth + 1)
    return lines

size = 0
with open(out, "w") as f:
    i = 0
    while size < mb * 1e6:
        i += 1
        if i % 5 == 0:
            chunk = [f"class C{i}(Base, metaclass=Meta):", f"    '''Docstring {i}.'''", f"    x: int = {i}"]
            chunk += [f"    def m{i}(self, a, b=2, *args, c, **kw):"] + block(2, 1)
        else:
            chunk = [f"@decorator({i})", f"def func{i}(a, b: int = {i}, /, *rest, key=None, **extra) -> dict:", f"    \"\"\"Function {i}.\"\"\""] + block(1, 1)
        text = "\n".join(chunk) + "\n\n"
        f.write(text)
        size += len(text)
print(f"wrote {size} bytes to {out}")
