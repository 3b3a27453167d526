-- error: uncaught nil error value (lua5.1 reports nothing on stderr, exit status 1)
print(pcall(error, nil))
print(pcall(error))
local function raise()
  error(nil)
end
raise()
