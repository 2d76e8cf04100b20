# match: sequence patterns with star, or-patterns, as-patterns, groups, guards.
match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case x, y:
        pass
    case x, *rest:
        pass
    case *first, last:
        pass
    case [first, *_, last]:
        pass
    case (1 | 2 | 3) as small:
        pass
    case [1, 2] | [3, 4] | (5, 6) as pair:
        pass
    case [(a, b) as inner, *others] if a > b:
        pass
    case [Point(x=0) as origin, *_] if (cond := check(origin)):
        pass
    case ((((x)))):
        pass
    case (a | b) | (c | d):
        pass
    case [_, _, *_]:
        pass
    case x if x:
        pass
    case str() as s if len(s) > 3 if False else True:
        pass
    case [*_]:
        pass
    case _:
        pass

match a, b:
    case 1, 2:
        pass

match *a, b:
    case _:
        pass

match (x):
    case y:
        pass

match {1: 2}:
    case {1: x} as whole:
        pass

match -x:
    case -1:
        pass

match x,:
    case _:
        pass
