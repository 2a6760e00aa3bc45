"""astropy's view of a rendered image, for the generator's tests.

usage: judge_image.py REQUEST.json ANSWER.json
REQUEST: {"file": path, "footprint": [[ra, dec] x 4], "stars": [[ra, dec], ...]}
ANSWER: the HDUs as astropy reads them; the footprint's corners as pixels (1-based) through the
celestial WCS of the pixel HDU; the XY0 of the alternate WCS 'A'; each star's sky position measured
in the pixels (brightest pixel near its predicted place, then the centroid around it).
"""
import json
import sys
import warnings

warnings.simplefilter("error")

import numpy as np
from astropy.io import fits
from astropy.wcs import WCS

with open(sys.argv[1]) as request_file:
    request = json.load(request_file)
# Every warning is an error: a bad checksum, a card astropy must fix, a WCS it must guess.
with fits.open(request["file"], checksum=True) as hdus:
    described = []
    for hdu in hdus:
        described.append({
            "name": hdu.name,
            "shape": list(hdu.data.shape) if hdu.data is not None else [],
            "dtype": str(hdu.data.dtype) if hdu.data is not None else "",
            "bitpix": hdu.header["BITPIX"],
            "bzero": hdu.header.get("BZERO", 0),
            "mask_planes": {k[3:]: v for k, v in hdu.header.items() if k.startswith("MP_")},
        })
    pixels = next(hdu for hdu in hdus if hdu.data is not None)
    image = pixels.data.astype(np.float64)
    wcs = WCS(pixels.header)
    corners = wcs.all_world2pix(np.array(request["footprint"], dtype=float), 1).tolist()
    xy0 = None
    if "CTYPE1A" in pixels.header:
        xy0 = WCS(pixels.header, key="A").all_pix2world([[1.0, 1.0]], 1)[0].tolist()

    background = float(np.median(image))
    found = []
    for ra, dec in request["stars"]:
        x, y = wcs.all_world2pix([[ra, dec]], 1)[0]
        # 0-based array indices: row y - 1, column x - 1.
        row, column = int(round(y)) - 1, int(round(x)) - 1
        window = image[row - 4:row + 5, column - 4:column + 5]
        peak_row, peak_column = np.unravel_index(np.argmax(window), window.shape)
        peak_row += row - 4
        peak_column += column - 4
        stamp = np.clip(image[peak_row - 3:peak_row + 4, peak_column - 3:peak_column + 4] - background, 0, None)
        rows, columns = np.mgrid[peak_row - 3:peak_row + 4, peak_column - 3:peak_column + 4]
        cy = (stamp * rows).sum() / stamp.sum() + 1
        cx = (stamp * columns).sum() / stamp.sum() + 1
        found.append(wcs.all_pix2world([[cx, cy]], 1)[0].tolist())

with open(sys.argv[2], "w") as answer_file:
    json.dump({"hdus": described, "corners": corners, "xy0": xy0, "stars": found}, answer_file)
