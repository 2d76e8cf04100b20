# Import statement forms.
import os
import os.path
import os.path as osp
import a, b.c, d as e, f.g.h as i
from os import path
from os import path as p, sep
from os import (path, sep,)
from os import (
    path as p,
    sep,
)
from . import a
from .. import b
from ... import c
from .... import d
from .mod import e
from ..pkg.mod import f as g
from . mod import h
from .  .  . mod import i
from ...... import j
from os import *
from . import *
from .mod import *
from __future__ import annotations
import ﬁle
import a.b.c.d.e.f.g
def inner(): import x; from y import z
