# Packages: __init__ runs first; submodules by dotted name.
import pkg
print(pkg.PKG_NAME)
import pkg.sub
print(pkg.sub.sub_value())
import pkg.sub as z
print(z.sub_value(), z is pkg.sub)
from pkg import sub
print(sub is z)
from pkg.sub import sub_value as sv
print(sv())
