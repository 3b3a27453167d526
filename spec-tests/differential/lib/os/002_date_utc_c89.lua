-- os.date with "!" and every C89 strftime conversion on fixed times
local fmt = "%a|%A|%b|%B|%c|%d|%H|%I|%j|%m|%M|%p|%S|%U|%w|%W|%x|%X|%y|%Y|%%"
for _, t in ipairs({0, 1234567890, 951782400, 1700000000, 86399, 4102444799}) do
  print(t, os.date("!" .. fmt, t))
end
