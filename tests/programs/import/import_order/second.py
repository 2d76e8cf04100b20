print("second body, importing first")
import first
ORDER = first.ORDER + 1
