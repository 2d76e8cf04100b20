# An exception at import time of the main module still exits with status 1.
print("start")
class Broken:
    value = 1 // 0
print("never")
