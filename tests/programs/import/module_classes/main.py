# Classes and exceptions defined in another module.
from models import Account, InsufficientFunds
acct = Account("ann", 50)
acct.deposit(25)
try:
    acct.withdraw(100)
except InsufficientFunds as e:
    print("InsufficientFunds", e.args)
print(acct.owner, acct.balance, acct.balance >= 0)
import models
print(isinstance(acct, models.Account), models.Account is Account)
