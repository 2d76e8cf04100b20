def describe():
    return "lib describes itself as " + __name__

if __name__ == "__main__":
    print("lib was run directly")
else:
    print("lib imported")
