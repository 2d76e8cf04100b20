# __name__ is "__main__" only in the script that was run.
import lib
print("main __name__:", __name__)
print("lib __name__:", lib.__name__, lib.describe())
if __name__ == "__main__":
    print("running as main")
