from typing import TypedDict, NotRequired

class Base(TypedDict):
    id: int

class Mid(Base, total=False):
    note: str

class Leaf(Mid):
    tag: str
    extra: NotRequired[int]

for cls in (Base, Mid, Leaf):
    print(cls.__name__, sorted(cls.__required_keys__), sorted(cls.__optional_keys__), cls.__total__)
print(sorted(Leaf.__annotations__))
x = Leaf(id=1, tag="t")
print(x, type(x).__name__)
class Other(TypedDict, total=False):
    o: int
class Multi(Base, Other):
    m: int
print(sorted(Multi.__required_keys__), sorted(Multi.__optional_keys__))
try:
    class NotTD(Base, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(x, Leaf)
except TypeError as e:
    print(type(e).__name__, e)
print(Leaf.__mro__[-1].__name__, issubclass(Leaf, dict))
