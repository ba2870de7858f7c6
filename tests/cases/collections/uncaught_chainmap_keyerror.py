# Ends with an uncaught KeyError: ChainMap can only delete keys from its first mapping.
from collections import ChainMap
settings = ChainMap({'theme': 'dark'}, {'theme': 'light', 'lang': 'en'})
print(settings['theme'], settings['lang'])
del settings['theme']
print(settings['theme'])
try:
    settings['font']
except KeyError as e:
    print('caught:', type(e).__name__, e)
del settings['lang']
