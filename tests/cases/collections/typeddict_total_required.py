# total=False, Required and NotRequired reflect only in __required_keys__/__optional_keys__.
from typing import TypedDict, Required, NotRequired
class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
class Book(TypedDict):
    title: str
    isbn: NotRequired[str]
print(Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Book.__total__, sorted(Book.__required_keys__), sorted(Book.__optional_keys__))
m = Movie(title='Up')
b = Book(title='Dune')
print(m, b, m.get('year', 'unknown'), 'isbn' in b)
m['year'] = 2009
b.setdefault('isbn', '000')
print(m, b)
print(sorted(Movie.__annotations__), Book.__name__)
try:
    print(m['rating'])
except KeyError as e:
    print(type(e).__name__, e)
