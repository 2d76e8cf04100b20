# micropython-specific: finally blocks run before the traceback is printed
def work():
    try:
        print("working")
        [][0]
    finally:
        print("cleanup")
work()
