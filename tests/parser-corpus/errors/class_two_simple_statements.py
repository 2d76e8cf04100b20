class C: pass pass
