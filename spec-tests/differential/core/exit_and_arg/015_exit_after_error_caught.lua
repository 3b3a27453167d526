-- A caught error followed by os.exit(2).
local ok, e = pcall(error, "x")
print(ok, e)
os.exit(2)
print("not reached")
