here = "present.here"
