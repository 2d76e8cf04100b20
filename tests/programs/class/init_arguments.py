# __init__ with defaults, *args, **kwargs, and errors for bad calls.
class Config:
    def __init__(self, name, *paths, debug=False, **options):
        self.name = name
        self.paths = paths
        self.debug = debug
        self.options = options
    def __repr__(self):
        return "Config(%r, %r, debug=%r, %r)" % (self.name, self.paths, self.debug, sorted(self.options.items()))
print(Config("a"))
print(Config("b", "/x", "/y", debug=True, level=3, mode="fast"))
try:
    Config()
except TypeError:
    print("TypeError")
