"""Printed documents: reportlab PDFs rendered in memory to bytes. Layer: documents.

No Qt and no files here: a document is built from plain values the services
hand over and comes back as `bytes`; where it goes next (preview, printer,
"Spara som…") is the caller's business.
"""
