-- Names are case sensitive; keywords are reserved only in their exact case.
local And, AND, _and, _ = 1, 2, 3, 4
print(And, AND, _and, _)
local t = {}
t["end"] = "end-key"
t.End = "End-key"
print(t["end"], t.End)
print(loadstring("local end = 1"))
print(loadstring("local nil = 1"))
