# count/replace/find on non-ASCII text index by characters.
s = "naïve café, naïve résumé"
print(len(s), s.count("ï"), s.find("café"), s.rfind("naïve"), s.index("é"))
print(s.replace("naïve", "simple"), s.replace("é", "e", 2))
print(s.split(", "), s.partition("é"), s.startswith("naï"), s.endswith("sumé"))
print(s[6:10], s[-6:], "".join(c for c in s if ord(c) > 127))
