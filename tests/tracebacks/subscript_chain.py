# KeyError in a chained subscript: CPython marks the failing subscript.
config = {'db': {}}
print('port' in config['db'])
port = config['db']['port']
