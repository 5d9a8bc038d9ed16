"""The main job: every article compiled on its own (read, mapped, validated), cached, assembled in order."""

from kg.build.assemble import build, build_to_file
from kg.build.chunks import Build, Chunk, NotValid

__all__ = ["Build", "Chunk", "NotValid", "build", "build_to_file"]
