"""pytest-iwr: the IWR-Bench interactive web reconstruction benchmark as a pytest plugin."""

__version__ = "0.1.0"
