# Seed 001: OrderedDict as dict + doubly linked list + auxiliary map, with the object() marker
# for pop. (The seed's weakref.proxy is left out: only sys/math/collections/typing are used.)
class Link:
    def __init__(self):
        self.prev = self.next = self.key = None

class MyOrderedDict(dict):
    __marker = object()          # the unique object created at class definition

    def __init__(self):
        self.__root = root = Link()
        root.prev = root.next = root
        self.__map = {}

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        if key not in self:
            self.__map[key] = link = Link()
            root = self.__root
            last = root.prev
            link.prev, link.next, link.key = last, root, key
            last.next = link
            root.prev = link
        dict_setitem(self, key, value)

    def __iter__(self):
        'od.__iter__() <==> iter(od)'
        root = self.__root
        curr = root.next  # Start from the first valid node of the linked list
        while curr is not root:
            yield curr.key
            curr = curr.next

    def pop(self, key, default=__marker):
        marker = self.__marker
        result = dict.pop(self, key, marker)
        if result is not marker:
            link = self.__map.pop(key)
            link.prev.next = link.next
            link.next.prev = link.prev
            return result
        if default is marker:
            raise KeyError(key)
        return default

d = MyOrderedDict()
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    d[k] = v
d["aa"] = 4
print(list(d), dict.__repr__(d), len(d))
print(d.pop('b'), list(d), d.pop('b', 'default'), d.pop('x', None))
d['b'] = 20
print(list(d), [d[k] for k in d])
try:
    d.pop('missing')
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(d, dict), '_MyOrderedDict__marker' in vars(MyOrderedDict))
