# except clauses match subclasses; the first matching clause wins.
def trigger(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return undefined_name
    if kind == 5:
        return None.attr
    if kind == 6:
        return "a" + 1
for k in range(7):
    try:
        trigger(k)
    except ArithmeticError as e:
        print(k, "ArithmeticError", type(e).__name__)
    except LookupError as e:
        print(k, "LookupError", type(e).__name__)
    except (ValueError, TypeError) as e:
        print(k, "Value/TypeError", type(e).__name__)
    except Exception as e:
        print(k, "Exception", type(e).__name__)
