"""Remote triplestores: named graphs, the Graph Store push, the SPARQL Protocol client, and ``kg serve``."""

DEFAULT_CHUNK = 50_000  # triples per Graph Store request
DEFAULT_PORT = 7878  # kg serve, as Oxigraph's own default
DEFAULT_HOST = "127.0.0.1"
