-- Functions defined in a custom environment see definitions made there.
local env = setmetatable({}, {__index = _G})
local chunk = loadstring([[
  function helper() return "helper" end
  function api() return helper() .. " via api" end
]])
setfenv(chunk, env)
chunk()
print(env.api(), rawget(_G, "api"), rawget(_G, "helper"))
