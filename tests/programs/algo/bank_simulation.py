# A small event simulation with classes, dicts and exceptions.
class InsufficientFunds(Exception):
    pass
class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, name, amount=0):
        self.accounts[name] = amount
    def transfer(self, a, b, amount):
        if self.accounts[a] < amount:
            raise InsufficientFunds(a, amount)
        self.accounts[a] -= amount
        self.accounts[b] += amount
        self.log.append((a, b, amount))
bank = Bank()
for n, v in (("ann", 100), ("bob", 50), ("cy", 0)):
    bank.open(n, v)
for a, b, amt in (("ann", "bob", 30), ("bob", "cy", 100), ("cy", "ann", 5), ("bob", "cy", 80), ("zed", "ann", 1)):
    try:
        bank.transfer(a, b, amt)
    except InsufficientFunds as e:
        print("insufficient", e.args)
    except KeyError as e:
        print("no account", e.args[0])
print(sorted(bank.accounts.items()), len(bank.log), sum(bank.accounts.values()))
