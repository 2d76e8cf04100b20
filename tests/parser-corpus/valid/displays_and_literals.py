# Tuple, list, dict and set displays; constants.
()
(1,)
1,
1, 2
(1, 2,)
[]
[1]
[1,]
[1, 2, 3,]
{}
{1: 2}
{1: 2,}
{1: 2, **a, 3: 4, **b}
{**a}
{1}
{1,}
{1, 2, *a}
{*a, *b}
[*a, *b]
(*a, *b)
None, True, False, ...
Ellipsis
"a", b"b", 1, 1.0, 1j
x = 1,
x = (1)
x = ((1,),)
d = {
    "nested": {"dict": [1, 2, {3, 4}], "tuple": (5, (6, (7,)))},
    (1, 2): "tuple key",
    None: None,
    ...: ...,
    lambda: 0: "lambda key",
    "last": "no trailing comma"
}
empty_nested = [[], [[]], [[[]]], {}, ({},), ((),)]
