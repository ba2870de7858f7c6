# Division by zero raises for floats too (no inf results), with distinct messages.
cases = [(1.0, 0), (1, 0.0), (0.0, 0.0), (-1.0, -0.0), (5, 0)]
for a, b in cases:
    for name in ['/', '//', '%', 'divmod']:
        try:
            if name == '/':
                r = a / b
            elif name == '//':
                r = a // b
            elif name == '%':
                r = a % b
            else:
                r = divmod(a, b)
            print(a, name, b, r)
        except ZeroDivisionError as e:
            print(a, name, b, type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    x = 1
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
