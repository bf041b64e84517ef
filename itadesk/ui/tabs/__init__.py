"""The working tabs of the main window (scores, checklist, measures, analysis) and what they are made of."""
