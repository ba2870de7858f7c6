# (o) class-heavy code: instance attributes, method calls, inheritance, a class-level registry dict
class Account:
    registry = {}

    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.history = 0
        Account.registry[name] = self

    def deposit(self, amount):
        self.balance += amount
        self.history += 1
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            return 0
        self.balance -= amount
        self.history += 1
        return amount

    def score(self):
        return self.balance % 97 + self.history


class Savings(Account):
    def __init__(self, name, balance, rate):
        super().__init__(name, balance)
        self.rate = rate

    def score(self):
        return Account.score(self) + self.rate


def main():
    accounts = []
    for i in range(2000):
        if i % 3 == 0:
            accounts.append(Savings("s" + str(i), i * 10, i % 5))
        else:
            accounts.append(Account("a" + str(i), i * 7))
    n = len(accounts)
    x = 8080
    moved = 0
    for step in range(500000):
        x = (x * 1103515245 + 12345) % 2147483648
        src = accounts[x % n]
        dst = accounts[(x >> 11) % n]
        amount = (x >> 5) % 300
        got = src.withdraw(amount)
        if got:
            dst.deposit(got)
            moved += got
    check = moved % 1000000007
    for a in accounts:
        check = (check * 31 + a.score()) % 1000000007
    check = (check + Account.registry["s999"].balance + len(Account.registry)) % 1000000007
    print("o_class_attrs " + str(check))

main()
