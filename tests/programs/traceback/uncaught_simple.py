# micropython-specific: uncaught exception traceback format on stderr
print("before")
raise ValueError("bad value")
