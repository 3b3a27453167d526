-- os.date with "!" and common POSIX/C99 strftime conversions
local fmt = "%C|%D|%e|%F|%g|%G|%h|%n|%R|%r|%t|%T|%u|%V|%z|%Z"
for _, t in ipairs({0, 1234567890, 1104537600, 1230768000}) do
  print(t, os.date("!" .. fmt, t))
end
