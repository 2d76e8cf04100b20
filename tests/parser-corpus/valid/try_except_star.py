# try statements: except, except*, else, finally in all legal combinations.
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
else:
    pass
finally:
    pass
try:
    pass
except*ValueError:
    pass
try:
    pass
except *ValueError as e:
    pass
try:
    pass
except (A):
    pass
except A.B.C as e:
    pass
except f()[0]:
    pass
except A if x else B:
    pass
try: pass
except: pass
else: pass
finally: pass
try:
    try:
        raise
    except* E:
        raise X from None
    finally:
        raise Y from e
except* (E,):
    pass
