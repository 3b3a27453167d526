-- Tail calls inside a coroutine, yielding from a tail-called function.
local function produce(n) if n == 0 then return "end" end coroutine.yield(n) return produce(n - 1) end
local co = coroutine.wrap(produce)
print(co(3), co(), co(), co())
print(pcall(co))
