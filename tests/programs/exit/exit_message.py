# sys.exit with a string exits with status 1.
import sys
print("about to fail")
sys.exit("fatal: bad configuration")
