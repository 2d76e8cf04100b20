def f(): return "sub.f"
