# Package submodules share state through the package.
import counter.inc
import counter.read
counter.inc.bump()
counter.inc.bump(5)
print(counter.read.value(), counter.total)
from counter import inc, read
inc.bump()
print(read.value())
