-- Errors in loadstring chunks use [string "..."] positions.
local f = loadstring("local x = nil\nreturn x.field", "=mychunk")
print(pcall(f))
local g = loadstring("error('boom')")
print(pcall(g))
local h = loadstring("error('boom')", "@virtual.lua")
print(pcall(h))
