# eval/exec/compile raise NotImplementedError naming the missing bytecode VM;
# uncaught, it ends the program with status 1 and a traceback.
try:
    eval("1+1")
except NotImplementedError as e:
    print("eval:", e)
try:
    exec("x = 1")
except NotImplementedError as e:
    print("exec:", e)
try:
    compile("1", "f", "eval")
except NotImplementedError as e:
    print("compile:", e)
exec("y = 2")
