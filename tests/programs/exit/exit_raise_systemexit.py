# raise SystemExit(n) is the same as sys.exit(n).
print("raising SystemExit")
raise SystemExit(4)
