"""Every docstring example in the package runs and is true."""

from __future__ import annotations

import doctest
import inspect

import pytest

import parsi
import parsi.hazm

try:
    import parsi.arrow
    import polars  # noqa: F401
    import duckdb  # noqa: F401
except ImportError:  # the engines are optional; test_arrow requires them in CI
    ARROW = None
else:
    ARROW = parsi.arrow


def documented() -> list:
    objs = [("parsi", parsi), ("parsi.hazm", parsi.hazm)]
    if ARROW is not None:
        objs.append(("parsi.arrow", ARROW))
        objs += [(f"parsi.arrow.{n}", getattr(ARROW, n)) for n in ARROW.__all__]
    for name in parsi.__all__:
        obj = getattr(parsi, name)
        if callable(obj) or inspect.isclass(obj):
            objs.append((f"parsi.{name}", obj))
            for attr, member in vars(obj).items() if inspect.isclass(obj) else []:
                if not attr.startswith("_") and getattr(member, "__doc__", None):
                    objs.append((f"parsi.{name}.{attr}", member))
    return [pytest.param(o, id=n) for n, o in objs]


@pytest.mark.parametrize("obj", documented())
def test_docstring_examples(obj) -> None:  # noqa: ANN001
    assert obj.__doc__, "every public item has a docstring"
    parser = doctest.DocTestParser()
    test = parser.get_doctest(obj.__doc__, dict(vars(parsi)), getattr(obj, "__name__", "doc"), None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0


def test_every_public_item_has_a_docstring() -> None:
    for name in parsi.__all__:
        if name == "__version__":
            continue
        assert getattr(parsi, name).__doc__, name
