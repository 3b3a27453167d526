-- A first script: closures, coroutines and string building, run with ./jlua examples/hello.lua
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end

local next_id = counter()
local producer = coroutine.wrap(function()
  for _, word in ipairs({"jlua", "runs", "Lua", "5.1"}) do coroutine.yield(word) end
end)

local words = {}
for word in producer do words[#words + 1] = next_id() .. ":" .. word end
print(table and table.concat and table.concat(words, " ") or unpack(words))
print(_VERSION)
