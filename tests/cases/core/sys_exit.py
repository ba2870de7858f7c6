# sys.exit raises SystemExit; code is the argument (None by default).
import sys
for arg in [(), (0,), (3,), ('fatal message',), (None,), (True,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args, type(e).__name__)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('direct', e.code, str(e))
try:
    sys.exit(2)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__, e.code)
def cleanup():
    try:
        sys.exit(7)
    finally:
        print('finally runs on exit')
try:
    cleanup()
except SystemExit as e:
    print('code', e.code)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
