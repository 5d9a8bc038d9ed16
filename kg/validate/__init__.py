"""SHACL validation: pySHACL (the reference) or pyshacl-turbo, with messages for people."""

from kg.exports import lazy

VALIDATORS = ("pyshacl", "turbo")

_API = {name: "kg.validate.shacl" for name in ("Report", "Violation", "validate", "validate_file")}
__all__ = ["VALIDATORS", *_API]
__getattr__ = lazy(__name__, _API)
