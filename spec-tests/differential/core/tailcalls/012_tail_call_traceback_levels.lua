-- Mixed normal and tail calls in an uncaught error traceback.
local function fail() error("oops") end
local function tailer() return fail() end
local function normal() tailer() return 1 end
function globalcaller() local x = normal() return x end
globalcaller()
