# clear, copy (shallow), dict.fromkeys with shared default objects.
src = {'nums': [1, 2], 'name': 'x'}
cp = src.copy()
cp['name'] = 'changed'
cp['nums'].append(3)
print(src, cp, cp is src, cp == src, cp['nums'] is src['nums'])
alias = src
src.clear()
print(src, alias, len(alias))
fk = dict.fromkeys(['a', 'b', 'c'])
print(fk, dict.fromkeys('xyz', 0), dict.fromkeys(range(3), 'v'), dict.fromkeys([]))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append('oops')
print(shared, shared['p'] is shared['q'])
print(dict.fromkeys(['a', 'b', 'a']), dict.fromkeys({'k1': 1, 'k2': 2}, 'from dict keys'))
print({}.fromkeys([1, 2], 'via instance'), type(dict.fromkeys([])).__name__)
class MyDict(dict):
    pass
print(type(MyDict.fromkeys('ab')).__name__, MyDict.fromkeys('ab', 1))
print(type(MyDict(a=1).copy()).__name__)
nested = {'inner': {'x': 1}}
shallow = nested.copy()
shallow['inner']['x'] = 99
print(nested)
for call in [lambda: dict.fromkeys(), lambda: dict.fromkeys(5), lambda: dict.fromkeys([[1]]), lambda: {}.clear(1), lambda: {}.copy(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
