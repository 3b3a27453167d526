-- traceback entries for functions defined in loadstring chunks with various names
local f1 = loadstring("local function g() return debug.traceback('t') end return g()", "=named")
print(f1())
local f2 = loadstring("return debug.traceback('t2')")
print(f2())
local f3 = loadstring("function glob() return debug.traceback('t3') end local r = glob() return r", "@file.lua")
print(f3())
