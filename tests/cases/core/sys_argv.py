# sys.argv[0] is the script path as given; only its basename is stable.
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].replace('\\', '/').split('/')[-1])
print(sys.argv[0].endswith('sys_argv.py'), sys.argv[1:])
print(isinstance(sys.argv[0], str))
try:
    print(sys.argv[1])
except IndexError as e:
    print(type(e).__name__, e)
