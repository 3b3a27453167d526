-- module() changes the environment of the function that calls it, not of the main chunk
local function define()
  module("fenvmod")
  x = "inside module"
end
define()
print(fenvmod.x, x)
print(getfenv(define) == fenvmod, getfenv(1) == _G)
