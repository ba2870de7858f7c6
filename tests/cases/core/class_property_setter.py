# @property with getter, setter and deleter; validation and computed attributes.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f'{value} is below absolute zero')
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, t._c)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Temperature(-500)
except ValueError as e:
    print(type(e).__name__, e)
print(type(Temperature.celsius).__name__, isinstance(Temperature.fahrenheit, property))
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
z = Lazy()
print(z.value, z.value, Lazy.calls)
class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 2))
print(Circle(2).area)
