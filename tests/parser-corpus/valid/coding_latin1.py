# -*- coding: latin-1 -*-
# PEP 263: this file is Latin-1; é in a comment is fine.
s = "café £ ÿ"
naïve = "À la carte"
f"{naïve}°"
