-- functions added after 5.1 are absent in 5.1
print(rawlen, table.unpack, table.pack, bit32, utf8)
print(string.pack, math.tointeger, math.type, table.move, coroutine.isyieldable)
print(load ~= nil, loadstring ~= nil, unpack ~= nil, setfenv ~= nil, module ~= nil)
print(math.log10 ~= nil, math.pow ~= nil, math.ldexp ~= nil, table.getn ~= nil, string.gfind ~= nil)
print(package.searchers, package.loaders ~= nil, package.searchpath)
