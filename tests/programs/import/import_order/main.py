# Module bodies run in import order, each exactly once.
import first
import second
import first
print("main done", first.ORDER, second.ORDER)
