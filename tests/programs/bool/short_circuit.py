# and/or return operands and evaluate lazily.
def t(x):
    print("eval", x)
    return x

print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(t(None) or t("") or t([]))
print(t(1) and t(2) and t(3))
print(not t(0), not t("s"))
print(0 or 0.0 or None)
print([] and [1] or "x")
