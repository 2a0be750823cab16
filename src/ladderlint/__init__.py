"""ladderlint: lint, validate and diff engineering career frameworks kept as YAML."""

# The single source of the version (pyproject.toml reads it from here): a
# constant, because asking importlib.metadata costs a pre-commit hook 20 ms.
__version__ = "0.1.0"

__all__ = ["__version__"]
