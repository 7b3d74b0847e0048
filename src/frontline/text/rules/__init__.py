"""Small rule families of the claim extractor, one module each (issue 8)."""
