"""astropy's view of FITS files, for the C# tests: each command prints one line "JSON <document>".

  slice CUTOUT SOURCE XMIN XMAX YMIN YMAX
      for every image extension of CUTOUT, whether its pixels equal (NaN included, same dtype) the
      same-named HDU of SOURCE (or its only image) sliced to the 1-based inclusive box.
  wcs CUTOUT SOURCE DX DY
      for every image extension of CUTOUT and every WCS key it has, the largest distance between
      the cutout's WCS at pixel p and the source's at p + (DX, DY), over a grid of pixels.
  checksums FILE
      whether astropy finds every CHECKSUM and DATASUM of FILE right.
  header FILE HDU
      the cards of HDU (0 = primary) as [keyword, value as text].
  write-long-strings FILE
      writes a primary and a 10x10 int16 IMAGE extension whose headers hold a long string value
      (CONTINUE cards, without LONGSTRN) in key LONGSTR: 120 'a' in the primary, 150 'b' in IMAGE.
"""
import json
import sys
import warnings

import numpy as np
from astropy.io import fits
from astropy.wcs import WCS, FITSFixedWarning

# astropy's notes on what it normalised ('PIXEL' to 'pixel', DATE-OBS from MJD-OBS) are not findings.
warnings.simplefilter("ignore", FITSFixedWarning)


def image_hdus(hdul):
    return [hdu for hdu in hdul if hdu.is_image and hdu.data is not None and hdu.data.ndim == 2]


def source_hdu(source, name):
    named = [hdu for hdu in image_hdus(source) if hdu.name == name]
    return named[0] if named else image_hdus(source)[0]


def slice_command(cutout_path, source_path, xmin, xmax, ymin, ymax):
    results = []
    with fits.open(cutout_path) as cutout, fits.open(source_path) as source:
        for hdu in image_hdus(cutout):
            expected = source_hdu(source, hdu.name).data[ymin - 1:ymax, xmin - 1:xmax]
            results.append({
                "name": hdu.name,
                "shape": list(hdu.data.shape),
                "dtype": str(hdu.data.dtype),
                "equal": bool(hdu.data.dtype == expected.dtype and np.array_equal(hdu.data, expected, equal_nan=True)),
            })
    return results


def wcs_command(cutout_path, source_path, dx, dy):
    results = []
    with fits.open(cutout_path) as cutout, fits.open(source_path) as source:
        for hdu in image_hdus(cutout):
            full = source_hdu(source, hdu.name)
            keys = [" "] + [k for k in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if "CTYPE1" + k in hdu.header]
            ny, nx = hdu.data.shape
            xs, ys = np.meshgrid(np.linspace(1, nx, 5), np.linspace(1, ny, 5))
            for key in keys:
                cut_world = WCS(hdu.header, key=key).wcs_pix2world(xs.ravel(), ys.ravel(), 1)
                full_world = WCS(full.header, key=key).wcs_pix2world(xs.ravel() + dx, ys.ravel() + dy, 1)
                difference = max(float(np.max(np.abs(c - f))) for c, f in zip(cut_world, full_world))
                results.append({"name": hdu.name, "key": key.strip(), "max_difference": difference})
    return results


def checksums_command(path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            with fits.open(path, checksum=True) as hdul:
                return {"ok": True, "hdus": len(hdul), "with_checksum": sum("CHECKSUM" in h.header for h in hdul)}
        except Warning as warning:
            return {"ok": False, "warning": str(warning)}


def header_command(path, hdu):
    with fits.open(path) as hdul:
        return [[card.keyword, str(card.value)] for card in hdul[hdu].header.cards]


def write_long_strings_command(path):
    primary = fits.PrimaryHDU()
    primary.header["LONGSTR"] = "a" * 120
    image = fits.ImageHDU(np.arange(100, dtype=np.int16).reshape(10, 10), name="IMAGE")
    image.header["LONGSTR"] = "b" * 150
    fits.HDUList([primary, image]).writeto(path, checksum=True)
    return {"written": path}


def main(arguments):
    command, rest = arguments[0], arguments[1:]
    if command == "slice":
        return slice_command(rest[0], rest[1], *map(int, rest[2:6]))
    if command == "wcs":
        return wcs_command(rest[0], rest[1], float(rest[2]), float(rest[3]))
    if command == "checksums":
        return checksums_command(rest[0])
    if command == "header":
        return header_command(rest[0], int(rest[1]))
    if command == "write-long-strings":
        return write_long_strings_command(rest[0])
    raise SystemExit("unknown command " + command)


if __name__ == "__main__":
    print("JSON " + json.dumps(main(sys.argv[1:])))
