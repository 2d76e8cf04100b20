# A hand-written tokenizer and recursive-descent expression evaluator.
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(int(s[i:j])); i = j
        elif c in "+-*/()":
            toks.append(c); i += 1
        else:
            raise ValueError("bad char " + c)
    return toks
def parse(toks):
    pos = [0]
    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None
    def take():
        pos[0] += 1
        return toks[pos[0] - 1]
    def atom():
        t = take()
        if t == "(":
            v = expr(); take(); return v
        if t == "-":
            return -atom()
        return t
    def term():
        v = atom()
        while peek() in ("*", "/"):
            v = v * atom() if take() == "*" else v // atom()
        return v
    def expr():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take() == "+" else v - term()
        return v
    return expr()
for e in ("1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -3", "2 * (3 + (4 - 1)) * 5", "99999999999 * 99999999999"):
    print(e, "=", parse(tokenize(e)))
try:
    tokenize("1 + x")
except ValueError as err:
    print(err)
