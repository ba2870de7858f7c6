# sys.maxsize, sys.getrecursionlimit/setrecursionlimit, sys.version_info basics.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.maxsize + 1, -sys.maxsize - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.version_info[0], sys.version_info[:2] >= (3, 8), sys.version_info.major)
print(len(range(sys.maxsize)) == sys.maxsize)
print(sys.stdout is not None, sys.stderr is not None, hasattr(sys, 'argv'))
sys.stdout.write('written directly\n')
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.no_such_attribute
except AttributeError as e:
    print(type(e).__name__, e)
