-- arg[0] is the script path exactly as given on the command line.
print(arg[0])
print(type(arg))
print(arg[0]:match("[^/]+$"))
print(#arg)
