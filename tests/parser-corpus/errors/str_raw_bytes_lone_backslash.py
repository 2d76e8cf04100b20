x = rb'\'
