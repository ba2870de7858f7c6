# Constructors of builtin types called with various inputs.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes())
print(int('7'), int(7.9), float('2.5'), float(3), str(3.0), str([1, 'a']), str(None), str(b'x'))
print(bool([]), bool([0]), list('ab'), list((1, 2)), tuple([1, 2]), tuple('xy'), set('aba') == {'a', 'b'})
print(dict(a=1), dict([('a', 1)]), dict({'a': 1}, b=2), dict(zip('ab', [1, 2])), frozenset([1, 1]) == {1})
print(list({'k': 'v'}), list({'k': 'v'}.values()), tuple(range(3)), list(map(str, range(2))))
l1 = [1, 2]
l2 = list(l1)
print(l2 == l1, l2 is l1, tuple(t := (1, 2)) is t, str('s'), int(int(5)))
print(type(int('5')).__name__, type(float('5')).__name__, type(str(5)).__name__, type(bool(5)).__name__)
print(str(1e16), str(-0.0), float('-0'), int('-0'), repr(float(10 ** 16)))
for f in [lambda: int('x'), lambda: float('y'), lambda: list(1), lambda: dict([1]), lambda: set(5), lambda: tuple(None), lambda: bool(1, 2)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
