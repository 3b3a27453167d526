-- A state machine written with tail calls.
local s1, s2, s3
local steps = 0
function s1(n) steps = steps + 1 if n <= 0 then return "done in s1" end return s2(n - 1) end
function s2(n) steps = steps + 1 return s3(n - 1) end
function s3(n) steps = steps + 1 if n <= 0 then return "done in s3" end return s1(n - 1) end
print(s1(299999), steps)
