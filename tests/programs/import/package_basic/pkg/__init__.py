print("pkg __init__ runs")
PKG_NAME = "pkg"
