-- Lua 5.1 refuses a nested [[ inside a level-0 long string (deprecated nesting).
print(loadstring("x = [[ a [[ b ]] c ]]"))
print(loadstring("--[[ a [[ b ]]"))
print(loadstring("x = [=[ a [[ b ]] c ]=]") ~= nil)
print(loadstring("x = [==[ a [[ b ]==]") ~= nil)
