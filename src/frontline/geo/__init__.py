"""Pure geometry engines: area, regions, change. No file or network I/O."""
