-- load: a reader may split tokens, strings and long comments across pieces
local pieces = {"ret", "urn '", "hel", "lo' ..", " [[wor", "ld]] --[[ com", "ment ]] .. '!'"}
local i = 0
local f = assert(load(function() i = i + 1; return pieces[i] end))
print(f())
local chars = "local s = 0 for i = 1, 10 do s = s + i end return s"
local pos = 0
f = assert(load(function() pos = pos + 1; if pos <= #chars then return chars:sub(pos, pos) end end))
print(f())
