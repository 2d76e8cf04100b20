# Closures as lightweight objects with several operations.
def account(balance):
    history = []
    def deposit(v):
        nonlocal balance
        balance += v
        history.append(("dep", v))
        return balance
    def withdraw(v):
        nonlocal balance
        if v > balance:
            raise ValueError("insufficient")
        balance -= v
        history.append(("wd", v))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = account(100)
dep(50)
wd(30)
try:
    wd(1000)
except ValueError as e:
    print("error:", e)
print(rep())
d2, w2, r2 = account(0)
d2(1)
print(r2(), rep()[0])
