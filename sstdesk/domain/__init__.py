"""Plain Python rules of the skolsocial work: entities, lifecycle, consent. No I/O."""
