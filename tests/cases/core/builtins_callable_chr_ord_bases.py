# callable, chr, ord, hex, oct, bin and int() round trips.
class WithCall:
    def __call__(self):
        return 1
print(callable(len), callable(lambda: 0), callable(int), callable(WithCall()), callable(WithCall), callable('s'), callable(None))
print(chr(65), chr(97), chr(0x263A), chr(48), ord('0'), ord('Z'), ord('\u263a'), [ord(c) for c in 'AZaz'])
for n in [0, 7, 255, -42, 4096]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16), int(oct(n), 8), int(bin(n), 2), int(bin(n), 0))
print(hex(2 ** 64), bin(-1), oct(-8), hex(True))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), oct(Idx()), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][Idx()])
for f in [lambda: chr('a'), lambda: chr(1.0), lambda: ord(65), lambda: hex('a'), lambda: bin(2.0), lambda: chr(-5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
