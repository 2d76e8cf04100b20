print("helper module body runs")
GREETING = "hello from helper"
counter = 0

def square(x):
    return x * x

def bump():
    global counter
    counter += 1
