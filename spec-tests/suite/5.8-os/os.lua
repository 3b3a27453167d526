-- §5.8 operating system facilities. os.date conversions are checked on fixed times in UTC ("!"),
-- os.time round trips go through os.date("*t") so they hold in any time zone.
local S = require "spec"

local expected = {
  [1234567890] = { ["a"] = "Fri", ["A"] = "Friday", ["b"] = "Feb", ["B"] = "February", ["c"] = "Fri Feb 13 23:31:30 2009", ["d"] = "13", ["H"] = "23", ["I"] = "11", ["j"] = "044", ["m"] = "02", ["M"] = "31", ["p"] = "PM", ["S"] = "30", ["U"] = "06", ["w"] = "5", ["W"] = "06", ["x"] = "02/13/09", ["X"] = "23:31:30", ["y"] = "09", ["Y"] = "2009", ["Z"] = "GMT", ["%"] = "%", ["C"] = "20", ["D"] = "02/13/09", ["e"] = "13", ["F"] = "2009-02-13", ["g"] = "09", ["G"] = "2009", ["h"] = "Feb", ["n"] = "\n", ["r"] = "11:31:30 PM", ["R"] = "23:31", ["t"] = "	", ["T"] = "23:31:30", ["u"] = "5", ["V"] = "07", ["z"] = "+0000" },
  [0] = { ["a"] = "Thu", ["A"] = "Thursday", ["b"] = "Jan", ["B"] = "January", ["c"] = "Thu Jan  1 00:00:00 1970", ["d"] = "01", ["H"] = "00", ["I"] = "12", ["j"] = "001", ["m"] = "01", ["M"] = "00", ["p"] = "AM", ["S"] = "00", ["U"] = "00", ["w"] = "4", ["W"] = "00", ["x"] = "01/01/70", ["X"] = "00:00:00", ["y"] = "70", ["Y"] = "1970", ["Z"] = "GMT", ["%"] = "%", ["C"] = "19", ["D"] = "01/01/70", ["e"] = " 1", ["F"] = "1970-01-01", ["g"] = "70", ["G"] = "1970", ["h"] = "Jan", ["n"] = "\n", ["r"] = "12:00:00 AM", ["R"] = "00:00", ["t"] = "	", ["T"] = "00:00:00", ["u"] = "4", ["V"] = "01", ["z"] = "+0000" },
  [951782400] = { ["a"] = "Tue", ["A"] = "Tuesday", ["b"] = "Feb", ["B"] = "February", ["c"] = "Tue Feb 29 00:00:00 2000", ["d"] = "29", ["H"] = "00", ["I"] = "12", ["j"] = "060", ["m"] = "02", ["M"] = "00", ["p"] = "AM", ["S"] = "00", ["U"] = "09", ["w"] = "2", ["W"] = "09", ["x"] = "02/29/00", ["X"] = "00:00:00", ["y"] = "00", ["Y"] = "2000", ["Z"] = "GMT", ["%"] = "%", ["C"] = "20", ["D"] = "02/29/00", ["e"] = "29", ["F"] = "2000-02-29", ["g"] = "00", ["G"] = "2000", ["h"] = "Feb", ["n"] = "\n", ["r"] = "12:00:00 AM", ["R"] = "00:00", ["t"] = "	", ["T"] = "00:00:00", ["u"] = "2", ["V"] = "09", ["z"] = "+0000" },
  [1703980800] = { ["a"] = "Sun", ["A"] = "Sunday", ["b"] = "Dec", ["B"] = "December", ["c"] = "Sun Dec 31 00:00:00 2023", ["d"] = "31", ["H"] = "00", ["I"] = "12", ["j"] = "365", ["m"] = "12", ["M"] = "00", ["p"] = "AM", ["S"] = "00", ["U"] = "53", ["w"] = "0", ["W"] = "52", ["x"] = "12/31/23", ["X"] = "00:00:00", ["y"] = "23", ["Y"] = "2023", ["Z"] = "GMT", ["%"] = "%", ["C"] = "20", ["D"] = "12/31/23", ["e"] = "31", ["F"] = "2023-12-31", ["g"] = "23", ["G"] = "2023", ["h"] = "Dec", ["n"] = "\n", ["r"] = "12:00:00 AM", ["R"] = "00:00", ["t"] = "	", ["T"] = "00:00:00", ["u"] = "7", ["V"] = "52", ["z"] = "+0000" },
}
local order = {"a","A","b","B","c","d","H","I","j","m","M","p","S","U","w","W","x","X","y","Y","Z","%","C","D","e","F","g","G","h","n","r","R","t","T","u","V","z"}
local c89 = {}
for c in ("aAbBcdHIjmMpSUwWxXyYZ%"):gmatch(".") do c89[c] = true end

S.group("os.date", function()
  for _, t in ipairs({1234567890, 0, 951782400, 1703980800}) do
    for _, c in ipairs(order) do
      S.eq(os.date("!%" .. c, t), expected[t][c], "!%" .. c .. " at " .. t .. (c89[c] and "" or " (C99)"))
    end
  end
end)

S.group("os.date", function()
  local d = os.date("!*t", 1234567890)
  S.eq(d.year, 2009, "*t year") S.eq(d.month, 2, "*t month") S.eq(d.day, 13, "*t day") S.eq(d.hour, 23, "*t hour")
  S.eq(d.min, 31, "*t min") S.eq(d.sec, 30, "*t sec") S.eq(d.wday, 6, "*t wday (Sunday is 1)") S.eq(d.yday, 44, "*t yday")
  S.eq(d.isdst, false, "*t isdst is a boolean")
  local z = os.date("!*t", 0)
  S.eq(z.year .. "-" .. z.month .. "-" .. z.day .. " " .. z.wday .. " " .. z.yday, "1970-1-1 5 1", "epoch fields")
  S.eq(os.date("!%Y-%m-%d %H:%M:%S", 1234567890.9), "2009-02-13 23:31:30", "fractional time truncated")
  S.eq(os.date("!%H", -3600), "23", "negative time before the epoch")
  S.eq(os.date("!", 0), "", "'!' alone gives an empty string")
  S.eq(os.date("", 0), "", "empty format")
  S.eq(os.date("!literal text", 0), "literal text", "text without conversions")
  S.eq(os.date("!%d%%%m", 0), "01%01", "%% between conversions")
  S.eq(type(os.date()), "string", "no arguments: current date as %c")
  S.eq(os.date("!%c", 86400 * 365), "Fri Jan  1 00:00:00 1971", "%c pads the day with a space")
  local long = os.date("!" .. string.rep("%Y", 100), 0)
  S.eq(long, string.rep("1970", 100), "long result (more than a buffer)")
  local loc = os.date("*t", 1234567890)
  S.eq(type(loc.isdst), "boolean", "local *t has isdst")
  S.eq(os.time(loc), 1234567890, "os.time(os.date('*t', t)) == t in the local zone")
end)

S.group("os.time", function()
  local t = os.time()
  S.eq(type(t), "number", "os.time() is a number") S.eq(t, math.floor(t), "whole seconds")
  local base = os.time({ year = 2009, month = 2, day = 13, hour = 23, min = 31, sec = 30 })
  local r = os.date("*t", base)
  S.eq(r.year .. "/" .. r.month .. "/" .. r.day .. " " .. r.hour .. ":" .. r.min .. ":" .. r.sec, "2009/2/13 23:31:30",
    "round trip of a table through os.time and os.date('*t')")
  S.eq(os.time({ year = 2009, month = 2, day = 14, hour = 23, min = 31, sec = 30 }) - base, 86400, "one day later is 86400 s")
  local noon = os.time({ year = 2000, month = 1, day = 1 })
  S.eq(os.date("*t", noon).hour, 12, "hour defaults to 12")
  S.eq(os.date("*t", noon).min, 0, "min defaults to 0")
  S.eq(os.time({ year = 1999, month = 12, day = 32, hour = 12 }), os.time({ year = 2000, month = 1, day = 1, hour = 12 }),
    "day 32 normalised into the next month")
  S.eq(os.date("*t", os.time({ year = 2000, month = 13, day = 1, hour = 12 })).year, 2001, "month 13 normalised")
  S.eq(os.date("*t", os.time({ year = 2000, month = 3, day = 0, hour = 12 })).day, 29, "day 0 is the last day of February 2000")
  S.eq(os.time({ year = 2000, month = 1, day = 1, hour = 12, min = 90 }) - os.time({ year = 2000, month = 1, day = 1, hour = 13, min = 30 }),
    0, "minutes normalised")
  S.eq(os.time({ year = "2000", month = "1", day = "1", hour = 12 }), os.time({ year = 2000, month = 1, day = 1, hour = 12 }),
    "numeric strings accepted")
  S.errp(function() return os.time({ year = 2000, month = 1 }) end, "field 'day' missing in date table", "day required")
  S.errp(function() return os.time({ month = 1, day = 1 }) end, "field 'year' missing in date table", "year required")
end)

S.group("os.difftime", function()
  S.eq(os.difftime(10, 5), 5, "t2 - t1") S.eq(os.difftime(5, 10), -5, "negative") S.eq(os.difftime(5), 5, "t1 defaults to 0")
  S.eq(os.difftime(os.time({ year = 2000, month = 1, day = 2 }), os.time({ year = 2000, month = 1, day = 1 })), 86400, "one day")
end)

S.group("os.clock", function()
  local c = os.clock()
  S.eq(type(c), "number", "a number") S.ok(c >= 0, "non-negative")
  local x = 0 for i = 1, 100000 do x = x + i end
  S.ok(os.clock() >= c, "does not go backwards")
end)

S.group("os.getenv", function()
  S.eq(os.getenv("SPEC_SURELY_NOT_SET_XYZ"), nil, "unset variable is nil")
  S.eq(type(os.getenv("PATH")), "string", "PATH is a string")
  S.eq(os.getenv("LUA_INIT"), nil, "the runner unsets LUA_INIT")
end)

S.group("os.remove", function()
  S.rets({nil, "/nonexistent/x: No such file or directory", 2}, "missing file", os.remove("/nonexistent/x"))
  local n = S.tmpname()
  local f = io.open(n, "w") f:close()
  S.eq(os.remove(n), true, "remove returns true")
  S.eq(io.open(n), nil, "file is gone")
  S.rets({nil, n .. ": No such file or directory", 2}, "second remove fails", os.remove(n))
end)

S.group("os.rename", function()
  S.rets({nil, "/nonexistent/x: No such file or directory", 2}, "missing source: message names the source",
    os.rename("/nonexistent/x", "/nonexistent/y"))
  local a, b = S.tmpname(), S.tmpname()
  local f = io.open(a, "w") f:write("moved") f:close()
  S.eq(os.rename(a, b), true, "rename returns true")
  f = io.open(b) S.eq(f:read("*a"), "moved", "content at the new name") f:close()
  S.eq(io.open(a), nil, "old name gone")
end)

S.group("os.tmpname", function()
  local n1, n2 = os.tmpname(), os.tmpname()
  S.eq(type(n1), "string", "a string") S.ok(n1 ~= n2, "distinct names")
  local f = io.open(n1, "w")
  S.ok(f ~= nil, "usable for writing") f:close()
  os.remove(n1) os.remove(n2)
end)

S.group("os.execute", function()
  S.eq(os.execute(), 1, "os.execute() tells that a shell exists (non-zero)")
  S.eq(os.execute("true"), 0, "success status 0")
  S.eq(os.execute("exit 3"), 768, "5.1 returns the raw wait status (3 * 256)")
  S.eq(os.execute("exit 1"), 256, "exit 1 is 256")
end)

S.group("os.setlocale", function()
  S.eq(os.setlocale(), "C", "query: C locale at start-up (lua.c does not call setlocale)")
  S.eq(os.setlocale("C"), "C", "set C")
  S.eq(os.setlocale(nil, "numeric"), "C", "query a category")
  S.eq(os.setlocale("C", "collate"), "C", "set a category")
  S.eq(os.setlocale("no_such_LOCALE.xyz"), nil, "unknown locale gives nil")
  for _, c in ipairs({ "all", "collate", "ctype", "monetary", "numeric", "time" }) do
    S.eq(os.setlocale(nil, c), "C", "category " .. c)
  end
end)

S.group("os.exit", function()
  S.eq(type(os.exit), "function", "os.exit exists (its behaviour is tested in 6-standalone)")
end)
S.done()
