-- string.gsub: trimming, collapsing spaces, escaping magic characters
local function trim(s) return (s:gsub("^%s*(.-)%s*$", "%1")) end
print("[" .. trim("  padded text \t\n") .. "]", "[" .. trim("") .. "]", "[" .. trim("   ") .. "]")
print((("a   b    c"):gsub("%s+", " ")))
local function escape(s) return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
print(escape("1+1=2? (yes) [100%] a.b*c^d$e-f"))
print(("1.5+2.5"):find(escape("+2."), 1))
print((("CamelCaseName"):gsub("(%u)", function(c) return "_" .. c:lower() end)))
