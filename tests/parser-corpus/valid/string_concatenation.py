# Implicit concatenation mixing str, raw, unicode-prefixed and f-strings.
a = "a" 'b' """c""" '''d'''
b = "plain" f"{x}" r"\raw" u"unicode" R"RAW" U"UNI"
c = (
    "line one "
    f"line {two} "
    'line three'
    rf"\{four}"
    "  "
)
d = f"{a}" "b" f"{c}"
e = "" "" "" f""
f = b"a" b'b' rb"\c" Rb"\d" bR'\e' BR"f" br'g'
g = "tab\t" r"tab\t"
h = u"" "x"
i = "x" u""
j = f"{'a'}" 'b' f'{"c"}'
k = ("abc"
     # a comment inside the concatenation
     "def"

     "ghi")
l = "a\
b" "c"
m = """multi
line""" "single" '''another
multi'''
n = f"a{1}" f"b{2}" f"c{3}" "d" f"e{4}" "f"
o = "x" f"{y!r}" "z" f"{w:>{width}}"
