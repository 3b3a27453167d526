-- == and ~= never raise errors for mixed types.
print(1 == "1", {} == 1, nil == false, print == "print", 1 ~= nil)
print(0 == -0, "" == "", "a" ~= "A")
local t = {}
print(t == t, t ~= {}, nil == nil, false ~= nil)
