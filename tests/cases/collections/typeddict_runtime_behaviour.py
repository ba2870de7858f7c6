# TypedDict at runtime: class-based and functional syntax create plain dicts; no checks.
from typing import TypedDict
class User(TypedDict):
    name: str
    age: int
u = User(name='ann', age=30)
v: User = {'name': 'bob', 'age': 'not checked'}
print(u, v, type(u).__name__, type(u) is dict, isinstance(v, dict))
print(User.__annotations__ == {'name': str, 'age': int}, sorted(User.__required_keys__), User.__total__)
Point = TypedDict('Point', {'x': int, 'y': int})
p = Point(x=1, y=2)
print(p, Point.__name__, sorted(Point.__annotations__))
class Admin(User):
    level: int
a = Admin(name='cid', age=40, level=9)
print(a, sorted(Admin.__required_keys__), type(a).__name__)
u['extra'] = True
del u['age']
print(u, len(u))
print(User(name='x') == {'name': 'x'}, dict(User(name='y', age=1)))
try:
    isinstance(u, User)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(u['age'])
except KeyError as e:
    print(type(e).__name__, e)
