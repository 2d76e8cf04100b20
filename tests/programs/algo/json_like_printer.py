# Recursive pretty-printer for nested data.
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        print(pad + "{")
        for k in v:
            print(pad + "  " + repr(k) + ":")
            dump(v[k], indent + 2)
        print(pad + "}")
    elif isinstance(v, (list, tuple)):
        print(pad + ("[" if isinstance(v, list) else "("))
        for x in v:
            dump(x, indent + 1)
        print(pad + ("]" if isinstance(v, list) else ")"))
    else:
        print(pad + repr(v))
dump({"name": "mpyc", "targets": ["host", ("rp2040", 2)], "ok": True, "none": None, "n": 2 ** 65})
