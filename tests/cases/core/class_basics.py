# Classes: __init__, methods, instance attributes, bound methods.
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self.balance += amount
        return self
    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'
a = Account('ann')
b = Account('bob', 100)
a.deposit(50).deposit(25)
print(a, b, a.balance, b.owner, type(a).__name__, type(a) is Account)
m = b.deposit
m(1)
print(b.balance, Account.deposit(b, 9), isinstance(a, Account))
a.nickname = 'A'
print(a.nickname, hasattr(b, 'nickname'), sorted(vars(a)), a.__dict__)
print(Account.__name__, Account.interest, a.interest)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, type(e).__name__, Empty.__name__)
try:
    a.deposit(-5)
except ValueError as err:
    print(type(err).__name__, err)
try:
    b.withdraw(5)
except AttributeError as err:
    print(type(err).__name__, err)
try:
    print(e.y)
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Account()
except TypeError as err:
    print(type(err).__name__, err)
