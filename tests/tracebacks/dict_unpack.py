defaults = None
config = {**defaults, 'debug': True}
