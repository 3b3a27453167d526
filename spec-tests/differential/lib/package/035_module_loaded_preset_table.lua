-- module() uses an existing package.loaded table for the name
local pre = {pre = true}
package.loaded.prem = pre
local G = _G
module("prem")
G.print(G.getfenv(1) == pre, pre.pre, pre._NAME, G.prem == pre)
