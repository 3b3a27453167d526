-- malformed patterns: exact 5.1 messages
local pats = {"%", "[a", "[", "[^", "(", "(()", ")", "%b", "%f", "%fx", "a)", "[%", "[a-%"}
for _, p in ipairs(pats) do
  print(string.format("%-6s", p), pcall(string.match, "abc", p))
end
