"""Widgets, named for the area of the screen they fill."""
