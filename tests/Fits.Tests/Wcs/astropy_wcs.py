"""The outside judge of Fits.Wcs: astropy.wcs on the same header cards.

Reads a JSON file {"key": the WCS letter or " ", "header": card images, one per line, "pixels": [[x, y], ...], "skies": [[ra, dec], ...]}
and writes {"skies": sky of each pixel, "pixels": pixel of each sky position} to a second file, in
FITS's 1-based pixel convention. Every card must pass astropy's own verification.
"""
import json
import sys
import warnings

from astropy.io import fits
from astropy.wcs import WCS

with open(sys.argv[1]) as source:
    request = json.load(source)

header = fits.Header.fromstring(request["header"], sep="\n")
for card in header.cards:
    card.verify("exception")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    wcs = WCS(header, key=request["key"])
    skies = wcs.all_pix2world(request["pixels"], 1) if request["pixels"] else []
    pixels = (
        wcs.all_world2pix(request["skies"], 1, tolerance=1e-12, maxiter=200, detect_divergence=True)
        if request["skies"]
        else []
    )

with open(sys.argv[2], "w") as target:
    json.dump({"skies": [list(map(float, s)) for s in skies], "pixels": [list(map(float, p)) for p in pixels]}, target)
