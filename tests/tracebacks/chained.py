def load(d):
    return d['missing']

try:
    load({})
except KeyError as e:
    raise ValueError('no config') from e
