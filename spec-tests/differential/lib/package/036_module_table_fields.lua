-- the fields module() puts into the module table
local G = _G
module("fields.demo")
local keys = {}
for k in G.pairs(_M) do keys[#keys + 1] = k end
G.table.sort(keys)
G.print(G.table.concat(keys, " "))
G.print(_M._M == _M, _NAME, _PACKAGE)
