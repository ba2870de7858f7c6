# Seed 000, "When Not to Use defaultdict — The Gotchas".
from collections import defaultdict

# Gotcha 1: Accidental creation in iteration
dd = defaultdict(list)
items = ['a', 'b', 'c']
for item in items:
    if dd[item]:  # This creates an empty list for 'a', 'b', 'c' even if not present
        pass
print(len(dd))  # 3 — all created

# Fix: use .get()
dd = defaultdict(list)
for item in items:
    if dd.get(item):  # does not create entry
        pass
print(len(dd))  # 0

# Gotcha 2: Masking KeyError that should propagate
def process_key(dd, key):
    # If key missing, we want to crash, not create a default
    value = dd[key]  # creates default silently
    return value.upper()  # possible AttributeError if default is [], not str

data = defaultdict(list, {'name': 'alice'})
print(process_key(data, 'name'))
try:
    process_key(data, 'email')
except AttributeError as e:
    print(type(e).__name__, e)
print(dict(data))
try:
    process_key({'name': 'alice'}, 'email')
except KeyError as e:
    print(type(e).__name__, e)
