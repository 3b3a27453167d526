-- A typical 50-line script for start-up measurements: config parsing, tables, strings, output.
local config_text = [[
name = web
port = 8080
workers = 4
log = /var/log/web.log
debug = false
]]

local function parse(text)
  local config = {}
  for line in text:gmatch("[^\n]+") do
    local key, value = line:match("^%s*(%w+)%s*=%s*(.-)%s*$")
    if key then
      if value == "true" or value == "false" then
        config[key] = value == "true"
      elseif tonumber(value) then
        config[key] = tonumber(value)
      else
        config[key] = value
      end
    end
  end
  return config
end

local function validate(config)
  local problems = {}
  if type(config.port) ~= "number" or config.port < 1 then
    problems[#problems + 1] = "bad port"
  end
  if (config.workers or 0) < 1 then
    problems[#problems + 1] = "need workers"
  end
  return #problems == 0, problems
end

local config = parse(config_text)
local ok, problems = validate(config)
local keys = {}
for k in pairs(config) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do
  io.write(string.format("%-8s %s\n", k, tostring(config[k])))
end
if not ok then
  io.stderr:write(table.concat(problems, ", "), "\n")
  os.exit(1)
end
print(("%s ready on port %d with %d workers"):format(config.name, config.port, config.workers))
