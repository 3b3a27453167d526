-- Missing 'end': the error is reported at <eof> and names the opening line.
print("never")
local function f()
  if true then
    return 1
end
