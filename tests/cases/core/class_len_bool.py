# __len__ and __bool__ drive truthiness and len().
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
print(len(Bag(1, 2)), bool(Bag()), bool(Bag(0)), 'empty' if not Bag() else 'full')
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __len__(self):
        return 99
print(bool(Flag(True)), bool(Flag(False)), len(Flag(False)), Flag(False) or 'fallback')
class Plain:
    pass
print(bool(Plain()), not Plain())
if Bag(1):
    print('non-empty bag is truthy')
while Bag():
    print('never')
print([x for x in [Bag(), Bag(1), Flag(False)] if x].__len__())
class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
class StrLen:
    def __len__(self):
        return 'three'
for obj in [BadLen(), BadBool(), StrLen()]:
    try:
        print(bool(obj))
    except (ValueError, TypeError) as e:
        print(type(obj).__name__, type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print(type(e).__name__, e)
