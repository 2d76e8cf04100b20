#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-1 :
# The cookie may be on line 2 after a shebang.
t = "äöüß"
µ = 1
