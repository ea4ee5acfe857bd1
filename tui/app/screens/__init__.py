"""One module per screen: main, tension, reader, help, hints, loading."""
