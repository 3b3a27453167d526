-- upper/lower keep non-letters and work on long strings
local s = string.rep("aZ09_\t", 1000)
print(#s:upper(), s:upper():sub(1, 6), s:lower():sub(1, 6))
print(("ÄÖÜ"):lower() == "ÄÖÜ", ("äöü"):upper() == "äöü")
print(("MiXeD 123 CaSe"):upper(), ("MiXeD 123 CaSe"):lower())
print(("@[`{"):upper(), ("@[`{"):lower())
