from typing import TypedDict

Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__name__)
print(sorted(Point.__required_keys__), sorted(Point.__optional_keys__), Point.__total__)
Partial = TypedDict("Partial", {"a": int, "b": str}, total=False)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(Partial(), Partial(a=1))
class Opt(TypedDict, total=False):
    name: str
    age: int
print(sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__), Opt.__total__)
Weird = TypedDict("Weird", {"in": int, "class": str, "my-key": float})
print(sorted(Weird.__required_keys__), Weird(**{"in": 1}))
try:
    isinstance({}, Point)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(TypedDict, int):
        x: int
except TypeError as e:
    print(type(e).__name__, e)
