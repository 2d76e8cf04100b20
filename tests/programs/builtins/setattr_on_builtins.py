# Builtin types reject new attributes.
for v in (1, "s", [1], (1,), {}, None):
    try:
        v.newattr = 1
        print("set ok")
    except AttributeError:
        print("AttributeError", type(v).__name__)
