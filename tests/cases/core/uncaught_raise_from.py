# Ends with an uncaught chained exception: the last stderr line is the outer exception.
class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f'missing required setting {key!r}') from e
print(load({'port': 80}, 'port'))
try:
    load({}, 'host')
except ConfigError as e:
    print('caught:', type(e).__name__, e, '| cause:', repr(e.__cause__))
load({'port': 80}, 'host')
