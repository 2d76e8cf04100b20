print("first body")
ORDER = 1
