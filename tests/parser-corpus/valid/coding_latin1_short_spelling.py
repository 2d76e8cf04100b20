# coding=latin1
x = "é"  # the short spelling of the cookie
