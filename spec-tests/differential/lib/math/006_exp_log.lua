-- math.exp, math.log, math.log10 with %.14g output
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(710), math.exp(-1000))
print(math.log(1), math.log(math.exp(2)), math.log(0), math.log(10))
print(math.log10(1000), math.log10(0.001), math.log10(0), math.log10(2))
print(string.format("%.17g %.17g", math.exp(1), math.log(2)))
local n = math.log(-1)
print(n ~= n)
print(pcall(function() return math.log() end))
print(pcall(function() return math.log(8, 2) end))
