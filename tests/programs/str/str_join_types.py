# join accepts any iterable of strings.
print("-".join("abc"), "+".join(("x", "y")), ",".join({"k": 1, "j": 2}), "".join(str(i) for i in range(5)))
print("|".join(["only"]), repr("".join([])), ", ".join(map(str, [1.5, None, True])))
print("\n".join(["line1", "line2"]))
