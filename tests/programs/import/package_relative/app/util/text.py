from .. import settings

def shout(s):
    return s.upper() + "!" + ("" if settings.NAME else "?")
