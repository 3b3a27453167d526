-- os.remove: success returns true; failures return nil, message, errno
local name = os.tmpname()
print(os.remove(name))
local ok, msg, code = os.remove(name)
print(ok, (msg:gsub(name:gsub("%p", "%%%0"), "<tmp>")), code)
print(os.remove("/nonexistent_dir_jlua/file"))
print(pcall(function() return os.remove() end))
