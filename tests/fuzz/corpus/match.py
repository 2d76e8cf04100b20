match command.split():
    case [action]:
        pass
    case [action, obj, *rest] if obj:
        pass
    case Point(x=0, y=0) | Point(1, 2) as p:
        pass
    case {"x": -1.5, "y": 3+4j, **kw}:
        pass
    case Color.RED | None | True | "s" b"":
        pass
    case _:
        pass
