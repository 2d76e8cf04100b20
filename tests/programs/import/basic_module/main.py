# import runs a module once and binds its name.
print("main start")
import helper
import helper
print(helper.GREETING, helper.square(7), helper.counter)
helper.bump()
helper.bump()
print(helper.counter)
print(helper.__name__)
