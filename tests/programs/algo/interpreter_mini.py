# A tiny stack-based interpreter with a while loop construct.
PROGRAM = """
push 10
store n
push 1
store acc
label loop
load n
jz end
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp loop
label end
load acc
print
"""
def run(src):
    code = [l.split() for l in src.strip().split("\n")]
    labels = {c[1]: i for i, c in enumerate(code) if c[0] == "label"}
    stack, env, pc = [], {}, 0
    while pc < len(code):
        op, *arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(int(arg[0]))
        elif op == "store":
            env[arg[0]] = stack.pop()
        elif op == "load":
            stack.append(env[arg[0]])
        elif op in ("mul", "sub"):
            b, a = stack.pop(), stack.pop()
            stack.append(a * b if op == "mul" else a - b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg[0]]
        elif op == "jmp":
            pc = labels[arg[0]]
        elif op == "print":
            print(stack.pop())
run(PROGRAM)
run(PROGRAM.replace("push 10", "push 30"))
