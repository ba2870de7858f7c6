# What dict(), update(), {**x} and f(**x) accept as a mapping: anything
# with keys(); errors come from keys() and from [k] as CPython reports them.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class KeysNotCallable:
    keys = 5

class KeysReturnsInt:
    def keys(self):
        return 5

class KeysOnly:
    def keys(self):
        return ['a']

class Mapping:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        if k == 'b':
            raise KeyError('inner')
        return k.upper()

t('keys-not-callable', lambda: dict(KeysNotCallable()))
t('keys-returns-int', lambda: dict(KeysReturnsInt()))
t('unpack-keys-returns-int', lambda: {**KeysReturnsInt()})
t('getitem-raises', lambda: dict(Mapping()))
t('keys-only', lambda: dict(KeysOnly()))
t('unpack-keys-only', lambda: {**KeysOnly()})
t('kwargs-keys-only', lambda: (lambda **k: k)(**KeysOnly()))
t('update-keys-only', lambda: {}.update(KeysOnly()))
t('unpack-int', lambda: {**5})
t('kwargs-list', lambda: (lambda **k: k)(**[]))
t('pairs-gen', lambda: dict(x for x in [(1, 2), (3,)]))
t('pairs-int', lambda: dict([(1, 2), 3]))
t('pairs-str', lambda: dict(['ab', 'c']))
