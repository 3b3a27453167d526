-- assert: message may be a number; extra values beyond the message are ignored on failure
print(pcall(assert, false, 1, 2))
print(pcall(function() return assert(false, "m", "extra") end))
print(pcall(function() return assert(nil, nil) end))
print(assert(1 == 1, "never"))
