# match, case, _ and type are soft keywords: as names they are ordinary identifiers.
match = 1
case = 2
_ = 3
type = 4
match.foo = 1
case.y = 2
match(x)
match[1]
match[1:2] = 3
match = match + case
print(match, case, _)
match.case.match = case.match
match, case = case, match
match: int = 5
case: str
def match(case, match=1, *_, **type): return case
class case: match = 1
import match
import case as match
from match import case
for match in case: pass
match -x
match * 2
match(*args)
match (a, b)
match ([1, 2])
match = lambda case: case
x = [match for case in match if case]
_.x = 1
_[0] = 1
lambda _: _
match match:
    case case:
        pass
match case:
    case match:
        pass
match _:
    case _:
        pass
match (match):
    case [match, case]:
        pass
match = {match: case for case in match}
type.type = type(type)
async def f(match, case):
    await match
    return case
