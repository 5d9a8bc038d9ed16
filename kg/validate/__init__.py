"""SHACL validation: pySHACL (the reference) or pyshacl-turbo, with messages for people."""

from kg.validate.shacl import Report, Violation, validate, validate_file

__all__ = ["Report", "Violation", "validate", "validate_file"]
