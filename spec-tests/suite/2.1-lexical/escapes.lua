-- §2.1 escape sequences, each checked the same ways: byte value, length, both quote kinds, inside text,
-- through loadstring, and as produced by %q
local S = require "spec"

local escapes = {
  { "escape-a", "a", 7 }, { "escape-b", "b", 8 }, { "escape-f", "f", 12 }, { "escape-n", "n", 10 },
  { "escape-r", "r", 13 }, { "escape-t", "t", 9 }, { "escape-v", "v", 11 }, { "escape-backslash", "\\", 92 },
  { "escape-quote", "\"", 34 }, { "escape-quote", "'", 39 },
}
for _, e in ipairs(escapes) do
  local tag, ch, byte = e[1], e[2], e[3]
  S.group(tag, function()
    local dq = loadstring('return "\\' .. ch .. '"')()
    local sq = loadstring("return '\\" .. ch .. "'")()
    S.eq(dq:byte(), byte, "\\" .. ch .. " in double quotes is byte " .. byte)
    S.eq(sq:byte(), byte, "\\" .. ch .. " in single quotes is byte " .. byte)
    S.eq(#dq, 1, "\\" .. ch .. " is one byte")
    S.eq(loadstring('return "x\\' .. ch .. 'y"')(), "x" .. string.char(byte) .. "y", "\\" .. ch .. " inside text")
    S.eq(loadstring('return "\\' .. ch .. '\\' .. ch .. '"')(), string.char(byte, byte), "\\" .. ch .. " twice")
    S.eq(loadstring('return "\\' .. byte .. '"')(), dq, "\\" .. ch .. " equals \\" .. byte)
  end)
end

S.group("escape-newline", function()
  S.eq(loadstring("return 'a\\\nb'")(), "a\nb", "backslash LF")
  S.eq(loadstring("return 'a\\\rb'")(), "a\nb", "backslash CR gives LF")
  S.eq(loadstring("return 'a\\\n\rb'")(), "a\nb", "backslash LF CR is one newline")
  S.eq(loadstring("return \"\\\n\\\n\"")(), "\n\n", "two escaped newlines")
  local f = loadstring("local s = 'a\\\nb'\nreturn debug.getinfo(1, 'l').currentline")
  S.eq(f(), 3, "an escaped newline counts as a line")
end)

S.group("escape-ddd", function()
  for _, v in ipairs({ 0, 1, 9, 10, 31, 48, 65, 97, 126, 127, 128, 200, 254, 255 }) do
    S.eq(loadstring("return '\\" .. v .. "'")(), string.char(v), "\\" .. v)
  end
  S.eq(loadstring("return '\\00065'")(), "\0" .. "65", "\\000 then 65")
  S.syntax("x = '\\9999'", "t:1: escape sequence too large near '''", "\\999 is too large")
  S.syntax("x = '\\300'", "t:1: escape sequence too large near '''", "\\300 is too large")
end)

S.group("escape-other", function()
  for _, c in ipairs({ "q", "x", "z", "e", "g", "u", "[", "]", "{", " " }) do
    S.eq(loadstring("return '\\" .. c .. "'")(), c, "\\" .. c .. " is just " .. c)
  end
end)

S.group("short string", function()
  S.eq(("a\0b"):len(), 3, "zero byte inside a literal")
  S.eq('it\'s', "it's", "escaped quote inside single quotes")
  S.eq("say \"hi\"", 'say "hi"', "escaped quotes inside double quotes")
  S.expr([[#"\z"]], 1, "\\z is one byte")
end)
S.done()
