# sys.exit() and sys.exit(None) mean success.
import sys
print("exiting with None")
sys.exit(None)
