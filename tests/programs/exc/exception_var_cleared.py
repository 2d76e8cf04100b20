# The 'as' target is deleted after the except block.
try:
    raise ValueError("x")
except ValueError as err:
    print("in handler", err)
try:
    print(err)
except NameError:
    print("NameError: err unbound")
err = "reassigned"
print(err)
