# Iterating over strings and comparing characters.
def is_palindrome(s):
    s = "".join(c for c in s.lower() if c.isalpha())
    return s == "".join(reversed(s))

for p in ("A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw", ""):
    print(repr(p), is_palindrome(p))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)
print([i for i, c in enumerate("banana") if c == "a"])
