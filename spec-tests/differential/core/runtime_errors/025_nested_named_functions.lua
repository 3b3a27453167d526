-- A multi-level traceback through global and local named functions.
local function level3(x) return x.missing.field end
local function level2(x) return level3(x) + 1 end
function level1(x) local r = level2(x) return r end
level1({})
