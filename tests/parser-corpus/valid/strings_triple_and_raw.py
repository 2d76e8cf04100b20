# Triple-quoted and raw strings with embedded quotes, newlines and backslashes.
a = """He said "hi" and 'bye'"""
b = '''It's "fine"'''
c = """ends with quote\""""
d = '''ends with quote\''''
e = """contains "" two quotes"""
f = """line1
line2
    indented line3
"""
g = r"raw \d \n \\ \" quote"
h = r'raw \' quote'
i = r"""raw triple \""" still inside"""
j = """backslash at end of line \
continues"""
k = """\
starts after continuation"""
l = "'" + '"' + """'""" + '''"'''
m = """"""
n = ''''''
o = """a""" """b"""
p = R"\N{not parsed}"
q = rb"""raw bytes \x00 """
r = """tab	and	tabs"""
s = """trailing spaces   
kept"""
t = """\r\n escapes in triple"""
u = """ unicode é € 😀 """
v = f"""{a}
{b!r}
{c:>10}"""
