# Relative imports inside a package and a subpackage.
from app import run
print(run())
import app.util.text
print(app.util.text.shout("relative"))
