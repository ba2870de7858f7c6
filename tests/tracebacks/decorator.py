def register(f):
    return f['name']

@register
def handler():
    pass
