# Exceptions raised while handling another; nested handlers.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("caught", type(e).__name__, e)
try:
    try:
        raise KeyError("a")
    finally:
        print("cleanup")
except KeyError:
    print("KeyError after finally")
def handler_raises():
    try:
        raise IndexError
    except IndexError:
        try:
            raise ValueError
        except ValueError:
            print("inner handled")
        print("still in outer handler")
handler_raises()
e_saved = None
try:
    raise ValueError("kept")
except ValueError as e:
    e_saved = e
print(e_saved.args)
