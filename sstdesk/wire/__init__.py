"""The sync protocol's messages: the only code the server and the client share.

Layer: wire. Pydantic models and nothing else of ours; every request model
forbids unknown fields (mass assignment, security.md SV-6).
"""
