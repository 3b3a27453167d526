-- string.format: invalid conversion options
local f = string.format
for _, opt in ipairs({"%y", "%a", "%b", "%n", "%p", "%l", "%z", "%A", "%F", "%hd", "%ld", "%*d"}) do
  print(opt, pcall(f, opt, 1))
end
