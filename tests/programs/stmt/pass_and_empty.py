# Statements that do nothing and empty bodies.
def noop():
    pass
class Empty:
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
print(noop(), Empty.__name__)
def docstring_only():
    """just a docstring"""
print(docstring_only())
