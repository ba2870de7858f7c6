"""Prints CPython's ast of each file in the format of examples/ast_sexp.rs.

Usage: PYENV_VERSION=3.12.1 python3 tools/ast_sexp.py FILE...
"""
import ast, struct, sys

def s(v):
    o = '"'
    for c in v:
        if (c.isascii() and c.isalnum()) or c in " _.,:;!?-+*/=<>()[]{}'":
            o += c
        else:
            o += "\\u%x" % ord(c)
    return o + '"'

def fl(f):
    return "f" + struct.pack(">d", f).hex()

OPS = {ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mult", ast.MatMult: "MatMult", ast.Div: "Div",
       ast.FloorDiv: "FloorDiv", ast.Mod: "Mod", ast.Pow: "Pow", ast.LShift: "LShift", ast.RShift: "RShift",
       ast.BitOr: "BitOr", ast.BitXor: "BitXor", ast.BitAnd: "BitAnd", ast.Not: "Not", ast.Invert: "Invert",
       ast.UAdd: "UAdd", ast.USub: "USub", ast.And: "And", ast.Or: "Or", ast.Eq: "Eq", ast.NotEq: "NotEq",
       ast.Lt: "Lt", ast.LtE: "LtE", ast.Gt: "Gt", ast.GtE: "GtE", ast.Is: "Is", ast.IsNot: "IsNot",
       ast.In: "In", ast.NotIn: "NotIn"}

def op(o): return OPS[type(o)]
def lst(v): return " ".join(ex(e) for e in v)
def opt(e): return "_" if e is None else ex(e)

def comps(gs):
    return " ".join(f"(for {ex(g.target)} {ex(g.iter)} [{lst(g.ifs)}])" for g in gs)

def call_args(args, keywords):
    items = []
    for a in args:
        items.append((a.col_offset, a.lineno, f"(* {ex(a.value)})" if isinstance(a, ast.Starred) else ex(a)))
    for k in keywords:
        items.append((k.col_offset, k.lineno, f"(** {ex(k.value)})" if k.arg is None else f"(kw {k.arg} {ex(k.value)})"))
    items.sort(key=lambda t: (t[1], t[0]))
    return " ".join(t[2] for t in items)

def parts(values):
    o = "(fstr"
    for v in values:
        if isinstance(v, ast.Constant):
            o += " " + s(v.value)
        else:
            conv = "_" if v.conversion == -1 else chr(v.conversion)
            spec = "_" if v.format_spec is None else parts(v.format_spec.values)
            o += f" (fv {ex(v.value)} {conv} {spec})"
    return o + ")"

def params(a):
    def one(p, d=None):
        return f"({p.arg} {opt(p.annotation)} {opt(d)})"
    pos = a.posonlyargs + a.args
    defaults = [None] * (len(pos) - len(a.defaults)) + a.defaults
    po = [one(p, d) for p, d in zip(pos, defaults)]
    n = len(a.posonlyargs)
    kw = [one(p, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)]
    va = "_" if a.vararg is None else one(a.vararg)
    kwa = "_" if a.kwarg is None else one(a.kwarg)
    return f"(params [{' '.join(po[:n])}] [{' '.join(po[n:])}] {va} [{' '.join(kw)}] {kwa})"

def ex(e):
    t = type(e)
    if t is ast.Name: return e.id
    if t is ast.Constant:
        v = e.value
        if v is None: return "None"
        if v is True: return "True"
        if v is False: return "False"
        if v is Ellipsis: return "..."
        if isinstance(v, int): return str(v)
        if isinstance(v, float): return fl(v)
        if isinstance(v, complex): return fl(v.imag) + "j"
        if isinstance(v, str): return s(v)
        if isinstance(v, bytes): return "b" + v.hex()
    if t is ast.JoinedStr:
        return parts(e.values)
    if t is ast.FormattedValue:
        return parts([e])
    if t is ast.BoolOp: return f"({op(e.op)} {lst(e.values)})"
    if t is ast.NamedExpr: return f"(:= {e.target.id} {ex(e.value)})"
    if t is ast.BinOp: return f"({op(e.op)} {ex(e.left)} {ex(e.right)})"
    if t is ast.UnaryOp: return f"({op(e.op)} {ex(e.operand)})"
    if t is ast.Lambda: return f"(lambda {params(e.args)} {ex(e.body)})"
    if t is ast.IfExp: return f"(ifexp {ex(e.test)} {ex(e.body)} {ex(e.orelse)})"
    if t is ast.Dict:
        return "(dict " + " ".join(f"(** {ex(v)})" if k is None else f"({ex(k)} {ex(v)})" for k, v in zip(e.keys, e.values)) + ")"
    if t is ast.Set: return f"(set {lst(e.elts)})"
    if t is ast.List: return f"(list {lst(e.elts)})"
    if t is ast.Tuple: return f"(tuple {lst(e.elts)})"
    if t is ast.ListComp: return f"(listcomp {ex(e.elt)} {comps(e.generators)})"
    if t is ast.SetComp: return f"(setcomp {ex(e.elt)} {comps(e.generators)})"
    if t is ast.GeneratorExp: return f"(genexp {ex(e.elt)} {comps(e.generators)})"
    if t is ast.DictComp: return f"(dictcomp {ex(e.key)} {ex(e.value)} {comps(e.generators)})"
    if t is ast.Yield: return f"(yield {opt(e.value)})"
    if t is ast.YieldFrom: return f"(yieldfrom {ex(e.value)})"
    if t is ast.Compare:
        o = f"(cmp {ex(e.left)}"
        for o_, c in zip(e.ops, e.comparators):
            o += f" {op(o_)} {ex(c)}"
        return o + ")"
    if t is ast.Call: return f"(call {ex(e.func)} [{call_args(e.args, e.keywords)}])"
    if t is ast.Attribute: return f"(. {ex(e.value)} {e.attr})"
    if t is ast.Subscript: return f"([] {ex(e.value)} {ex(e.slice)})"
    if t is ast.Starred: return f"(* {ex(e.value)})"
    if t is ast.Slice: return f"(slice {opt(e.lower)} {opt(e.upper)} {opt(e.step)})"
    raise ValueError(t)

def block(ss, ind, out):
    for x in ss:
        st(x, ind, out)

def alias(a):
    return f"({a.name} {a.asname or '_'})"

POS = bool(__import__("os").environ.get("AST_POS"))

def st(x, ind, out):
    p = "  " * ind
    if POS:
        p += f"{x.lineno}:{x.col_offset}-{x.end_lineno}:{x.end_col_offset} "
    t = type(x)
    def w(line): out.append(p + line)
    if t is ast.Expr: w(f"expr {ex(x.value)}")
    elif t is ast.Assign: w(f"assign [{lst(x.targets)}] {ex(x.value)}")
    elif t is ast.AugAssign: w(f"augassign {ex(x.target)} {op(x.op)} {ex(x.value)}")
    elif t is ast.AnnAssign: w(f"annassign {ex(x.target)} {ex(x.annotation)} {opt(x.value)} {x.simple}")
    elif t is ast.Delete: w(f"del {lst(x.targets)}")
    elif t is ast.Pass: w("pass")
    elif t is ast.Break: w("break")
    elif t is ast.Continue: w("continue")
    elif t is ast.Return: w(f"return {opt(x.value)}")
    elif t is ast.Raise: w(f"raise {opt(x.exc)} {opt(x.cause)}")
    elif t is ast.Assert: w(f"assert {ex(x.test)} {opt(x.msg)}")
    elif t is ast.Global: w("global " + " ".join(x.names))
    elif t is ast.Nonlocal: w("nonlocal " + " ".join(x.names))
    elif t in (ast.If, ast.While):
        w(f"{'if' if t is ast.If else 'while'} {ex(x.test)}"); block(x.body, ind + 1, out); w("else"); block(x.orelse, ind + 1, out)
    elif t is ast.For:
        w(f"for {ex(x.target)} {ex(x.iter)}"); block(x.body, ind + 1, out); w("else"); block(x.orelse, ind + 1, out)
    elif t is ast.FunctionDef:
        w(f"def {x.name} [{lst(x.decorator_list)}] {params(x.args)} {opt(x.returns)}"); block(x.body, ind + 1, out)
    elif t is ast.ClassDef:
        w(f"class {x.name} [{lst(x.decorator_list)}] [{call_args(x.bases, x.keywords)}]"); block(x.body, ind + 1, out)
    elif t is ast.Try:
        w("try"); block(x.body, ind + 1, out)
        for h in x.handlers:
            w(f"except {opt(h.type)} {h.name or '_'}"); block(h.body, ind + 1, out)
        w("else"); block(x.orelse, ind + 1, out); w("finally"); block(x.finalbody, ind + 1, out)
    elif t is ast.With:
        w("with " + " ".join(f"({ex(i.context_expr)} {opt(i.optional_vars)})" for i in x.items)); block(x.body, ind + 1, out)
    elif t is ast.Import: w("import " + " ".join(alias(a) for a in x.names))
    elif t is ast.ImportFrom: w(f"from {x.level} {x.module or '_'} " + " ".join(alias(a) for a in x.names))
    else: raise ValueError(t)

for path in sys.argv[1:]:
    out = []
    try:
        block(ast.parse(open(path).read()).body, 0, out)
        print("\n".join(out))
    except SyntaxError as e:
        print(f"ERROR {type(e).__name__}: {e.msg}")
