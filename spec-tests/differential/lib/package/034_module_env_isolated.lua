-- code after module() writes globals into the module, not _G
local _G = _G
module("iso")
newfield = "in module"
_G.print(newfield, _G.newfield, _G.iso.newfield)
