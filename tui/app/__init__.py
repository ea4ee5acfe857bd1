"""The Textual layer: the browser over one dataset. The core never imports from here."""
