import a as class
