class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, v):
        self.balance += v
    def withdraw(self, v):
        if v > self.balance:
            raise InsufficientFunds(v, self.balance)
        self.balance -= v
