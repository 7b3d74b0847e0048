"""Pure text engines: cleaning, numbers, periods, claim extraction."""
