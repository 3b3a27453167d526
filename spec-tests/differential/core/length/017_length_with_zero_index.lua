-- Index 0 is not part of the sequence.
local t = {[0] = "zero", "one", "two"}
print(#t, t[0], t[1])
t[3] = "three"
print(#t)
t[0] = nil
print(#t)
