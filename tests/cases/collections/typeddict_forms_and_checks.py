# TypedDict: class and functional forms, total/Required/NotRequired, plain dicts at runtime.
from typing import TypedDict, Required, NotRequired
import typing
class Movie(TypedDict):
    title: str
    year: int
class Partial(Movie, total=False):
    rating: float
    tags: Required[list]
m = Movie(title='Up', year=2009)
print(m, type(m), Movie.__required_keys__ == frozenset({'title', 'year'}), Movie.__optional_keys__, Movie.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__, list(Partial.__annotations__))
print(Movie.__annotations__, Partial.__annotations__['tags'])
print(Movie(), Movie({'title': 'x'}), Movie([('year', 1)], title='t'), Movie.__name__, Movie.__module__, repr(Movie))
for args in [(m, Movie), (m, Partial)]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(dict, Movie)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(Movie, dict), isinstance(m, dict), isinstance(Movie(), dict))
P = TypedDict('P', {'x': int, 'y': NotRequired[int]})
print(P(x=1), sorted(P.__required_keys__), sorted(P.__optional_keys__), P.__total__)
Q = TypedDict('Q', {'a': str}, total=False)
print(Q.__total__, sorted(Q.__optional_keys__), Q(a='s'), Q.__annotations__)
print(Required[int], NotRequired[str], typing.Optional[int] if hasattr(typing, 'Optional') else '')
def f(x: Movie) -> Movie:
    return x
print(f({'title': 'A', 'year': 1}))
class WithDoc(TypedDict):
    """doc"""
    a: int
print(WithDoc(a=1), WithDoc.__doc__)
print(list[int], dict[str, int])
