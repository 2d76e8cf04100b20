# SystemExit and KeyboardInterrupt are not caught by 'except Exception'.
import sys
try:
    try:
        sys.exit(3)
    except Exception:
        print("wrong: caught by Exception")
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit no args", e.args)
try:
    raise SystemExit("message")
except SystemExit as e:
    print(e.args)
