"""frenemy: a terminal browser for the entities of a news article and the tension between them."""

__version__ = "0.1.0"
