from typing import TypedDict, Required, NotRequired

class A(TypedDict):
    must: int
    maybe: NotRequired[str]

class B(TypedDict, total=False):
    opt: int
    req: Required[str]

print(sorted(A.__required_keys__), sorted(A.__optional_keys__))
print(sorted(B.__required_keys__), sorted(B.__optional_keys__))
F = TypedDict("F", {"r": Required[int], "n": NotRequired[int], "p": int}, total=False)
print(sorted(F.__required_keys__), sorted(F.__optional_keys__))
G = TypedDict("G", {"r": Required[int], "n": NotRequired[int], "p": int})
print(sorted(G.__required_keys__), sorted(G.__optional_keys__))
print(A(must=1), B(req="x", opt=2))
try:
    Required[int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotRequired()
except TypeError as e:
    print(type(e).__name__, e)
