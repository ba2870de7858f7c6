# Seed 000, "defaultdict with Custom Factories": set/lambda factories and two-level grouping.
from collections import defaultdict

# Any callable works as a factory
dd_set   = defaultdict(set)        # empty set for missing keys
dd_zero  = defaultdict(lambda: 0)  # 0 for missing keys
dd_const = defaultdict(lambda: 'N/A')  # string constant

dd_set['x'].add(1)
dd_set['x'].add(1)
print(dict(dd_set), dd_zero['anything'], dd_const['missing'], dict(dd_const))

# Nested defaultdict — for 2-level grouping
transactions = [
    ('2026-03-01', 'Engineering', 500),
    ('2026-03-01', 'Marketing',   300),
    ('2026-03-02', 'Engineering', 700),
]

# Date → Department → total
monthly = defaultdict(lambda: defaultdict(int))
for date, dept, amount in transactions:
    monthly[date][dept] += amount

print(dict(monthly['2026-03-01']))
# {'Engineering': 500, 'Marketing': 300}
print({d: dict(v) for d, v in monthly.items()})

# Shared mutable gotcha: a factory returning one shared list
shared_list = []
wrong = defaultdict(lambda: shared_list)
wrong['a'].append(1)
wrong['b'].append(2)
print(dict(wrong), wrong['a'] is wrong['b'])
right = defaultdict(lambda: [])
right['a'].append(1)
right['b'].append(2)
print(dict(right), right['a'] is right['b'])
try:
    defaultdict('not callable')
except TypeError as e:
    print(type(e).__name__, e)
