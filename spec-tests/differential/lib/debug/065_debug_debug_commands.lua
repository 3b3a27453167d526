-- debug.debug reads commands from stdin until "cont" or end of input; errors go to stderr
local p = assert(io.popen(arg[-1] .. [[ -e "x = 1 debug.debug() print('after', x)"]], "w"))
p:write("print('in debug', x + 1)\n", "x = 5\n", "error('boom')\n", "local y = \n", "cont\n", "print('not run')\n")
p:close()
debug.debug() -- stdin is empty here: one prompt, then it returns
print("done")
