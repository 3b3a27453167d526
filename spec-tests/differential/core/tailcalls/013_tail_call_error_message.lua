-- Errors in a tail call keep the callee's line information.
local function bad(t) return t.x.y end
local function tail(t) return bad(t) end
print(pcall(tail, {}))
print(pcall(tail, {x = {y = "found"}}))
