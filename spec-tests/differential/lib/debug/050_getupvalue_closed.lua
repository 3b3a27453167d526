-- getupvalue on a closure whose creating scope has ended (closed upvalue)
local function make()
  local secret = "hidden value"
  local count = 0
  return function() count = count + 1 return secret, count end
end
local f = make()
f()
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
debug.setupvalue(f, 2, "replaced")
print(f())
