match x:
    case a if :
        pass
