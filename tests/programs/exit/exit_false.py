# sys.exit(False) is a status like 0: nothing printed
import sys
print("false means 0")
sys.exit(False)
