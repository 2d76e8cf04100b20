# Command-line arguments after the script name.
import sys
print(sys.argv[1:], len(sys.argv))
print(sys.argv[0].endswith("sys_argv.py"))
total = sum(int(a) for a in sys.argv[1:] if a.isdigit())
print(total)
