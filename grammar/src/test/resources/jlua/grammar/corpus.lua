-- Fills in lua5.1's verdict for each chunk of a corpus file (see syntax-errors.txt).
-- usage: lua5.1 corpus.lua < file > file.new
-- Each 'chunk:' line is followed by an 'error:' line with loadstring's message, or 'error: OK'.
-- Escapes in both: \\ \n \r \t and \ddd (three decimal digits).
local function decode(s)
  local out, i = {}, 1
  while i <= #s do
    local c = s:sub(i, i)
    if c ~= "\\" then
      out[#out + 1], i = c, i + 1
    elseif s:match("^%d%d%d", i + 1) then
      out[#out + 1], i = string.char(tonumber(s:sub(i + 1, i + 3))), i + 4
    else
      local e = s:sub(i + 1, i + 1)
      out[#out + 1] = ({n = "\n", r = "\r", t = "\t"})[e] or e
      i = i + 2
    end
  end
  return table.concat(out)
end
local function encode(s)
  return (s:gsub("[%c\\\128-\255]", function(c)
    if c == "\n" then return "\\n" elseif c == "\r" then return "\\r"
    elseif c == "\t" then return "\\t" elseif c == "\\" then return "\\\\" end
    return string.format("\\%03d", c:byte())
  end))
end
for line in io.lines() do
  local chunk = line:match("^chunk: (.*)$")
  if chunk then
    io.write(line, "\n")
    local f, err = loadstring(decode(chunk), "=input")
    io.write("error: ", f and "OK" or encode(err), "\n")
  elseif not line:match("^error: ") then
    io.write(line, "\n")
  end
end
