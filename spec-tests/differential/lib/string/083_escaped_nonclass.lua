-- %x for a non-alphanumeric x matches x literally; unknown letters are literal too in 5.1
print(("a.b"):match("%."), ("a%b"):match("%%"), ("a-b"):match("%-"))
print(("qgk"):match("%q"), ("g"):match("%g"), ("y"):match("%y"))
print(("(x)"):match("%(x%)"), ("a]"):match("%]"))
print(("[q]"):match("[%q]"), ("ok"):find("%o"), ("%"):find("[%%]"))
print(("e"):match("%e"), ("m"):match("%m"), ("%"):match("%%"))
