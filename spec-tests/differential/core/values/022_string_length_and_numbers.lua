-- The length operator on a number converted... is an error; on strings it counts bytes.
print(#"hello", #"", #"\0\0")
print(pcall(function() return #5 end))
print(pcall(function() local n = 5; return #n end))
print(#tostring(12.5), #("" .. 100))
