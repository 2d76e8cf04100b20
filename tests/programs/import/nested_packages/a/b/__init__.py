NAME = "a.b"
