-- Constructors: expansion only for the last positional item.
local function f() return 1, 2 end
print(#{f()}, #{f(), f()}, #{f(), f(), 10}, #{(f())})
local function none() end
print(#{none()}, #{none(), 1}, #{1, none()})
