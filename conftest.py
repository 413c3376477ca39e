"""Repository-level test settings: the project's own tests use pytester."""

pytest_plugins = ["pytester"]
