# Tuples of exception types and handler order.
def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other " + type(e).__name__
    return "none"
print(classify(lambda: {}[1]), classify(lambda: [][1]), classify(lambda: 1 / 0), classify(lambda: int("x")), classify(lambda: 0))
errors = (TypeError, ValueError)
try:
    int([])
except errors as e:
    print("caught via tuple variable", type(e).__name__)
