# Importing a module that does not exist raises ImportError.
try:
    import does_not_exist_anywhere
    print("imported?!")
except ImportError:
    print("ImportError for missing module")
try:
    from present import nothing_here
except ImportError:
    print("ImportError for missing name")
from present import here
print(here)
