# Dict comprehensions filtering, inverting and merging.
prices = {"apple": 125, "pear": 50, "kiwi": 200, "fig": 75}
print({k: v for k, v in prices.items() if v >= 100})
print({v: k for k, v in prices.items()})
print({k.upper(): v // 25 for k, v in sorted(prices.items())})
extra = {"pear": 55, "plum": 90}
merged = {k: extra.get(k, prices.get(k)) for k in list(prices) + [k for k in extra if k not in prices]}
print(merged)
