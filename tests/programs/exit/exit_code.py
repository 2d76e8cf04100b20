# sys.exit with an integer sets the exit status.
import sys
print("before exit")
sys.exit(3)
print("after exit")
