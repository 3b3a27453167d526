-- Uncaught: attempt to index global 'config' (a nil value).
print("config is", config)
print(type(config))
print(rawget(_G, "config"))
print(config.name)
