-- io.open with an invalid mode string: fopen fails with EINVAL in 5.1
local name = os.tmpname()
local f, msg, code = io.open(name, "x")
print(f, (msg:gsub(name:gsub("%p", "%%%0"), "<tmp>")), code)
f, msg, code = io.open(name, "")
print(f, (msg:gsub(name:gsub("%p", "%%%0"), "<tmp>")), code)
os.remove(name)
