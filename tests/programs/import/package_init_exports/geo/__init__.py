from .points import distance2, ORIGIN
