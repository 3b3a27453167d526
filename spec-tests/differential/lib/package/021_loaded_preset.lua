-- require returns package.loaded[name] without searching when it is set
package.loaded.fake = {preset = true}
print(require("fake").preset)
package.loaded.str = "a string value"
print(require("str"))
package.loaded.zero = 0
print(require("zero"))
