# finally runs on break, continue and return inside loops.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def search(items):
    for x in items:
        try:
            if x < 0:
                return x
        finally:
            print("checked", x)
    return None
print(search([3, -1, 5]))
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("tick", n)
print(count())
