# match: literal patterns (incl. negative and complex numbers), value patterns.
match command:
    case 0:
        pass
    case -1:
        pass
    case 1.5 | -2.5e3:
        pass
    case 3j | -4j | 1 + 2j | -1 - 2j | 1.5 - 0.5j | -0 + 0j:
        pass
    case 0x1F | 0o17 | 0b1010 | 1_000:
        pass
    case "text" | 'single' | b"bytes" | r"raw\d" | "implicit" "concat":
        pass
    case None | True | False:
        pass
    case Color.RED | pkg.mod.Enum.VALUE:
        pass
    case math.pi:
        pass
    case _:
        pass

match x:
    case -0.0:
        pass
    case 10000000000000000000000000000000000:
        pass
    case 1e400 | -1e400j:
        pass
