# A package __init__ that re-exports names from its submodules.
import geo
print(geo.distance2((0, 0), (3, 4)), geo.ORIGIN)
from geo import distance2
print(distance2((1, 1), (2, 2)))
