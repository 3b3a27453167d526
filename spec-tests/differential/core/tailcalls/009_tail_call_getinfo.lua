-- After a tail call the caller's frame is gone: the level-2 function is the tail caller's caller.
local function where() local info = debug.getinfo(2, "Sl") return info.currentline end
local function tailer() return where() end
local function normal() local r = where() return r end
print(tailer(), normal())
