-- Conditions use truthiness of any value.
local function t(v) if v then return "T" else return "F" end end
print(t(nil), t(false), t(0), t(""), t({}), t(t))
local function pick(v) if not v then return "falsy" end return "truthy" end
print(pick(nil), pick(false), pick(0))
