# typing aliases: isinstance with typing.Mapping/Dict/..., subscripted generics refuse, reprs.
import typing
from collections import ChainMap, OrderedDict
print(isinstance({}, typing.Mapping), isinstance({}, typing.Dict), isinstance([], typing.List), issubclass(dict, typing.MutableMapping))
print(isinstance(ChainMap(), typing.Mapping), isinstance(OrderedDict(), typing.OrderedDict), isinstance({}, typing.ChainMap))
for t in [typing.Dict[str, int], list[int], typing.Optional[int], typing.Any, typing.Required[int], typing.Optional[dict]]:
    try:
        print(isinstance({}, t))
    except TypeError as e:
        print(e)
print(typing.Dict, typing.Mapping, typing.Optional, typing.Any, typing.DefaultDict[str, int], typing.Counter, typing.OrderedDict[str, int], typing.Dict[str, typing.List[int]])
print(dict[str, int], list[typing.Mapping[str, int]])
