# global declarations from functions and nested functions.
counter = 0
def inc():
    global counter
    counter += 1
def make_global():
    global created
    created = "made in function"
inc(); inc()
print(counter)
make_global()
print(created)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
def reads():
    return counter + 1
print(reads())
