"""The team's follow-up statistics, always split by kön. Layer: stats.

Built from `CaseFacts`: numbers, dates and codes only — the type has no field
that could carry free text, so none can reach a statistic (SoLPuL 7 a §).
Small cells are suppressed in what leaves the laptop (`suppress.py`).
"""
