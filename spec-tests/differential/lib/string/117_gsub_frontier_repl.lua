-- gsub with frontier patterns to replace whole words only
local s = "cat concat cat's category cat"
print((s:gsub("%f[%a]cat%f[%A]", "dog")))
print((s:gsub("%f[%w]%w+", function(w) return #w end)))
print(("THE END"):gsub("%f[%u]", "^"))
print(("aXbXc"):gsub("%f[X]", "|"))
