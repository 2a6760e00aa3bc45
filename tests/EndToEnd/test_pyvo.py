"""pyvo, as astronomers use it, against the running service (TAP_URL, e.g. http://127.0.0.1:8080/tap).

Run by tests/EndToEnd/run.sh under Debian's /usr/bin/python3 (pyvo 1.2.1), which seeds the
committed sample; the identifiers below are from that sample.
"""

import os
import unittest
import urllib.request
import xml.etree.ElementTree as ElementTree

import numpy
import pyvo
from pyvo.dal.adhoc import DatalinkResults
from astropy.table import Table

TAP_URL = os.environ["TAP_URL"]
COADD = "ivo://lsst.example.org/images?deepCoadd/2741/72/g"
VISIT = 2026103100001


def final_query_status(result):
    """The last QUERY_STATUS of the results resource: DALI puts OVERFLOW after the table, which
    pyvo 1.2 does not read (it reports the first, OK)."""
    infos = [info for info in result.votable.resources[0].infos if info.name == "QUERY_STATUS"]
    return infos[-1].value


def column(result, name):
    """A result column as a plain list of Python strings or numbers."""
    values = result.to_table()[name]
    return [value.decode() if isinstance(value, bytes) else value for value in values.tolist()]


class TapSearches(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.service = pyvo.dal.TAPService(TAP_URL)

    def test_sync_search_returns_the_ccds_of_a_visit(self):
        result = self.service.run_sync(
            f"SELECT lsst_detector FROM ivoa.obscore WHERE lsst_visit = {VISIT} AND lsst_dataset_type = 'calexp'")
        self.assertEqual(sorted(column(result, "lsst_detector")), list(range(189)))

    def test_async_search_returns_what_sync_returns(self):
        query = f"SELECT obs_publisher_did FROM ivoa.obscore WHERE lsst_visit = {VISIT} AND lsst_raft = 'R22' ORDER BY obs_publisher_did"
        asynchronous = self.service.run_async(query)
        synchronous = self.service.run_sync(query)
        self.assertEqual(len(asynchronous), 27)  # 9 CCDs: raw, calexp and difference image each
        self.assertEqual(column(asynchronous, "obs_publisher_did"), column(synchronous, "obs_publisher_did"))

    def test_maxrec_cuts_the_result_and_says_overflow(self):
        result = self.service.run_sync("SELECT obs_id FROM ivoa.obscore", maxrec=7)
        self.assertEqual(len(result), 7)
        self.assertEqual(final_query_status(result), "OVERFLOW")

    def test_maxrec_not_reached_is_no_overflow(self):
        result = self.service.run_sync("SELECT TOP 3 obs_id FROM ivoa.obscore", maxrec=7)
        self.assertEqual(len(result), 3)
        self.assertEqual(final_query_status(result), "OK")

    def test_uploaded_targets_join_the_images_that_contain_them(self):
        centre = self.service.run_sync(
            f"SELECT s_ra, s_dec FROM ivoa.obscore WHERE lsst_visit = {VISIT} AND lsst_detector = 94 AND lsst_dataset_type = 'calexp'")
        ra, dec = float(centre.to_table()["s_ra"][0]), float(centre.to_table()["s_dec"][0])
        targets = Table({"name": ["inside", "far away"], "ra": numpy.array([ra, 0.0]), "dec": numpy.array([dec, 89.0])})
        result = self.service.run_sync(
            "SELECT t.name, o.lsst_detector FROM TAP_UPLOAD.targets AS t JOIN ivoa.obscore AS o "
            "ON CONTAINS(POINT('ICRS', t.ra, t.dec), o.s_region) = 1 "
            f"WHERE o.lsst_visit = {VISIT} AND o.lsst_dataset_type = 'calexp'",
            uploads={"targets": targets})
        self.assertEqual(column(result, "name"), ["inside"])
        self.assertEqual(column(result, "lsst_detector"), [94])


class Examples(unittest.TestCase):
    def test_every_example_runs_and_finds_rows(self):
        with urllib.request.urlopen(TAP_URL + "/examples") as response:
            page = ElementTree.parse(response)
        queries = {element.get("id"): element.find(".//*[@property='query']").text
                   for element in page.iter() if element.get("typeof") == "example"}
        self.assertGreaterEqual(len(queries), 10)
        service = pyvo.dal.TAPService(TAP_URL)
        for name, query in queries.items():
            with self.subTest(example=name):
                self.assertGreater(len(service.run_sync(query)), 0)


class DataLinkFollowing(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        service = pyvo.dal.TAPService(TAP_URL)
        cls.result = service.run_sync(f"SELECT * FROM ivoa.obscore WHERE obs_publisher_did = '{COADD}'")
        cls.links = next(cls.result.iter_datalinks())

    def test_a_row_leads_to_its_links(self):
        semantics = column(self.links, "semantics")
        self.assertEqual(semantics[:3], ["#this", "#preview", "#cutout"])
        self.assertGreater(semantics.count("#progenitor"), 0)
        self.assertEqual(set(column(self.links, "ID")), {COADD})

    def test_the_image_link_agrees_with_caom2(self):
        this = next(self.links.bysemantics("#this", include_narrower=False))
        self.assertTrue(this.access_url.endswith("/deepCoadd/2741/72/g.fits"), this.access_url)
        self.assertEqual(this.content_type, "application/fits")

    def test_progenitors_lead_to_the_links_of_calexps(self):
        progenitor = next(self.links.bysemantics("#progenitor", include_narrower=False))
        inputs = DatalinkResults.from_result_url(progenitor.access_url)
        this = next(inputs.bysemantics("#this", include_narrower=False))
        self.assertIn("/calexp/", this.access_url)

    def test_the_cutout_row_names_a_soda_descriptor_for_this_dataset(self):
        cutout = next(self.links.bysemantics("#cutout", include_narrower=False))
        service = self.links.get_adhocservice_by_id(cutout.service_def)  # an astropy VOTable RESOURCE
        described = {p.name: p.value for p in service.params}
        self.assertEqual(described["standardID"], "ivo://ivoa.net/std/SODA#sync-1.0")
        self.assertTrue(described["accessURL"].endswith("/soda/sync"), described["accessURL"])
        inputs = {p.name: p for p in next(g for g in service.groups if g.name == "inputParams").entries}
        self.assertEqual(inputs["ID"].value, COADD)
        self.assertEqual(inputs["CIRCLE"].xtype, "circle")

    def test_an_unknown_id_gets_a_not_found_row(self):
        links = DatalinkResults.from_result_url(
            TAP_URL.rsplit("/tap", 1)[0] + "/datalink/links?ID=ivo%3A%2F%2Flsst.example.org%2Fimages%3Fnothing")
        self.assertTrue(column(links, "error_message")[0].startswith("NotFoundFault:"))


if __name__ == "__main__":
    unittest.main()
