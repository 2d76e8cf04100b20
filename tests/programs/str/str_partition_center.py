# partition, rpartition and center.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]", "[" + "abc".center(2) + "]")
print("[" + "a".center(4) + "]", "[" + "xy".center(8) + "]")
try:
    "x".partition("")
except ValueError:
    print("ValueError")
