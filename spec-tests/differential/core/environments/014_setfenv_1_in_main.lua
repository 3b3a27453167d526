-- setfenv(1, ...) in the main chunk affects its later global accesses.
local _print, _G0 = print, _G
setfenv(1, {custom = "custom value"})
_print(custom, _G0.custom)
_print(_G0.type(custom), missing)
