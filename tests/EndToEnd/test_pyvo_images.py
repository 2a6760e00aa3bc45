"""From a search to the pixels, with pyvo as astronomers use it: SIAv2 records lead through DataLink to
their files, to SODA cutouts (pyvo's `processed`) and to SODA async jobs. The images are rendered by the
seed-data generator on first request (run.sh configures Images:Renderer), from the committed sample.
"""

import io
import os
import time
import unittest
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree

import astropy.units as u
import pyvo
from astropy.io import fits
from pyvo.dal import sia2

BASE_URL = os.environ["TAP_URL"].rsplit("/tap", 1)[0]
VISIT = 2026103100001  # the first night: public
UWS = "{http://www.ivoa.net/xml/UWS/v1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"


def calexps_around(ra, dec):
    """The calexps (one per visit that covers the point) of a small SIAv2 cone."""
    service = (getattr(sia2, "SIA2Service", None) or sia2.SIAService)(BASE_URL + "/sia")
    return service.search(pos=(ra * u.deg, dec * u.deg, 0.0005 * u.deg), calib_level=2)


def text(value):
    return value.decode() if isinstance(value, bytes) else str(value)


def calexp_of_the_first_visit(detector):
    """The ID and centre of a calexp of the first visit, from TAP."""
    result = pyvo.dal.TAPService(BASE_URL + "/tap").run_sync(
        "SELECT obs_publisher_did, s_ra, s_dec FROM ivoa.obscore "
        f"WHERE lsst_visit = {VISIT} AND lsst_detector = {detector} AND lsst_dataset_type = 'calexp'")
    return text(result["obs_publisher_did"][0]), float(result["s_ra"][0]), float(result["s_dec"][0])


class FromSearchToPixels(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        _, cls.ra, cls.dec = calexp_of_the_first_visit(94)
        cls.results = calexps_around(cls.ra, cls.dec)
        cls.records = [record for record in cls.results if text(record["data_rights"]) == "public"]

    def test_every_record_has_this_and_a_public_ones_url_downloads_a_fits_file(self):
        every = list(self.results.iter_datalinks())
        self.assertEqual(len(every), len(self.results))
        self.assertGreater(len(self.records), 0)
        for record, links in zip(self.results, every):
            this = list(links.bysemantics("#this", include_narrower=False))
            self.assertEqual(len(this), 1)
            if text(record["data_rights"]) != "public":
                continue
            with urllib.request.urlopen(this[0].access_url) as response:
                self.assertEqual(response.headers["Content-Type"], "application/fits")
                with fits.open(io.BytesIO(response.read())) as hdul:
                    self.assertEqual([hdu.name for hdu in hdul], ["PRIMARY", "IMAGE", "MASK", "VARIANCE"])
                    self.assertEqual(hdul["IMAGE"].data.shape, (4000, 4072))

    def test_processed_with_a_circle_returns_a_valid_cutout_around_it(self):
        record = self.records[0]
        stream = record.processed(circle=[self.ra, self.dec, 10 / 3600] * u.deg)
        with fits.open(io.BytesIO(stream.read())) as hdul:
            self.assertEqual([hdu.name for hdu in hdul][1:], ["IMAGE", "MASK", "VARIANCE"])
            ny, nx = hdul["IMAGE"].data.shape
            self.assertTrue(99 <= nx <= 102 and 99 <= ny <= 102, (nx, ny))  # 20" across at 0.2"/pixel
            hdul.verify("exception")

    def test_an_async_job_with_two_ids_and_two_circles_gives_four_results(self):
        # Two CCDs of one visit, and a circle at the centre of each: each CCD overlaps one circle.
        first, first_ra, first_dec = calexp_of_the_first_visit(94)
        second, second_ra, second_dec = calexp_of_the_first_visit(93)
        form = urllib.parse.urlencode([
            ("ID", first), ("ID", second), ("CIRCLE", f"{first_ra} {first_dec} 0.001"),
            ("CIRCLE", f"{second_ra} {second_dec} 0.001"), ("PHASE", "RUN")])
        with urllib.request.urlopen(BASE_URL + "/soda/async", data=form.encode()) as response:
            job_url = response.url  # urllib followed the 303 to the job
        job = self.wait(job_url)
        self.assertEqual(job.find(UWS + "phase").text, "COMPLETED")
        results = job.find(UWS + "results").findall(UWS + "result")
        self.assertEqual([result.get("id") for result in results], ["cutout-1", "cutout-2", "cutout-3", "cutout-4"])
        types = []
        for result in results:
            with urllib.request.urlopen(result.get(XLINK + "href")) as response:
                body = response.read()
                types.append(response.headers.get_content_type())
            if types[-1] == "application/fits":
                with fits.open(io.BytesIO(body)) as hdul:
                    self.assertEqual(len(hdul), 4)
            else:
                self.assertTrue(body.startswith(b"UsageError: "), body)
        # (first, its circle), (first, the other's), (second, first's), (second, its own)
        self.assertEqual(types, ["application/fits", "text/plain", "text/plain", "application/fits"])

    def wait(self, job_url):
        deadline = time.monotonic() + 120
        while True:
            with urllib.request.urlopen(job_url + "?WAIT=10") as response:
                job = ElementTree.fromstring(response.read())
            if job.find(UWS + "phase").text not in ("PENDING", "QUEUED", "EXECUTING") or time.monotonic() > deadline:
                return job


if __name__ == "__main__":
    unittest.main()
