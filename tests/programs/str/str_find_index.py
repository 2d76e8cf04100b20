# find/rfind/index/rindex/count with start and end.
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.find("dog"), s.find(""))
print(s.rfind("at"), s.rfind("at", 0, 10), s.rfind("the"), s.rfind("x"))
print(s.index("sat"), s.rindex("the"), s.index("t", 5))
print(s.count("at"), s.count("t"), s.count(""), s.count("at", 10), "aaaa".count("aa"))
for f in (s.index, s.rindex):
    try:
        f("dog")
    except ValueError:
        print("ValueError")
print(s.find("the", -5), s.find("mat", -3))
