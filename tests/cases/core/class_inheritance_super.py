# Inheritance, method overriding and super().
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def kind(self):
        return 'dog, a kind of ' + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' (tiny)'
p = Puppy('rex', 'lab')
print(p.speak(), p.kind(), p.breed, p.name)
print(Animal('cat').speak(), Dog('d', 'x').speak())
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
class Base:
    def __init__(self):
        self.log = ['Base']
class Child(Base):
    def __init__(self):
        self.log = ['Child before']
        super().__init__()
        self.log.append('Child after')
print(Child().log)
class NoInit(Dog):
    pass
n = NoInit('n', 'mutt')
print(n.speak(), n.breed)
try:
    NoInit('only name')
except TypeError as e:
    print(type(e).__name__, e)
class Broken(Animal):
    def __init__(self):
        pass
try:
    Broken().speak()
except AttributeError as e:
    print(type(e).__name__, e)
