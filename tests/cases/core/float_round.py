# round(): banker's rounding, ndigits, negative ndigits, int vs float results.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), type(round(3.7)).__name__)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7, 2), round(7, -5), round(123456789, -3), type(round(7, 2)).__name__)
print(round(0.1 + 0.2, 15), round(1e20, 2), round(-0.0), round(0.49999999999999994))
print(round(2.5, None), round(5e-324, 300), round(12.5, -1), round(17.5, -1))
print([round(x / 10) for x in range(-15, 16, 5)])
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
