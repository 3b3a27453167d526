-- An uncaught error inside a loadstring chunk shows [string "..."] frames.
print(loadstring("return ...", "=config")(1))
local chunk = loadstring("local a = ...\nreturn a.b", "=config")
chunk(nil)
print("not reached")
