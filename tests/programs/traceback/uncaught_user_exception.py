# micropython-specific: user exception class in an uncaught traceback
class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError("missing key: " + name)
try:
    load("a")
except ConfigError as e:
    print("handled", e)
load("b")
