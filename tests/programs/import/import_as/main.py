# import ... as and from ... import ... as.
import tools as t
from tools import double as dbl, PI_ISH as approx
print(t.double(4), dbl(5), approx, t.PI_ISH == approx)
print(t.__name__)
