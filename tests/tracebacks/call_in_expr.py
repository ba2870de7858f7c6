# The caller's line marks the call, the callee's line the division.
def ratio(x):
    return 1 / x

values = [ratio(0) + 2]
