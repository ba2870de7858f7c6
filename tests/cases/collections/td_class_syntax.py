from typing import TypedDict

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, type(m) is dict)
m2 = Movie({"title": "X", "year": 1})
print(m2, Movie(), Movie(extra=1))
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Movie.__total__, sorted(Movie.__annotations__))
print(Movie.__name__, Movie.__module__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(dict, Movie)
except TypeError as e:
    print(type(e).__name__, e)
print(Movie.__annotations__["year"].__name__)
m["year"] += 1
print(m["year"], m == {"title": "Blade Runner", "year": 1983})
