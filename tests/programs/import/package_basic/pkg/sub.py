print("pkg.sub runs")

def sub_value():
    return "value from pkg.sub"
