"""Remote triplestores: named graphs, the Graph Store push, the SPARQL Protocol client, and ``kg serve``."""
