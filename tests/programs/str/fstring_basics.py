# f-strings: expressions, conversions, format specs, nesting.
name = "World"
n = 42
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2:>6}", f"{name!r}", f"{name!s:^9}|")
print(f"{items[1]} {len(items)} {d['k']} {items}", f"{{literal}} {n}")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}]", f"[{name:>{w}}]", f"[{n:0{5}d}]")
print(f"{n:#x} {n:b} {n:,} {-n:+d} {n:08.2f}")
print(f"{(lambda x: x * 2)(4)}", f"{n if n > 40 else 0}")
print(f"a" f"b{n}" "c")
x = 3
print(f"{x}{x}{x}", f"{x}" * 2)
print(f"{'quoted'}", f'{"dq"}', f"{name.upper()}", f"{', '.join(['a', 'b'])}")
