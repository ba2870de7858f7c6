# @staticmethod and @classmethod: calls via class and instance, alternate constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('2000-1-1'), Date(1, 2, 3).from_string('9-9-9'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
print(Date.kind(), MyDate.kind(), MyDate(1, 1, 1).kind())
class Counter:
    instances = 0
    def __init__(self):
        Counter.bump()
    @classmethod
    def bump(cls):
        cls.instances += 1
        return cls.instances
    @staticmethod
    def helper(x=1):
        return x * 2
Counter(); Counter()
print(Counter.instances, Counter.helper(), Counter().helper(5), Counter.instances)
try:
    Date.from_string('bad')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
