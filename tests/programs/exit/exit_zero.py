# sys.exit(0) stops the program successfully.
import sys
print("start")
for i in range(5):
    if i == 2:
        sys.exit(0)
    print(i)
