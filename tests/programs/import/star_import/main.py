# from module import * skips names starting with an underscore.
from shapes import *
print(area_square(3), Circle(2).diameter(), UNIT)
try:
    _private_helper()
except NameError:
    print("private name not imported")
