"""Attendance files the schools export (CSV, XLSX) read into plain values. Layer: imports.

Bytes in, rows and row errors out: no vault and no files here. Matching the
rows to students and writing them is the services' work.
"""
