"""Places: gazetteer, transliteration, resolution, place-based regions."""
