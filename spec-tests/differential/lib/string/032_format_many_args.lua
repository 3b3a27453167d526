-- string.format: many conversions in one call, extra arguments ignored
local f = string.format
print(f("%d %s %5.2f %x %q %c %e %g %%", 1, "two", 3.14159, 255, "q", 65, 1000, 0.5))
print(f("%s", "used", "ignored", "also"))
print(f("%d-%d-%d", 2024, 1, 31))
local parts = {}
for i = 1, 30 do parts[i] = "%d" end
print(f(table.concat(parts, ","), unpack({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30})))
