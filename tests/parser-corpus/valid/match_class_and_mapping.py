# match: class patterns with positional and keyword sub-patterns, mapping patterns with **rest.
match event:
    case Click(position=(x, y), button=Button.LEFT):
        pass
    case KeyPress(key_name="Q") | Quit():
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case pkg.Point(x, y=_):
        pass
    case int() | str() | bytes(b):
        pass
    case Point(x=[1, *rest], y={"k": v}):
        pass
    case Trailing(a, b,):
        pass
    case Keywords(a=1, b=2,):
        pass
    case {"action": "move", "x": x, "y": y}:
        pass
    case {"action": "stop", **rest}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {1: _, -2: [*_], 3j: None, "s": str(), Color.RED: c, b"b": _, None: n, True: t,}:
        pass
    case {0x10: 1, 1 + 2j: z, **kw,}:
        pass
    case {"nested": {"deep": [1, {"x": (a, b)}]}}:
        pass
