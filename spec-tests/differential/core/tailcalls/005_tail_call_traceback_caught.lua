-- debug.traceback inside a tail-called function.
local function inner() print(debug.traceback("here")) return 1 end
local function outer() return inner() end
print(outer())
local function norm() local s = debug.traceback("x", 1) return s end
print((norm():gsub("\n.*", "")))
