"""frontline: accounting of a war front — maps, claims, places, verdicts."""

__version__ = "0.1.0"

ATTRIBUTION = {
    "deepstate": "DeepStateMap (deepstatemap.live), non-commercial use",
    "deepstate-daily": "DeepStateMap (deepstatemap.live) via "
    "cyterat/deepstate-map-data, non-commercial use",
    "isw": "Institute for the Study of War with AEI's Critical Threats Project",
    "nzz": "NZZ / Liveuamap",
    "isw-totals": "Institute for the Study of War with AEI's Critical Threats "
    "Project (map); its daily layer areas as published by "
    "sdspieg/war-datasets-dashboard (area method undocumented)",
    "geonames": "GeoNames (geonames.org), CC BY 4.0",
    "osm": "© OpenStreetMap contributors, ODbL",
    "geoboundaries": "geoBoundaries (Runfola et al. 2020)",
}
