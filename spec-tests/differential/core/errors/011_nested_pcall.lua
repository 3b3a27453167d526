-- Errors are caught by the innermost pcall.
local function f()
  local ok, e = pcall(error, "inner", 0)
  print("inner caught:", ok, e)
  error("outer", 0)
end
print(pcall(f))
