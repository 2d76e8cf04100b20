# Exceptions raised inside generators reach the consumer.
def gen():
    yield 1
    raise ValueError("from gen")
    yield 2
out = []
try:
    for v in gen():
        out.append(v)
except ValueError as e:
    print("caught", e, out)
def safe(it):
    try:
        yield from it
    except ValueError:
        yield "recovered"
print(list(safe(gen())))
