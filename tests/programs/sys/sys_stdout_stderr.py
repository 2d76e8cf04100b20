# sys.stdout.write and sys.stderr.write interleave with print.
import sys
print("line 1")
sys.stdout.write("line 2\n")
sys.stdout.write("part a, ")
sys.stdout.write("part b\n")
sys.stderr.write("to stderr\n")
print("error via print", file=sys.stderr)
print("line 3", file=sys.stdout)
