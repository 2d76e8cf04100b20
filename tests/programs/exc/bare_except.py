# A bare except catches everything, including BaseException subclasses.
for exc in (ValueError, KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        raise exc
    except:
        print("bare except caught", exc.__name__)
try:
    try:
        raise OSError("io")
    except:
        print("handling")
        raise
except OSError as e:
    print("re-raised", e.args)
