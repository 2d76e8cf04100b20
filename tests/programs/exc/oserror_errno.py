# OSError carries errno; subclass-free checks that agree everywhere.
e = OSError(2, "No such file")
print(e.args, e.errno)
try:
    raise OSError(13, "denied")
except OSError as err:
    print(err.errno, err.args[1])
print(isinstance(OSError(), Exception))
