-- string.format with infinities in every floating conversion
local f = string.format
local inf = math.huge
print(f("%f %e %g %E %G", inf, inf, inf, inf, inf))
print(f("%f %e %g", -inf, -inf, -inf))
print(f("[%10f] [%-10g] [%+f] [% e]", inf, inf, inf, inf))
print(f("%d", 0) )
print(f("%s %s", inf, -inf))
