# __iter__/__next__ classes, iterables vs iterators, and for-loop protocol.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), 2 in r, sorted(r, reverse=True), dict(zip(r, 'abc')))
a, b, c2 = Range2(3)
print(a, b, c2, [*Range2(2)], max(Range2(5)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NotIterable:
    pass
try:
    list(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
