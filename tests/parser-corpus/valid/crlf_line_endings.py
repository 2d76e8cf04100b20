# CRLF line endings throughout.
x = 1
if x:
    y = (1,
         2)
    z = """multi
line"""
w = "a" \
    "b"
class C:

    pass
