"""The main job: every article compiled on its own (read, mapped, validated), cached, assembled in order."""

from kg.exports import lazy
from kg.graph import FORMATS

OUTPUT_FORMATS = (*FORMATS, "nq")

_API = {
    "build": "kg.build.assemble", "build_to_file": "kg.build.assemble",
    "Build": "kg.build.chunks", "Chunk": "kg.build.chunks", "NotValid": "kg.build.chunks",
}  # fmt: skip
__all__ = ["OUTPUT_FORMATS", *_API]
__getattr__ = lazy(__name__, _API)
