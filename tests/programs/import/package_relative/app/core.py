from . import settings
from .util.text import shout

def run():
    return shout(settings.NAME)
