# An uncaught exception exits with status 1 after earlier output.
print("output before the error")
def fail():
    return {}["missing"]
try:
    print("still fine")
finally:
    print("finally runs")
fail()
print("never printed")
