-- x ^ y and math.pow over special values: the sign of NaN results follows C's pow
local n=0/0
local m=-n
local function s(x) return tostring(x) end
print(s(n),s(m))
print(s(n^1),s(m^1),s(n^2),s(m^2),s(n^0.5),s(m^0.5),s(n^-1),s(m^-1),s(n^3),s(m^3))
print(s(2^n),s(2^m),s(0.5^n),s((-2)^n),s((-2)^m),s(n^n),s(m^m),s(n^m),s(m^n))
print(s((-2)^0.5), s(0^n), s(n^0), s(1^n), s((-1)^n))
print(s(math.pow(n,1)), s(math.sqrt(n)), s(math.sqrt(-1)), s(math.fmod(n,1)), s(n%2), s(m%2))
local t={}
for _,a in ipairs{-math.huge,-2,-1,-0.5,-0,0,0.5,1,2,math.huge,0/0,-(0/0)} do
 for _,b in ipairs{-math.huge,-3,-2,-1,-0.5,-0,0,0.5,1,2,3,math.huge,0/0,-(0/0)} do
  t[#t+1]=tostring(a^b) end end
print(table.concat(t," "))
for _,a in ipairs{-2,0/0,-(0/0)} do for _,b in ipairs{1,2,0.5,0/0} do io.write(tostring(math.pow(a,b))," ") end end print()
