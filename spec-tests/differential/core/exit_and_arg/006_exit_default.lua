-- os.exit() defaults to EXIT_SUCCESS (0).
print(type(os.exit))
print("default exit")
os.exit()
error("not reached")
