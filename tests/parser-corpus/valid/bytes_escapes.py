# Bytes literals with every escape sequence (and invalid escapes kept as-is).
a = b"\\ \' \" \a \b \f \n \r \t \v"
b = b"\0 \7 \12 \123 \377 \400 \777"
c = b"\x00\x7f\x80\xff\xAb\xcD"
d = b"\
line continuation inside bytes"
e = b"\d \N{DASH} \u1234 \U00012345 \q \8 \9"
f = b'''\'''\''' \n'''
g = rb"\x00 \n \\"
h = br'\''
i = b""
j = b"\x20\x21" b"!" b"\101\102\103"
k = b" !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"
l = b"\1\01\001\0011"
m = b"\18\19"
