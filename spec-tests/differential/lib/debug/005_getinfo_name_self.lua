-- debug.getinfo(1, "n") inside a function reports how it was called
local function who() local i = debug.getinfo(1, "n") return tostring(i.name) .. ":" .. tostring(i.namewhat) end
function G() return who() end
local t = {f = who}
print(who())
print(t.f())
print(t:f())
local alias = who
print(alias())
print((who)())
print(select(2, pcall(who)))
