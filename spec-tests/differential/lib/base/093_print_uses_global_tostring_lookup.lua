-- print looks tostring up in the globals at every call (nil tostring is an error)
local saved = tostring
tostring = nil
local ok, e = pcall(print, 1)
tostring = saved
print(ok, e)
